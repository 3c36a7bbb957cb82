// "reviews this week", "whos got a review this week", "what reviews have i got" (round seven: each
// got the help list; "reviews due" lists only today's and missed ones). The reviews missed, then
// those in the next 7 days, soonest first, each by the client's caseload number. Nothing is changed.
// Round nine: "reviews next week" (the help list had answered it): Monday to Sunday of next week.
import type { Adviser } from '../src/db/advisers.ts';
import { AuditLog } from '../src/db/audit.ts';
import { caseloadOf } from '../src/db/caseload.ts';
import { addDays, compareDays, weekdayOf } from '../src/domain/dateCalendar.ts';
import { calendarDayIn, formatDueDate } from '../src/domain/dates.ts';
import { instantAtLocal } from '../src/domain/zonedTime.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import { reviewWeekLine, reviewsNextWeekReply, reviewsWeekReply } from '../src/messages/en/adviserQuestions.ts';
import { nameOf, noClientsYet } from '../src/messages/en/caseload.ts';
import { sharesName } from '../src/domain/sameNames.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import type { CoachServices } from '../src/services.ts';

const DAYS_AHEAD = 6;

/** Round nine: "reviews next week" is Monday to Sunday of next week, with no missed ones. */
export async function reviewsThisWeekReply(services: CoachServices, adviser: Adviser, span: 'this-week' | 'next-week' = 'this-week'): Promise<string> {
  const now = services.clock.now();
  const zone = services.config.ADVISER_HOURS_TIME_ZONE;
  const entries = await caseloadOf(services.db, adviser.id, now);
  if (entries.length === 0) return noClientsYet;
  const today = calendarDayIn(now, zone);
  const first = span === 'next-week' ? addDays(today, (8 - weekdayOf(today)) % 7 || 7) : null;
  const last = first ? addDays(first, 6) : addDays(today, DAYS_AHEAD);
  const soon = entries
    .flatMap((entry) => (entry.nextReviewAt ? [{ entry, at: entry.nextReviewAt, day: calendarDayIn(entry.nextReviewAt, zone) }] : []))
    .filter(({ day }) => compareDays(day, last) <= 0 && (!first || compareDays(day, first) >= 0))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const names = await namesForNameless(services.db, soon.map(({ entry }) => entry.client));
  const audit = new AuditLog(services.db);
  for (const { entry } of soon) await audit.record({ actor: `adviser:${adviser.id}`, action: 'adviser-viewed-client', subject: entry.client.id }, now);
  const lines = soon.map(({ entry, at, day }) => {
    const order = compareDays(day, today);
    const name = entry.client.displayName?.trim() ? nameOf(entry, sharesName(entry, entries)) : escapeMarkdown(names.get(entry.client.id) || String(entry.number));
    return reviewWeekLine(entry.number, name, formatDueDate(at, zone, { now }), order < 0 ? 'missed' : order === 0 ? 'today' : 'ahead');
  });
  if (!first) return reviewsWeekReply(lines);
  const dayWords = (day: typeof first) => formatDueDate(instantAtLocal(day.year, day.month, day.day, 0, 0, zone), zone, { now });
  return reviewsNextWeekReply(lines, dayWords(first), dayWords(last));
}
