// Which days read at "When could you do it?" are said back before they are kept (play-testing: on
// 7 December "make it the 3rd" became Sunday 3 January 2027 with no check). Lines written before the
// mend; the second table was held out while mending.
import { describe, expect, it } from 'vitest';
import { dayAtTheDayQuestion } from '../../dialogs/goalDateReading.ts';
import { isFarAway } from '../../src/domain/dateChecks.ts';
import { dayWorthChecking } from '../../src/domain/dateWorthChecking.ts';

// Monday 7 December 2026, 10am in London.
const context = { now: new Date('2026-12-07T10:00:00Z'), timeZone: 'Europe/London' };
type Want = 'next-month' | 'weekend' | 'far' | 'keep' | 'none';

const own: [string, Want][] = [
  ['make it the 3rd', 'next-month'], ['the 5th', 'next-month'], ['by the 1st', 'next-month'], ['the 10th', 'keep'],
  ['the 12th', 'weekend'], ['on the 13th', 'weekend'], ['saturday', 'keep'], ['this weekend', 'keep'], ['by sunday', 'keep'],
  ['friday', 'keep'], ['tomorrow', 'keep'], ['in a week', 'keep'], ['19/12', 'weekend'], ['20th december', 'weekend'],
  ['2nd', 'next-month'], ['4th', 'next-month'], ['1/8', 'far'], ['the 6th', 'next-month'], ['end of the month', 'keep'],
  ['the 3rd of january', 'weekend'], ['next saturday', 'keep'], ['in 2 weeks', 'keep'], ['thrusday', 'keep'], ['the thrid', 'none'],
  ['next tusday', 'keep'], ['by the 30th', 'keep'], ['the fifth', 'next-month'], ['sat 19th', 'keep'],
];
const heldOut: [string, Want][] = [
  ['lets say the 4th', 'next-month'], ['on the 2nd', 'next-month'], ['sat 12th', 'keep'], ['the 19th', 'weekend'],
  ['27th', 'weekend'], ['the 11th', 'keep'], ['by the 15th', 'keep'], ['1st', 'next-month'], ['mon', 'keep'],
  ['in a fortnight', 'keep'], ['26/12', 'weekend'], ['by sat', 'keep'],
];

describe('a day said back before it is kept', () => {
  it.each([...own, ...heldOut])('"%s" on Monday 7 December: %s', (typed, want) => {
    const due = dayAtTheDayQuestion(typed, context);
    const got = !due ? 'none' : isFarAway(due, context) ? 'far' : (dayWorthChecking(typed, due, context) ?? 'keep');
    expect(got).toBe(want);
  });

  it('"the 3rd" said on the 1st is this month\'s, not checked', () => {
    const first = { ...context, now: new Date('2026-12-01T10:00:00Z') };
    expect(dayWorthChecking('the 3rd', dayAtTheDayQuestion('the 3rd', first)!, first)).toBeNull();
  });
});
