// Leftovers of the fifth batch (2026-12-06), each pinned with words of its own: "start in june" inside
// a step; "from next week" as the Monday it starts; a lone day.month with one figure after the dot;
// "next december" said in November; and the phone forms the sixth batch found (test/corpus/dates/sixthBatch.ts).
import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { extractDueDate, parseDueDate } from '../../src/domain/dates.ts';

const MONDAY_MORNING = { now: new Date('2026-11-23T10:00:00Z'), timeZone: 'Europe/London' }; // Mon 23 Nov 2026
const NEW_YEARS_EVE_EVE = { now: new Date('2026-12-30T10:00:00Z'), timeZone: 'Europe/London' }; // Wed 30 Dec 2026

function due(text: string, moment = MONDAY_MORNING): string | null {
  const date = parseDueDate(text, moment);
  if (!date) return null;
  const local = new TZDate(date.getTime(), moment.timeZone);
  return format(local, local.getHours() || local.getMinutes() ? 'yyyy-MM-dd HH:mm' : 'yyyy-MM-dd');
}

describe('extractDueDate: a doing word before the date stays in the step', () => {
  it.each([
    ['start in june', 'start', 'in june'],
    ['i might start in sept', 'i might start', 'in sept'],
    ['sign up now and start in april', 'sign up now and start', 'in april'],
    ['start of june', '', 'start of june'],
    ['finish the course by the end of feb', 'finish the course', 'by the end of feb'],
  ])('%j keeps %j and takes %j', (text, rest, phrase) => {
    expect(extractDueDate(text, MONDAY_MORNING)).toMatchObject({ rest, phrase });
  });
});

describe('parseDueDate: "from next week" is the day it starts', () => {
  it.each([
    ['from next week', '2026-11-30'], ['starting next wk', '2026-11-30'], ['commencing next week', '2026-11-30'],
    ['from next month', '2026-12-01'], ['next week', '2026-12-04'], ['by next week', '2026-11-30'],
  ])('%j is %s', (text, day) => expect(due(text)).toBe(day));

  it('said at the year end, "from next month" is 1 January', () => expect(due('from next month', NEW_YEARS_EVE_EVE)).toBe('2027-01-01'));

  it('inside a step, "from next week" goes out whole, and is the Monday', () => {
    const found = extractDueDate('apply for cleaning jobs from next week', MONDAY_MORNING);
    expect(found).toMatchObject({ rest: 'apply for cleaning jobs', phrase: 'from next week' });
    expect(found.dueAt).toEqual(parseDueDate('monday', MONDAY_MORNING));
  });
});

describe('parseDueDate: a lone day.month with one figure after the dot is a number, as "1.5" is', () => {
  it.each([['7.1', null], ['3.2', null], ['11.1', null], ['1.5', null], ['2.4', null]])('%j gives no day', (text, day) => expect(due(text)).toBe(day));
  it.each([
    ['7.1.', '2027-01-07'], ['07.01', '2027-01-07'], ['by 7.1', '2027-01-07'], ['on 3.2', '2027-02-03'], ['7.1.27', '2027-01-07'],
    ['4.12', '2026-12-04'], ['3.11', '2027-11-03'],
  ])('%j is a day', (text, day) => expect(due(text)).toBe(day));
});

describe('parseDueDate: "next" and a month', () => {
  it('"next december" said in November is the coming December, not a year on', () => expect(due('next december')).toBe('2026-12-31'));
  it('"next november" said in November is a year on', () => expect(due('next november')).toBe('2027-11-30'));
  it('"next december" said in December is a year on', () => expect(due('next december', NEW_YEARS_EVE_EVE)).toBe('2027-12-31'));
});

describe('the phone forms of the sixth batch', () => {
  it.each([
    ['frid', '2026-11-27'], ['satday', '2026-11-28'], ['in a fortnights time', '2026-12-07'], ['the 1st of the month', '2026-12-01'],
    ['new yrs eve', '2026-12-31'],
  ])('%j is %s', (text, day) => expect(due(text)).toBe(day));

  it.each([
    ['email the agency by cob thurs', 'email the agency', 'by cob thurs'],
    ['text my adviser a wk on friday', 'text my adviser', 'a wk on friday'],
    ['go to the food bank coming saturday', 'go to the food bank', 'coming saturday'],
    ['ring the nursery weds mornin', 'ring the nursery', 'weds mornin'],
    ['start my shifts week commencing the 14th', 'start my shifts', 'week commencing the 14th'],
  ])('%j keeps %j and takes %j', (text, rest, phrase) => {
    expect(extractDueDate(text, MONDAY_MORNING)).toMatchObject({ rest, phrase });
  });
});
