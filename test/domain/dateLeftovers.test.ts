// Gaps left after held-out part D (2026-12-06), each checked with words of its own: a time with a day
// of the month, a corrected time, a month named as a deadline, a lone decimal, and a frequency before
// the day it starts. The corpus (test/corpus/dates/training.ts, fifth batch) has more of each.
import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { extractDueDate, parseDueDate } from '../../src/domain/dates.ts';

const MONDAY_MORNING = { now: new Date('2026-11-23T10:00:00Z'), timeZone: 'Europe/London' };
const FRIDAY_EVENING = { now: new Date('2026-11-27T19:00:00Z'), timeZone: 'Europe/London' };

function due(text: string, moment = MONDAY_MORNING): string | null {
  const date = parseDueDate(text, moment);
  if (!date) return null;
  const local = new TZDate(date.getTime(), moment.timeZone);
  return format(local, local.getHours() || local.getMinutes() ? 'yyyy-MM-dd HH:mm' : 'yyyy-MM-dd');
}

describe('parseDueDate: gaps left after part D', () => {
  it.each([
    ['by 5 on the 12th', '2026-12-12 17:00'], ['at 3 on friday the 4th', '2026-12-04 15:00'],
    ['the 20th at 10am', '2026-12-20 10:00'], ['by 2:30 on the 1st', '2026-12-01 14:30'], ['the 12th', '2026-12-12'],
  ])('keeps the time said with a day of the month: %j', (text, day) => expect(due(text)).toBe(day));

  it.each([
    ['friday at 3 no wait 4', '2026-11-27 16:00'], ['tomorrow at 10 sorry 11', '2026-11-24 11:00'],
    ['weds 2pm actually make it 3pm', '2026-11-25 15:00'], ['tomorrow at 3 no wait wednesday', '2026-11-25'],
  ])('gives the corrected time: %j', (text, day) => expect(due(text)).toBe(day));

  it.each([
    ['by next april', '2027-04-30'], ['next june', '2027-06-30'], ['in march', '2027-03-31'], ['by april', '2027-04-30'],
    ['next november', '2027-11-30'], ['november', '2026-11-30'], ['by next may', '2027-05-31'], ['i may', null],
  ])('reads a month named as a deadline as its last day: %j', (text, day) => expect(due(text)).toBe(day));

  it.each([
    ['1.5', null], ['2.5', null], ['4.10', '2026-11-23 16:10'], ['by 4.10', '2026-11-23 16:10'], ['at 4.10', '2026-11-23 16:10'],
    ['4.12', '2026-12-04'], ['04.12', '2026-12-04'], ['04.10', '2027-10-04'], ['4.10.', '2027-10-04'], ['7.1', null], ['by 7.1', '2027-01-07'],
  ])('reads a lone decimal as an amount or a time, a day.month as a date: %j', (text, day) => expect(due(text)).toBe(day));

  it('a dotted time already gone today is tomorrow', () => expect(due('by 2.10', FRIDAY_EVENING)).toBe('2026-11-28 14:10'));
});

describe('extractDueDate: gaps left after part D', () => {
  it.each([
    ['every other friday starting tomorrow', 'every other friday', 'starting tomorrow', '2026-11-24'],
    ['go to the gym every other friday starting tomorrow', 'go to the gym every other friday', 'starting tomorrow', '2026-11-24'],
    ['ring the council by 5 on the 12th', 'ring the council', 'by 5 on the 12th', '2026-12-12 17:00'],
    ['ring the jobcentre monday at 11 oops i meant 12', 'ring the jobcentre', 'monday at 11 oops i meant 12', '2026-11-30 12:00'],
    ['apply in march', 'apply', 'in march', '2027-03-31'],
    ['finish the course by next april', 'finish the course', 'by next april', '2027-04-30'],
    ['call them at 4.10', 'call them', 'at 4.10', '2026-11-23 16:10'],
    ['friday the 4th at 3', '', 'friday the 4th at 3', '2026-12-04 15:00'],
    ['ring them friday and start in june', 'ring them and start in june', 'friday', '2026-11-27'],
  ])('%j', (text, rest, phrase, day) => {
    const found = extractDueDate(text, MONDAY_MORNING);
    expect({ rest: found.rest, phrase: found.phrase, due: found.phrase && due(found.phrase) }).toEqual({ rest, phrase, due: day });
  });
});
