// Days worth a gentle check before they go into a plan: a day that has already gone ("yesterday",
// "1/11/2026"), which the date reader never gives as a due date, and a day so far off ("1/11" read
// as next November, "when my son starts school in sept") that the client may have meant another.
import { parseDueDate, calendarDayIn, saysNoSuchDayOfTheMonth, type DateContext } from './dates.ts';
import { parsePastDay } from './pastDays.ts';
import { compareDays, addDays } from './dateCalendar.ts';

// About six months: further than any first step or review, and what "1/11" said on 23 November gives.
export const FAR_AWAY_DAYS = 183;

/** The day said, when it has already gone and no day to come is said; null otherwise. */
export function dayAlreadyGone(text: string, context: DateContext): Date | null {
  if (parseDueDate(text, context) || saysNoSuchDayOfTheMonth(text)) return null;
  return parsePastDay(text, context);
}

/** A due day more than about six months after today. */
export function isFarAway(due: Date, context: DateContext): boolean {
  const limit = addDays(calendarDayIn(context.now, context.timeZone), FAR_AWAY_DAYS);
  return compareDays(calendarDayIn(due, context.timeZone), limit) > 0;
}
