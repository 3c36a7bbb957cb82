// A day read at "When could you do it?" that the client may not have meant, checked by saying it back
// ("Do you mean Sunday 3 January?") before it goes into the plan. Play-testing: on 7 December "make it
// the 3rd" became Sunday 3 January 2027 and was kept with no check.
// - next month: a day of the month with no month ("the 3rd") that has already gone this month is read
//   as next month's; most people mean that, but some slipped or thought of this month;
// - weekend: a date said by its number ("the 12th", "19/12", "20th december"), with no weekday named,
//   that falls on a Saturday or Sunday: offices, colleges and job centres are mostly shut.
// A weekday named ("sat 12th", "this weekend") or a span ("in a week", "end of the month") is the
// client's own choice and is not checked. Far-off days have their own check (dateChecks.ts isFarAway).
import { calendarDayIn, type DateContext } from './dates.ts';
import { compareDays, weekdayOf, WEEKDAY_NAMES } from './dateCalendar.ts';
import { MONTH, normaliseDateText } from './dateWords.ts';

export type DayWorthChecking = 'next-month' | 'weekend';

const MONTH_NAMED = new RegExp(String.raw`\b${MONTH}\b|\bmonths?\b|\b\d{1,2}\s*[/.-]\s*\d{1,2}\b`);
const DAY_NUMBERED = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}\s*[/.-]\s*\d{1,2}\b|\b(?:the|on)\s+\d{1,2}\b(?!\s*(?:[:.]\d|am\b|pm\b|weeks?\b|days?\b|hours?\b|oclock\b|o clock\b))`);
const DAY_NAMED = new RegExp(String.raw`\b(?:${WEEKDAY_NAMES.join('|')}|weekends?|sat|sun|tomorrow|today|tonight)\b`);

/** The day number said ("the 3rd", "on the 3"), when it is the due day's. */
function saysTheDayNumber(words: string, day: number): boolean {
  return new RegExp(String.raw`\b${day}(?:st|nd|rd|th)\b|\b(?:the|on)\s+${day}\b(?!\s*(?:[:.]\d|am\b|pm\b|weeks?\b|days?\b|hours?\b))`).test(words);
}

/** Why the day read from these words is worth saying back before it is kept; null when it is not. */
export function dayWorthChecking(text: string, due: Date, context: DateContext): DayWorthChecking | null {
  const words = normaliseDateText(text);
  const day = calendarDayIn(due, context.timeZone);
  const today = calendarDayIn(context.now, context.timeZone);
  const laterMonth = compareDays({ ...day, day: 1 }, { ...today, day: 1 }) > 0;
  if (!MONTH_NAMED.test(words) && laterMonth && day.day < today.day && saysTheDayNumber(words, day.day)) return 'next-month';
  const weekend = weekdayOf(day) === 0 || weekdayOf(day) === 6;
  return weekend && DAY_NUMBERED.test(words) && !DAY_NAMED.test(words) ? 'weekend' : null;
}
