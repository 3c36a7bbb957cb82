// The shared date reader (parseDueDate): short day names that are everyday words too ("mon", "wed",
// "sat", "sun") are days after "start" or "starting", as after "from" or "on", and as the whole answer
// with a stop or "!" ("sun!"); never in "the sun inn" or "sat at home". A day ruled out ("any day
// except monday", "anything but fri", "cant do weds") is never the day read: no other day named, no
// day, and the coach asks again.
import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { parseDueDate } from '../../src/domain/dates.ts';

const LONDON = 'Europe/London';
const MONDAY = new Date('2026-11-23T10:00:00Z'); // Monday 23 November 2026, 10:00 in London

function dueDay(text: string): string | null {
  const due = parseDueDate(text, { now: MONDAY, timeZone: LONDON });
  return due && format(new TZDate(due.getTime(), LONDON), 'yyyy-MM-dd');
}

describe('short day names where a day is plainly meant', () => {
  it.each([
    ['start mon', '2026-11-30'],
    ['starting wed', '2026-11-25'],
    ['Starts sat', '2026-11-28'],
    ['beginning sun', '2026-11-29'],
    ['on sat', '2026-11-28'],
    ['next sun', '2026-12-06'],
    ['from thurs', '2026-11-26'],
    ['this fri', '2026-11-27'],
    ['till sat', '2026-11-28'],
    ['sun!', '2026-11-29'],
    ['Sat.', '2026-11-28'],
    ['mon?', '2026-11-30'],
  ])('%j is %s', (text, expected) => {
    expect(dueDay(text)).toBe(expected);
  });

  it.each(['the sun inn', 'sat at home', 'sat down', 'on the sun', 'I sat down with my mum', 'sitting in the sun'])(
    '%j names no day',
    (text) => {
      expect(dueDay(text)).toBeNull();
    },
  );
});

describe('a day ruled out is never the day read', () => {
  it.each([
    'any day except monday', 'anything but friday', 'any day but tuesday', 'except wednesday',
    'any day apart from thursday', 'any day other than fri', 'anyday except wed', "can't do monday",
    'cant make sat', 'anything except sunday', 'not monday',
  ])('%j gives no day, so the coach asks again', (text) => {
    expect(dueDay(text)).toBeNull();
  });

  it.each([
    ['any day except monday, tuesday is good', '2026-11-24'],
    ['apart from friday, next wed', '2026-12-02'],
    ['cant do monday but thursday works', '2026-11-26'],
    ['not friday but monday', '2026-11-30'],
  ])('%j keeps the other day named: %s', (text, expected) => {
    expect(dueDay(text)).toBe(expected);
  });
});
