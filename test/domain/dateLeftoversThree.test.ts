// The kinds the seventh date batch found (test/corpus/dates/seventhBatch.ts), each pinned with words
// of its own: day names with two slips or cut short, a short day name before a day of the month or
// "first thing", "tomorrow week", "month end", "@ 11", "nye", Christmas misspelt, "day before xmas",
// "24/7", a month over 12 in day-first order, and "at" before "midday" inside a step.
import { describe, expect, it } from 'vitest';
import { due, MONDAY_MORNING } from '../support/dueOnMondayMorning.ts';
import { extractDueDate } from '../../src/domain/dates.ts';
import { daySpeltAnyWay } from '../../src/domain/dateDaySpellings.ts';


describe('seventh batch: what each kind now reads', () => {
  it.each([
    ['thursdy', '2026-11-26'], ['wensdy', '2026-11-25'], ['tusdy', '2026-11-24'], ['saturdy', '2026-11-28'], ['sundy', '2026-11-29'],
    ['sat the 5th', '2026-12-05'], ['first thing wed', '2026-11-25'], ['sun first thing', '2026-11-29'],
    ['tomorrow week at 3', '2026-12-01 15:00'], ['by year end', '2026-12-31'], ['friday @ 4', '2026-11-27 16:00'],
    ['before nye', '2026-12-31'], ['chritsmas eve', '2026-12-24'], ['day after xmas', '2026-12-26'],
    ['13/12', '2026-12-13'], ['1/12/26', '2026-12-01'], ['by 24/7', '2027-07-24'],
  ])('%j is %s', (text, day) => {
    expect(due(text)).toBe(day);
  });

  it.each(['ring mandy', 'ask sandy', 'study', 'moody', 'money', 'tidy', 'wendy', 'i sat 5th in the race', 'work 24/7 care', '3/13', '12/25/2026'])(
    '%j names no day',
    (text) => {
      expect(due(text)).toBeNull();
    },
  );

  it('reads a slipped day only when it ends like a day and keeps short names to one slip', () => {
    expect(['midday', 'today', 'someday', 'payday', 'thursdays'].map(daySpeltAnyWay)).toEqual([null, null, null, null, null]);
    expect(daySpeltAnyWay('wedsnday')).toBe('wednesday');
  });

  it('takes "at" with "noon" or "midday" inside a step, and leaves "24/7" in it', () => {
    expect(extractDueDate('ring the council at noon friday', MONDAY_MORNING)).toMatchObject({ rest: 'ring the council', phrase: 'at noon friday' });
    expect(extractDueDate('look for 24/7 care jobs by wensdy', MONDAY_MORNING)).toMatchObject({ rest: 'look for 24/7 care jobs', phrase: 'by wensdy' });
  });
});
