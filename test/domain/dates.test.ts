import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { formatDueDate, parseDueDate } from '../../src/domain/dates.ts';

const LONDON = 'Europe/London';
const MONDAY_MORNING = new Date('2026-11-23T10:00:00Z'); // Monday 23 November 2026, 10:00 in London

function localDay(date: Date | null, timeZone = LONDON): string | null {
  return date && format(new TZDate(date.getTime(), timeZone), 'yyyy-MM-dd');
}

function dueDay(text: string, now = MONDAY_MORNING, timeZone = LONDON): string | null {
  return localDay(parseDueDate(text, { now, timeZone }), timeZone);
}

describe('parseDueDate: how people in the UK type dates', () => {
  it.each([
    ['by Friday', '2026-11-27'],
    ['fri', '2026-11-27'],
    ['tues', '2026-11-24'],
    ['weds', '2026-11-25'],
    ['tomorrow', '2026-11-24'],
    ['tmrw', '2026-11-24'],
    ['tommorow', '2026-11-24'],
    ['today', '2026-11-23'],
    ['tonight', '2026-11-23'],
    ['next Monday', '2026-11-30'],
    ['in 3 days', '2026-11-26'],
    ['in a couple of days', '2026-11-25'],
    ['in a fortnight', '2026-12-07'],
    ['within two weeks', '2026-12-07'],
    ['in a month', '2026-12-23'],
    ['end of the month', '2026-11-30'],
    ['05/12/2026', '2026-12-05'],
    ['by 5/12', '2026-12-05'],
    ['15 March', '2027-03-15'],
    ['Jan 15th', '2027-01-15'],
    ['January 15', '2027-01-15'],
    ['by the 20th', '2026-12-20'],
    ['on the 2nd', '2026-12-02'],
    ['by the 31st', '2026-12-31'],
    ['this weekend', '2026-11-28'],
    ['at the weekend', '2026-11-28'],
    ['next weekend', '2026-12-05'],
    ['a week on Friday', '2026-12-04'],
    ['Friday week', '2026-12-04'],
    ['a fortnight today', '2026-12-07'],
    ['Monday next week', '2026-11-30'],
    ['by next week', '2026-11-30'],
    ['mid-December', '2026-12-15'],
    ['before Christmas', '2026-12-25'],
    ['end of the year', '2026-12-31'],
  ])('%s -> %s', (text, expected) => {
    expect(dueDay(text)).toBe(expected);
  });

  it('reads a week or month as a deadline at its end: the end of the working week, the last day of the month', () => {
    expect(dueDay('this week')).toBe('2026-11-27');
    expect(dueDay('end of next week')).toBe('2026-12-04');
    expect(dueDay('next week')).toBe('2026-12-04');
    expect(dueDay('next month')).toBe('2026-12-31');
    expect(dueDay('by next month')).toBe('2026-12-01');
  });

  it('finds the date inside a whole goal', () => {
    expect(dueDay('I will apply for three warehouse jobs by Friday')).toBe('2026-11-27');
    expect(dueDay('write my cover letter by the end of next week')).toBe('2026-12-04');
    expect(dueDay('book an appointment with the GP in a couple of days')).toBe('2026-11-25');
  });

  it.each(['soon', 'when I am ready', "when I'm ready", 'not sure', '', '   ', 'asap', 'some time', 'later', 'one day'])(
    'returns null when no date is given: %j',
    (text) => {
      expect(parseDueDate(text, { now: MONDAY_MORNING, timeZone: LONDON })).toBeNull();
    },
  );

  it.each(['31/02/2026', '31/11', '30 February'])('returns null for a date that does not exist: %s', (text) => {
    expect(dueDay(text)).toBeNull();
  });

  it('never gives a day in the past', () => {
    expect(dueDay('yesterday')).toBeNull();
    expect(dueDay('last Friday')).toBeNull();
    expect(dueDay('15 January 2025')).toBeNull();
    expect(dueDay('Jan 15th')).toBe('2027-01-15'); // already past this year, so next year
  });

  it('reads a bare weekday as the next such day, and "this Monday" as today', () => {
    expect(dueDay('Monday')).toBe('2026-11-30');
    expect(dueDay('by Monday')).toBe('2026-11-30');
    expect(dueDay('this Monday')).toBe('2026-11-23');
  });

  it('does not take frequencies, durations or everyday words for a due date', () => {
    for (const text of ['every Monday', 'on Mondays', 'once a week', 'twice a week', 'work 5 days a week',
      'a 9 to 5 job', 'every weekend', 'I sat down', 'sitting in the sun', 'I will march', 'my 2nd interview']) {
      expect(dueDay(text), text).toBeNull();
    }
  });

  it('at the weekend, "the end of the week" is Sunday and "this weekend" is today', () => {
    const saturday = new Date('2026-11-28T10:00:00Z');
    const sunday = new Date('2026-11-29T10:00:00Z');
    expect(dueDay('end of the week', saturday)).toBe('2026-11-29');
    expect(dueDay('this weekend', saturday)).toBe('2026-11-28');
    expect(dueDay('this weekend', sunday)).toBe('2026-11-29');
    expect(dueDay('next weekend', sunday)).toBe('2026-12-05');
  });
});

describe('parseDueDate: time of day', () => {
  it('returns the start of the local day', () => {
    expect(parseDueDate('by Friday', { now: MONDAY_MORNING, timeZone: LONDON })).toEqual(new Date('2026-11-27T00:00:00Z'));
    expect(parseDueDate('today', { now: MONDAY_MORNING, timeZone: LONDON })).toEqual(new Date('2026-11-23T00:00:00Z'));
  });

  it('keeps a time the client gave', () => {
    const due = parseDueDate('tomorrow at 3pm', { now: MONDAY_MORNING, timeZone: LONDON });
    expect(format(new TZDate(due!.getTime(), LONDON), 'yyyy-MM-dd HH:mm')).toBe('2026-11-24 15:00');
  });

  it('throws on a time zone that does not exist', () => {
    expect(() => parseDueDate('tomorrow', { now: MONDAY_MORNING, timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});

describe('parseDueDate: clocks going forward in London on Sunday 29 March 2026', () => {
  const fridayBefore = new Date('2026-03-27T10:00:00Z');

  it('gives local midnight before and after the change', () => {
    expect(parseDueDate('tomorrow', { now: fridayBefore, timeZone: LONDON })).toEqual(new Date('2026-03-28T00:00:00Z'));
    // Monday 30 March 00:00 BST is 23:00 UTC on the Sunday.
    expect(parseDueDate('in 3 days', { now: fridayBefore, timeZone: LONDON })).toEqual(new Date('2026-03-29T23:00:00Z'));
    expect(dueDay('next week', fridayBefore)).toBe('2026-04-03');
  });

  it('keeps a span in hours exact across the change', () => {
    const justAfterMidnight = new Date('2026-03-29T00:30:00Z');
    expect(parseDueDate('in 2 hours', { now: justAfterMidnight, timeZone: LONDON })).toEqual(new Date('2026-03-29T02:30:00Z'));
  });
});

describe('parseDueDate: other time zones', () => {
  it('uses the local date in New York, which is still Sunday when it is Monday in UTC', () => {
    const sundayEvening = new Date('2026-11-23T03:00:00Z'); // 22:00 on Sunday 22 November in New York
    expect(dueDay('today', sundayEvening, 'America/New_York')).toBe('2026-11-22');
    expect(dueDay('tomorrow', sundayEvening, 'America/New_York')).toBe('2026-11-23');
    expect(dueDay('Monday', sundayEvening, 'America/New_York')).toBe('2026-11-23');
    expect(parseDueDate('tomorrow', { now: sundayEvening, timeZone: 'America/New_York' })).toEqual(new Date('2026-11-23T05:00:00Z'));
  });

  it('uses the local date in Sydney, which is already Tuesday', () => {
    const mondayEveningUtc = new Date('2026-11-23T20:00:00Z'); // 07:00 on Tuesday 24 November in Sydney
    expect(dueDay('today', mondayEveningUtc, 'Australia/Sydney')).toBe('2026-11-24');
    expect(dueDay('tomorrow', mondayEveningUtc, 'Australia/Sydney')).toBe('2026-11-25');
    expect(dueDay('Tuesday', mondayEveningUtc, 'Australia/Sydney')).toBe('2026-12-01');
  });

  describe('whatever time zone the server runs in', () => {
    const serverZone = process.env.TZ;
    beforeAll(() => { process.env.TZ = 'Pacific/Auckland'; });
    afterAll(() => { process.env.TZ = serverZone; });

    it('gives the same answers', () => {
      expect(new Date('2026-11-23T10:00:00Z').getTimezoneOffset()).toBe(-780); // the change took effect
      expect(parseDueDate('in 3 days', { now: new Date('2026-03-27T10:00:00Z'), timeZone: LONDON }))
        .toEqual(new Date('2026-03-29T23:00:00Z'));
      expect(dueDay('by Friday')).toBe('2026-11-27');
      expect(dueDay('end of the month')).toBe('2026-11-30');
    });
  });
});

describe('formatDueDate', () => {
  it('says the day in plain words', () => {
    expect(formatDueDate(new Date('2026-12-05T00:00:00Z'), LONDON)).toBe('Saturday 5 December');
  });

  it('uses the client’s local day, not the UTC one', () => {
    expect(formatDueDate(new Date('2026-11-23T13:00:00Z'), 'Australia/Sydney')).toBe('Tuesday 24 November');
  });

  it('adds the year only when it is not this year', () => {
    const due = parseDueDate('Jan 15th', { now: MONDAY_MORNING, timeZone: LONDON })!;
    expect(formatDueDate(due, LONDON, { now: MONDAY_MORNING })).toBe('Friday 15 January 2027');
    expect(formatDueDate(new Date('2026-11-27T00:00:00Z'), LONDON, { now: MONDAY_MORNING })).toBe('Friday 27 November');
  });

  it('adds a time the client gave', () => {
    const due = parseDueDate('tomorrow at 3pm', { now: MONDAY_MORNING, timeZone: LONDON })!;
    expect(formatDueDate(due, LONDON)).toBe('Tuesday 24 November at 3pm');
    expect(formatDueDate(new Date('2026-11-24T09:30:00Z'), LONDON)).toBe('Tuesday 24 November at 9:30am');
  });
});

describe('parseDueDate: one slip of the thumb in a long day or month name', () => {
  it.each([
    ['fridya', '2026-11-27'],
    ['by Fryday', '2026-11-27'],
    ['tomrrow', '2026-11-24'],
    ['wednesdy', '2026-11-25'],
    ['next thrusday', '2026-12-03'],
    ['3rd Decmber', '2026-12-03'],
  ])('%s → %s', (text, day) => {
    expect(dueDay(text)).toBe(day);
  });

  it.each(['mondays', 'every tuesdays', 'money', 'the 3oth', 'saturdays and sundays'])('is not a due date: %s', (text) => {
    expect(dueDay(text)).toBeNull();
  });
});
