// "who hasnt been in touch": the clients who have not written to the coach for a week or more,
// quiet longest first (round seven: it got the help list; "who has not replied" lists only those
// whose "Not replying to messages" escalation is open, after unanswered reminders). Counted in
// calendar days in the adviser's zone, from the client's last message. Pure: no I/O.
import { calendarDayIn } from './dates.ts';
import type { CalendarDay } from './dateCalendar.ts';

/** A week: the shortest check-in gap the coach keeps, and how long before quiet is worth a look. */
export const QUIET_AFTER_DAYS = 7;

export type QuietClient<T> = { entry: T; days: number; since: Date };

const dayNumber = (day: CalendarDay): number => Date.UTC(day.year, day.month - 1, day.day) / 86_400_000;

export function quietClients<T extends { client: { lastContactAt: Date | null } }>(entries: readonly T[], now: Date, timeZone: string, atLeast = QUIET_AFTER_DAYS): QuietClient<T>[] {
  const today = dayNumber(calendarDayIn(now, timeZone));
  return entries
    .flatMap((entry) => {
      const since = entry.client.lastContactAt;
      return since ? [{ entry, since, days: today - dayNumber(calendarDayIn(since, timeZone)) }] : [];
    })
    .filter((quiet) => quiet.days >= atLeast)
    .sort((a, b) => a.since.getTime() - b.since.getTime());
}
