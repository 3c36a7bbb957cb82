import { describe, expect, it } from 'vitest';
import { ALL_HELD_OUT_PHRASES as HELD_OUT_PHRASES, ALL_HELD_OUT_SENTENCES as HELD_OUT_SENTENCES } from './dates/heldOut.ts';
import { HELD_OUT_PHRASES_E } from './dates/heldOutE.ts';
import { HELD_OUT_PHRASES_F } from './dates/heldOutF.ts';
import { HELD_OUT_PHRASES_G } from './dates/heldOutG.ts';
import { MOMENTS } from './dates/moments.ts';
import { TRAINING_PHRASES, TRAINING_SENTENCES } from './dates/training.ts';
import { asCorpusDay, percent, scoreDayAnswers, scorePhrases, scoreSentences } from './dates/score.ts';
import { ROUND_SIX_HELD_OUT, ROUND_SIX_TUNING } from './dates/roundSix.ts';
import { ROUND_SEVEN_HELD_OUT, ROUND_SEVEN_TUNING } from './dates/roundSeven.ts';
import { scoreRoundSeven } from './dates/roundSevenScore.ts';
import { extractDueDate, parseDueDate } from '../../src/domain/dates.ts';

// The held-out rows were written before the date code was changed and are never tuned on, so they
// stand for the dates real clients will type. Measured at the last change (2026-12-06, the eighth batch, then part F added): phrases 97.5%, sentences 95.9%.
const HELD_OUT_FLOOR = 0.95;

describe('dates clients type: the training phrases', () => {
  it.each(TRAINING_PHRASES.map((row) => [row.moment, row.text, row.expected] as const))(
    'said on %s: %j means %s',
    (moment, text, expected) => {
      const { now, timeZone } = MOMENTS[moment];
      expect(asCorpusDay(parseDueDate(text, { now, timeZone }), timeZone)).toBe(expected);
    },
  );
});

describe('dates clients type: the held-out phrases', () => {
  it(`reads at least ${HELD_OUT_FLOOR * 100}% of them as the client meant`, () => {
    const score = scorePhrases(HELD_OUT_PHRASES);
    expect(score.right / score.total, `${percent(score)} ${JSON.stringify(score.misses)}`).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
  });

  // Parts E, F and G are never read, so their vague rows count only in the floor above; every row must still give no past day.
  it('never gives a day before the day it was said, and a vague answer gives no day', () => {
    const neverRead = new Set([...HELD_OUT_PHRASES_E, ...HELD_OUT_PHRASES_F, ...HELD_OUT_PHRASES_G]);
    for (const row of [...HELD_OUT_PHRASES, ...TRAINING_PHRASES]) {
      const { moment, text, expected } = row;
      const { now, timeZone } = MOMENTS[moment];
      const due = asCorpusDay(parseDueDate(text, { now, timeZone }), timeZone);
      const today = asCorpusDay(new Date(now.getTime()), timeZone)!.slice(0, 10);
      if (due) expect(due.slice(0, 10) >= today, `${moment} ${text}`).toBe(true);
      if (expected === null && !neverRead.has(row)) expect(due, `${moment} ${text}`).toBeNull();
    }
  });
});

describe('dates inside a step or goal: the training sentences', () => {
  it.each(TRAINING_SENTENCES.map((row) => [row.moment, row.text, row] as const))('said on %s: %j', (moment, text, row) => {
    const { now, timeZone } = MOMENTS[moment];
    const found = extractDueDate(text, { now, timeZone });
    expect({ rest: found.rest, phrase: found.phrase, due: asCorpusDay(found.dueAt, timeZone) })
      .toEqual({ rest: row.rest, phrase: row.phrase, due: row.expected });
  });
});

describe('dates inside a step or goal: the held-out sentences', () => {
  it(`takes the date out of at least ${HELD_OUT_FLOOR * 100}% of them as the client meant`, () => {
    const score = scoreSentences(HELD_OUT_SENTENCES);
    expect(score.right / score.total, `${percent(score)} ${JSON.stringify(score.misses)}`).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
  });
});

// Round six (2026-12-07): answers typed to "When could you do it?", read as the day question reads
// them ("asap" is tomorrow, "every monday" the first Monday). Split before scoring; scored before any
// change for it: tuning 97.8% (135 of 138), held-out 94.7% (125 of 132); after the tuning half's
// mends: 100% and 95.5% (126 of 132). The held-out half is never read; its floor is that figure.
const ROUND_SIX_HELD_OUT_FLOOR = 0.954;

describe('answers to "When could you do it?", round six: the tuning half', () => {
  it.each(ROUND_SIX_TUNING.map((row) => [row.moment, row.text, row] as const))('said on %s: %j', (_moment, _text, row) => {
    expect(scoreDayAnswers([row]).misses).toEqual([]);
  });
});

describe('answers to "When could you do it?", round six: the held-out half', () => {
  it(`reads at least ${ROUND_SIX_HELD_OUT_FLOOR * 100}% of them as the client meant, and never a day gone`, () => {
    const score = scoreDayAnswers(ROUND_SIX_HELD_OUT);
    expect(score.total).toBe(132);
    expect(score.right / score.total, percent(score)).toBeGreaterThanOrEqual(ROUND_SIX_HELD_OUT_FLOOR);
    for (const { moment, got } of score.misses) {
      const { now, timeZone } = MOMENTS[moment as keyof typeof MOMENTS];
      if (typeof got === 'string') expect(got.slice(0, 10) >= asCorpusDay(now, timeZone)!.slice(0, 10)).toBe(true);
    }
  });
});

// Round seven (2026-12-07): answers to "When could you do it?" labelled with what the coach should
// do: a day, ask again (null), or check it with the client ('CHECK': gone, far off, or a day name that
// does not fit). Split at random before scoring. Before any change for it: tuning 95.3% (142 of 149),
// held-out 96.6% (57 of 59); after the tuning part's mends: 100% and 98.3% (58 of 59). The held-out
// part is never read; its floor is that figure.
const ROUND_SEVEN_HELD_OUT_FLOOR = 0.983;

describe('answers to "When could you do it?", round seven: the tuning part', () => {
  it.each(ROUND_SEVEN_TUNING.map((row) => [row.moment, row.text, row] as const))('said on %s: %j', (_moment, _text, row) => {
    expect(scoreRoundSeven([row]).misses).toEqual([]);
  });
});

describe('answers to "When could you do it?", round seven: the held-out part', () => {
  it(`does what the client needs with at least ${ROUND_SEVEN_HELD_OUT_FLOOR * 100}% of them`, () => {
    const score = scoreRoundSeven(ROUND_SEVEN_HELD_OUT);
    expect(score.total).toBe(59);
    expect(score.right / score.total, percent(score)).toBeGreaterThanOrEqual(ROUND_SEVEN_HELD_OUT_FLOOR);
  });
});
