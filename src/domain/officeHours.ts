// When advisers are at work, so the client can be told honestly whether anyone is reading now
// and when someone will. Written as "Mon-Fri 09:00-17:00" (days, then hours, in one zone).
import { TZDate } from '@date-fns/tz';
import { localClock } from './zonedTime.ts';

export type OfficeHours = { days: number[]; startMinutes: number; endMinutes: number };

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** "Mon-Fri 09:00-17:00", "Mon,Wed,Fri 10:00-16:00"; null when it cannot be read. */
export function parseOfficeHours(text: string): OfficeHours | null {
  const match = /^\s*([a-z,\- ]+?)\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/i.exec(text);
  if (!match) return null;
  const days = parseDays(match[1]!);
  const startMinutes = Number(match[2]) * 60 + Number(match[3]);
  const endMinutes = Number(match[4]) * 60 + Number(match[5]);
  if (!days || days.length === 0 || startMinutes >= endMinutes || endMinutes > 24 * 60) return null;
  return { days, startMinutes, endMinutes };
}

function parseDays(text: string): number[] | null {
  const days = new Set<number>();
  for (const part of text.toLowerCase().split(',').map((piece) => piece.trim())) {
    const [from, to] = part.split('-').map((name) => DAY_NAMES.indexOf(name.trim().slice(0, 3)));
    if (from === undefined || from < 0 || (to !== undefined && to < 0)) return null;
    for (let day = from; ; day = (day + 1) % 7) {
      days.add(day);
      if (to === undefined || day === to) break;
    }
  }
  return [...days];
}

type LocalTime = { weekday: number; minutes: number; year: number; month: number; day: number };

function localTime(instant: Date, timeZone: string): LocalTime {
  const local = localClock(instant, timeZone);
  return { weekday: local.weekday, minutes: local.hour * 60 + local.minute, year: local.year, month: local.month - 1, day: local.day };
}

export function isWithinOfficeHours(hours: OfficeHours, now: Date, timeZone: string): boolean {
  const local = localTime(now, timeZone);
  return hours.days.includes(local.weekday) && local.minutes >= hours.startMinutes && local.minutes < hours.endMinutes;
}

/** The next moment the office opens after `now` (now itself when it is open). */
export function nextOpening(hours: OfficeHours, now: Date, timeZone: string): Date {
  if (isWithinOfficeHours(hours, now, timeZone)) return now;
  const today = localTime(now, timeZone);
  for (let offset = 0; offset <= 7; offset += 1) {
    const candidate = new TZDate(today.year, today.month, today.day + offset, 0, hours.startMinutes, timeZone);
    if (candidate.getTime() > now.getTime() && hours.days.includes(candidate.getDay())) return new Date(candidate.getTime());
  }
  return now;
}

/** When the office opens, as the client will be told it: days from today, the weekday (0 Sunday) and minutes after midnight. */
export type OpeningTime = { dayOffset: number; weekday: number; minutes: number };

export function openingTime(opening: Date, now: Date, timeZone: string): OpeningTime {
  const at = localTime(opening, timeZone);
  const today = localTime(now, timeZone);
  const dayOffset = Math.round((Date.UTC(at.year, at.month, at.day) - Date.UTC(today.year, today.month, today.day)) / 86_400_000);
  return { dayOffset, weekday: at.weekday, minutes: at.minutes };
}
