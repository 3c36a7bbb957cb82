// The news of being kept on at work, said as the whole message, is not a risk the models may raise
// (risk/goodNewsOnlyAnswer.ts). Play-testing reviews, round twenty-seven: "they have taken me on
// permanent!!" at the menu was read as thoughts of suicide, so the client with the best news of
// their search got the crisis reply and the adviser an alert. The same news with a risk said beside
// it is read as before.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { isOnlyNewsOfBeingKeptOn } from '../../src/domain/risk/goodNewsOnlyAnswer.ts';
import { normaliseForMatching } from '../../src/domain/risk/normalise.ts';

describe('the news of being kept on at work, said alone', () => {
  it.each(['they have taken me on permanent!!', "I've been made permanent", 'guess what theyve taken me on permanently yay'])('%j is left alone', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each(['ive been made permanent. i still want to end it all', 'theyve taken me on permanent but ive got the pills ready for tonight'])('%j is still read as crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });

  it('is the whole message only', () => {
    expect(isOnlyNewsOfBeingKeptOn(normaliseForMatching('they made me permanent at work'))).toBe(true);
    expect(isOnlyNewsOfBeingKeptOn(normaliseForMatching('i want to make it permanent'))).toBe(false);
    expect(isOnlyNewsOfBeingKeptOn(normaliseForMatching('permanent'))).toBe(false);
  });
});
