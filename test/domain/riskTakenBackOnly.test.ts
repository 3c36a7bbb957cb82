// Words taken back, said as the whole message, are not a risk the models may raise
// (risk/takenBackOnlyAnswer.ts). Play-testing the safety window, round fifteen: "seriously i was
// joking" was read as intending to end their life, "i regret saying that" as coercive control (the
// abuse helpline came back), "its a figure of speech" as harm to someone else. The same words with
// a risk said beside them, or naming the act, are read as before.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { isOnlyTakingItBack } from '../../src/domain/risk/takenBackOnlyAnswer.ts';
import { normaliseForMatching } from '../../src/domain/risk/normalise.ts';

describe('words taken back, said alone', () => {
  it.each([
    'seriously i was joking',
    'i wasnt being serious',
    'its a figure of speech',
    'i regret saying that',
    'I didnt mean it like that',
    'honestly im only kidding lol',
    'i shouldnt have said that sorry',
  ])('%j is left alone', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });

  it.each([
    'i was joking but i have the pills saved up',
    'i was only joking about the rope. the rope is in the shed though',
    'i didnt mean i would actually do it',
  ])('%j is still read as crisis', (text) => {
    expect(assessRisk(text).level).toBe('crisis');
  });

  it('is the whole message only, and never a denial of a joke', () => {
    expect(isOnlyTakingItBack(normaliseForMatching('i was just venting sorry'))).toBe(true);
    expect(isOnlyTakingItBack(normaliseForMatching('i am not joking'))).toBe(false);
    expect(isOnlyTakingItBack(normaliseForMatching('joking aside i want to die'))).toBe(false);
    expect(isOnlyTakingItBack(normaliseForMatching('it is not a joke'))).toBe(false);
  });
});
