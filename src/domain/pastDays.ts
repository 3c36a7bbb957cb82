// A day in the past, as people say when something already happened: "started last week",
// "yesterday", "on monday", "2 weeks ago". Due dates (dates.ts) look forward; this looks back.
import * as chrono from 'chrono-node';
import { tzOffset } from '@date-fns/tz';
import { addDays, compareDays, normaliseDateText, weekdayOf, type CalendarDay } from './datePhrases.ts';
import { calendarDayIn, type DateContext } from './dates.ts';
import { instantAtLocal } from './zonedTime.ts';

// Further back than this is not a start day being told now.
const MAX_DAYS_BACK = 366;

/** Midnight (in the client's zone) of the day said, never after today; null when no past day is said. */
export function parsePastDay(text: string, context: DateContext): Date | null {
  const today = calendarDayIn(context.now, context.timeZone);
  const normalised = normaliseDateText(text.slice(0, 300));
  if (!normalised) return null;
  const reference = { instant: context.now, timezone: tzOffset(context.timeZone, context.now) };
  for (const result of chrono.en.GB.parse(normalised, reference)) {
    const { start } = result;
    let day: CalendarDay = { year: start.get('year')!, month: start.get('month')!, day: start.get('day')! };
    // "on monday" told of the past is the last Monday, today included.
    if (start.isCertain('weekday') && !start.isCertain('day')) day = addDays(today, -((weekdayOf(today) - start.get('weekday')! + 7) % 7));
    if (compareDays(day, today) > 0 || compareDays(day, addDays(today, -MAX_DAYS_BACK)) < 0) continue;
    return instantAtLocal(day.year, day.month, day.day, 0, 0, context.timeZone);
  }
  return null;
}
