// The moments a client might answer from. Each corpus row is read as if typed at one of these.
// Chosen to catch the hard edges: a weekday that is today, a weekend, the last day of a month, the
// last days of a year, the clocks going back in the UK and in the US, and a zone that is not London.

export interface Moment {
  now: Date;
  timeZone: string;
  /** The local day and time, for people reading a failing test. */
  said: string;
}

export const MOMENTS = {
  MON: { now: new Date('2026-11-23T09:30:00Z'), timeZone: 'Europe/London', said: 'Monday 23 November 2026, 09:30 London' },
  FRI: { now: new Date('2026-11-27T19:00:00Z'), timeZone: 'Europe/London', said: 'Friday 27 November 2026, 19:00 London' },
  SUN: { now: new Date('2026-11-29T11:00:00Z'), timeZone: 'Europe/London', said: 'Sunday 29 November 2026, 11:00 London' },
  MONTH_END: { now: new Date('2026-09-30T13:00:00Z'), timeZone: 'Europe/London', said: 'Wednesday 30 September 2026, 14:00 London (BST)' },
  YEAR_END: { now: new Date('2026-12-29T10:00:00Z'), timeZone: 'Europe/London', said: 'Tuesday 29 December 2026, 10:00 London' },
  // UK clocks go back on Sunday 25 October 2026.
  DST: { now: new Date('2026-10-23T15:00:00Z'), timeZone: 'Europe/London', said: 'Friday 23 October 2026, 16:00 London (BST)' },
  // Already Monday in UTC, still Sunday evening for the client.
  NY: { now: new Date('2026-11-23T03:00:00Z'), timeZone: 'America/New_York', said: 'Sunday 22 November 2026, 22:00 New York' },
  // US clocks go back on Sunday 1 November 2026.
  NY_DST: { now: new Date('2026-11-01T00:00:00Z'), timeZone: 'America/New_York', said: 'Saturday 31 October 2026, 20:00 New York (EDT)' },
} satisfies Record<string, Moment>;

export type MomentName = keyof typeof MOMENTS;

/**
 * One phrase and the day it means: 'yyyy-MM-dd' (midnight that day in the client's zone),
 * 'yyyy-MM-dd HH:mm' when a clock time was given, or null when it names no day we can plan for.
 */
export interface DateCase {
  moment: MomentName;
  text: string;
  expected: string | null;
}

export function at(moment: MomentName, rows: Array<[string, string | null]>): DateCase[] {
  return rows.map(([text, expected]) => ({ moment, text, expected }));
}

/** A step or goal with a date in it: what is left of the words, the date words taken out, and the day. */
export interface ExtractCase {
  moment: MomentName;
  text: string;
  rest: string;
  phrase: string | null;
  expected: string | null;
}

export function sentencesAt(moment: MomentName, rows: Array<[string, string, string | null, string | null]>): ExtractCase[] {
  return rows.map(([text, rest, phrase, expected]) => ({ moment, text, rest, phrase, expected }));
}
