// Ordinary messages that play-testing as new clients found read as crisis or worry: consent
// questions at the very first question, goals, and review answers. Each stopped coaching or lost
// the client's answer. The training corpus holds variants of them, not these words.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';

describe('play-tested ordinary messages', () => {
  it.each([
    'what happens if i say no',
    'who else sees it',
    'what if i say no',
    'sort my life out',
    'nobody picked up',
    'i rang twice but nobody picked up',
    'kind i guess. my nan says im kind',
    'same again but with mum',
    'the shifts keep changing every week',
    'the jobcentre made me do this',
    'coz i like bein bizy and not sittin down',
    'I will have to do without it today.',
  ])('%j reads as none', (text) => {
    expect(assessRisk(text)).toEqual({ level: 'none', reasons: [] });
  });

  // A worry about benefits is answered (src/domain/benefitWorries.ts); read as a crisis, it got
  // the crisis numbers and an urgent escalation instead.
  it.each([
    'will they stop my money if i miss this',
    'will my money stop if i dont do this',
    'will they take my benefits off me if i dont do my steps',
  ])('%j reads as a money worry at most', (text) => {
    expect(assessRisk(text).level).not.toBe('crisis');
  });
});
