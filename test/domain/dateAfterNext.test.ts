// "Tuesday after next", "the week after next", a correction in the same message ("not Friday,
// Monday", "not this Friday but next") and days around Christmas, found by play-testing; and the
// near misses beside them that must read as they did.
import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { extractDueDate, parseDueDate } from '../../src/domain/dates.ts';

const LONDON = 'Europe/London';
const MONDAY = new Date('2026-12-07T10:00:00Z'); // Monday 7 December 2026, 10:00 in London
const SUNDAY = new Date('2026-12-13T11:00:00Z'); // Sunday 13 December 2026
const YEAR_END = new Date('2026-12-29T10:00:00Z'); // Tuesday 29 December 2026
const BEFORE_CLOCKS_GO_BACK = new Date('2026-10-16T12:00:00Z'); // Friday 16 October 2026 (BST; GMT from the 25th)

/** 'yyyy-MM-dd' in London, with ' HH:mm' when a clock time was read. */
function dueDay(text: string, now = MONDAY): string | null {
  const due = parseDueDate(text, { now, timeZone: LONDON });
  if (!due) return null;
  const local = new TZDate(due.getTime(), LONDON);
  return format(local, local.getHours() || local.getMinutes() ? 'yyyy-MM-dd HH:mm' : 'yyyy-MM-dd');
}

describe('parseDueDate: "after next" is a week after what "next" gives (said on Monday 7 December)', () => {
  it.each([
    ['tuesday after next', '2026-12-22'],
    ['the tuesday after next', '2026-12-22'],
    ['Tues after next', '2026-12-22'],
    ['on the tuesday after next', '2026-12-22'],
    ['by tuesday after next', '2026-12-22'],
    ['tuesday after next at 3', '2026-12-22 15:00'],
    ['monday after next', '2026-12-21'],
    ['mon after next', '2026-12-21'],
    ['friday after next', '2026-12-25'],
    ['week after next', '2026-12-25'],
    ['the week after next', '2026-12-25'],
    ['end of the week after next', '2026-12-25'],
    ['by the week after next', '2026-12-21'],
    ['start of the week after next', '2026-12-21'],
    ['monday of the week after next', '2026-12-21'],
    ['weekend after next', '2026-12-26'],
  ])('%s -> %s', (text, expected) => {
    expect(dueDay(text)).toBe(expected);
  });

  it.each([
    ['next monday', SUNDAY, '2026-12-14'],
    ['monday after next', SUNDAY, '2026-12-21'],
    ['next week', SUNDAY, '2026-12-18'],
    ['week after next', SUNDAY, '2026-12-25'],
    ['tuesday after next', YEAR_END, '2027-01-12'],
    ['week after next', YEAR_END, '2027-01-15'],
    // The clocks go back between "next Tuesday" and the Tuesday after: the time stays as said.
    ['tuesday after next at 3', BEFORE_CLOCKS_GO_BACK, '2026-10-27 15:00'],
  ])('%s, said on %s -> %s', (text, now, expected) => {
    expect(dueDay(text, now)).toBe(expected);
  });
});

describe('parseDueDate: a correction in the same message gives the day it corrects to', () => {
  it.each([
    ['not this friday but next', '2026-12-18'],
    ['not this fri but nxt', '2026-12-18'],
    ['not this friday, next friday', '2026-12-18'],
    ['not friday but the next one', '2026-12-18'],
    ['not next friday but the one after', '2026-12-25'],
    ['not this week but next', '2026-12-18'],
    ['not next week, the week after', '2026-12-25'],
    ['not friday, monday', '2026-12-14'],
    ['not friday but monday', '2026-12-14'],
    ['Not Friday. Monday', '2026-12-14'],
    ['not monday, tuesday', '2026-12-08'],
    ['not mon but wed', '2026-12-09'],
    ['not friday morning, monday at 10', '2026-12-14 10:00'],
    ['not tomorrow, friday', '2026-12-11'],
    ['not friday', null],
    ['not next week', null],
  ])('%s -> %s', (text, expected) => {
    expect(dueDay(text)).toBe(expected);
  });
});

describe('parseDueDate: days around Christmas', () => {
  it.each([
    ['after xmas', null],
    ['after christmas', null],
    ['straight after Christmas', null],
    ['the week after christmas', null],
    ['after the christmas holidays', null],
    ['after new year', null],
    ['the day after christmas', '2026-12-26'],
    ['the day before christmas', '2026-12-24'],
    // Counted from the day named (eighth batch): the day after Christmas Eve is Christmas Day, not no day.
    ['the day after christmas eve', '2026-12-25'],
    // "Before" a day is by that day, as "before Friday" is Friday.
    ['before xmas', '2026-12-25'],
    ['before christmas', '2026-12-25'],
    ['christmas eve', '2026-12-24'],
    ['boxing day', '2026-12-26'],
    ['after christmas, by friday', '2026-12-11'],
  ])('%s -> %s', (text, expected) => {
    expect(dueDay(text)).toBe(expected);
  });
});

describe('parseDueDate: near misses read as before', () => {
  it.each([
    ['next tuesday', '2026-12-15'],
    ['on next tuesday', '2026-12-15'],
    ['tuesday', '2026-12-08'],
    ['this tuesday', '2026-12-08'],
    ['a week on tuesday', '2026-12-15'],
    ['tuesday week', '2026-12-15'],
    ['next week', '2026-12-18'],
    ['monday next week', '2026-12-14'],
    ['next weekend', '2026-12-19'],
    ['after the weekend', '2026-12-14'],
    ['the week after', null],
    ['the day after tomorrow', '2026-12-09'],
    ['before friday', '2026-12-11'],
    ['friday after work', '2026-12-11'],
    ['not sure, friday maybe', '2026-12-11'],
    ['not sure', null],
    ['not this week', null],
    ['not till next week', '2026-12-18'],
    ['not until friday', '2026-12-11'],
    ['no later than friday', '2026-12-11'],
    ['why not friday', '2026-12-11'],
    ['friday if not monday', '2026-12-11'],
    ['friday, not monday', '2026-12-11'],
    ['friday or monday', '2026-12-11'],
    // Another day said first still wins.
    ['tomorrow or tuesday after next', '2026-12-08'],
    ['christmas temp work', null],
  ])('%s -> %s', (text, expected) => {
    expect(dueDay(text)).toBe(expected);
  });
});

describe('extractDueDate: the new phrases inside a step', () => {
  it.each([
    ['ring the agency tuesday after next', 'ring the agency', 'tuesday after next', '2026-12-22'],
    ['apply for 2 jobs by the week after next', 'apply for 2 jobs', 'by the week after next', '2026-12-21'],
    ['call the college not friday but monday', 'call the college', 'not friday but monday', '2026-12-14'],
    ['apply for the warehouse job after xmas', 'apply for the warehouse job after xmas', null, null],
  ])('%s', (text, rest, phrase, expected) => {
    const found = extractDueDate(text, { now: MONDAY, timeZone: LONDON });
    expect({ rest: found.rest, phrase: found.phrase, due: found.dueAt && format(new TZDate(found.dueAt.getTime(), LONDON), 'yyyy-MM-dd') })
      .toEqual({ rest, phrase, due: expected });
  });
});
