// Round eight (2026-12-07): answers to "When could you do it?" labelled with what the coach should do:
// a day, ask again (null), say the day has gone ('GONE'), check a day over six months off ('FAR'), or
// ask which was meant when a day name does not fit the date ('CHECK'). Split at random by a fixed hash
// before scoring. Before any change for it: tuning 88.6% (155 of 175), held-out 82.3% (51 of 62);
// after the tuning part's mends: 100% and 91.9% (57 of 62). The held-out part is never read; its floor
// is that figure.
import { describe, expect, it } from 'vitest';
import { ROUND_EIGHT_HELD_OUT, ROUND_EIGHT_TUNING } from './dates/roundEight.ts';
import { scoreRoundEight } from './dates/roundEightScore.ts';
import { asCorpusDay, percent } from './dates/score.ts';
import { MOMENTS } from './dates/moments.ts';

const ROUND_EIGHT_HELD_OUT_FLOOR = 0.919;

describe('answers to "When could you do it?", round eight: the tuning part', () => {
  it.each(ROUND_EIGHT_TUNING.map((row) => [row.moment, row.text, row] as const))('said on %s: %j', (_moment, _text, row) => {
    expect(scoreRoundEight([row]).misses).toEqual([]);
  });
});

describe('answers to "When could you do it?", round eight: the held-out part', () => {
  it(`does what the client needs with at least ${ROUND_EIGHT_HELD_OUT_FLOOR * 100}% of them, and never saves a day gone`, () => {
    const score = scoreRoundEight(ROUND_EIGHT_HELD_OUT);
    expect(score.total).toBe(62);
    expect(score.right / score.total, percent(score)).toBeGreaterThanOrEqual(ROUND_EIGHT_HELD_OUT_FLOOR);
    for (const { moment, got } of score.misses) {
      const { now, timeZone } = MOMENTS[moment as keyof typeof MOMENTS];
      if (typeof got === 'string' && /^\d/.test(got)) expect(got.slice(0, 10) >= asCorpusDay(now, timeZone)!.slice(0, 10)).toBe(true);
    }
  });
});
