// A client's local clock at an instant, and the instant a local time names, in their time zone.
// @date-fns/tz's TZDate works these out through Intl on every call (about a tenth of a goal-saving
// turn's CPU, mostly the same few days and hours again: due dates, reminder times, "now").
// Both answers are remembered. A local minute is the same for a whole UTC minute (every zone's
// offset and every change of offset is a whole number of minutes), so the clock is kept per minute.
import { TZDate } from '@date-fns/tz';

export type LocalClock = { year: number; month: number; day: number; weekday: number; hour: number; minute: number };

// Enough for every distinct minute and day a busy process reads in a while; cleared when full.
const REMEMBERED = 5_000;

/** A memory of answers by key, for pure functions called again with the same arguments. */
export function remembered<V>(): { get(key: string): V | undefined; set(key: string, value: V): V } {
  let entries = new Map<string, V>();
  return {
    get: (key) => entries.get(key),
    set: (key, value) => {
      if (entries.size >= REMEMBERED) entries = new Map();
      entries.set(key, value);
      return value;
    },
  };
}

const clocks = remembered<LocalClock>();
const instants = remembered<number>();

/** The local calendar and clock at this instant (month 1 to 12; weekday 0 is Sunday). */
export function localClock(instant: Date, timeZone: string): LocalClock {
  const key = `${Math.floor(instant.getTime() / 60_000)} ${timeZone}`;
  const known = clocks.get(key);
  if (known) return known;
  const local = new TZDate(instant.getTime(), timeZone);
  return clocks.set(key, {
    year: local.getFullYear(),
    month: local.getMonth() + 1,
    day: local.getDate(),
    weekday: local.getDay(),
    hour: local.getHours(),
    minute: local.getMinutes(),
  });
}

/** The instant the local clock shows this day and time (month 1 to 12; days past the month's end roll over). */
export function instantAtLocal(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): Date {
  const key = `${year} ${month} ${day} ${hour} ${minute} ${timeZone}`;
  const known = instants.get(key);
  if (known !== undefined) return new Date(known);
  return new Date(instants.set(key, new TZDate(year, month - 1, day, hour, minute, timeZone).getTime()));
}
