// Days worth a gentle check before they go into a plan: a day that has already gone ("yesterday",
// "1/11/2026", "20/11" said on 23 November), which is never saved as a due date, and a day so far off
// ("1/11" said on 23 November, read as next November; "when my son starts school in sept") that the
// client may have meant another.
import { parseDueDate, calendarDayIn, saysNoSuchDayOfTheMonth, type DateContext } from './dates.ts';
import { parsePastDay } from './pastDays.ts';
import { compareDays, addDays } from './dateCalendar.ts';

// About six months: further than any first step or review, and what "1/11" said on 23 November gives.
export const FAR_AWAY_DAYS = 183;

/**
 * A day and month with no year that fell in the last six days ("20/11" typed on 23 November, "28/12"
 * on the 29th) has gone: the date reader gives the same day next year, and the coach says "That day
 * has gone" rather than "That is more than six months away. Is that right?". Why (round eight): a step
 * is set days or weeks ahead, so a client who types a day a few days back has almost always slipped (a
 * day already past, a key next to the right one) or is telling us when something happened. Asked if
 * they meant next November, they are confused, and a quick "Yes" would save a day they never meant.
 * "That day has gone" asks again at no such risk; a client who does mean next year says the year
 * ("20/11/2027"), which is read as typed and checked as far away.
 * Why six days and not more: a week or more back, the earlier rounds' reading is kept, as their tests
 * hold it ("1/6" said on 8 June, a week back, is next June and checked as far away, test/plan/
 * goalDayFarAway.test.ts; "1/11" said on 23 November, 22 days back, likewise in rounds five and six).
 * Those days too are more likely slips than plans a year off; widening this needs those tests' days
 * changed by their owners. "1/6" or "5/9" said in November may well be meant for next year (a course
 * that starts in June) and stays checked as far away. The reader itself (parseDueDate) still gives
 * next year's day, since a date inside a step is read by other flows.
 */
export const JUST_GONE_DAYS = 6;

/** The day said, when it has gone: no day to come is said, or only next year's of a day just gone. */
export function dayAlreadyGone(text: string, context: DateContext): Date | null {
  if (saysNoSuchDayOfTheMonth(text)) return null;
  const due = parseDueDate(text, context);
  return due ? dayJustGone(text, context, due) : pastDayBeforeToday(text, context);
}

/** "20/11" said on 23 November: the day gone, when the day read is only the same day next year; else null. */
export function dayJustGone(text: string, context: DateContext, due = parseDueDate(text, context)): Date | null {
  if (!due) return null;
  const past = pastDayBeforeToday(text, context);
  if (!past) return null;
  const pastDay = calendarDayIn(past, context.timeZone);
  const dueDay = calendarDayIn(due, context.timeZone);
  const nextYearsDay = dueDay.year === pastDay.year + 1 && dueDay.month === pastDay.month && dueDay.day === pastDay.day;
  const today = calendarDayIn(context.now, context.timeZone);
  return nextYearsDay && compareDays(pastDay, addDays(today, -JUST_GONE_DAYS)) >= 0 ? past : null;
}

/**
 * A past day said, before today. Today has not gone: "first thing in the morning" said at 9am is read
 * by the past-day reader as this morning, and had been told "That day has gone" (round eight).
 */
function pastDayBeforeToday(text: string, context: DateContext): Date | null {
  const past = parsePastDay(text, context);
  const today = calendarDayIn(context.now, context.timeZone);
  return past && compareDays(calendarDayIn(past, context.timeZone), today) < 0 ? past : null;
}

/** A due day more than about six months after today. */
export function isFarAway(due: Date, context: DateContext): boolean {
  const limit = addDays(calendarDayIn(context.now, context.timeZone), FAR_AWAY_DAYS);
  return compareDays(calendarDayIn(due, context.timeZone), limit) > 0;
}
