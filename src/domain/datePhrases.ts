// Plain-English date phrases that chrono-node misses or reads in a way that does not suit a due
// date. Everything here works on calendar days in the client's own zone; no instants, no time zones.
import { addDays, compareDays, daysInMonth, latest, mondayOf, nextMonthOf, nextWeekday, WEEKDAY_NAMES, type CalendarDay } from './dateCalendar.ts';
import { holiday } from './dateHolidays.ts';
import { MONTH } from './dateWords.ts';
import { NUMBER_WORDS } from './answers.ts';

// Split by concern: calendar arithmetic is in dateCalendar.ts, spellings and rewrites in dateWords.ts.
export { addDays, compareDays, dayForWeekday, daysInMonth, WEEKDAY_NAMES, weekdayOf, type CalendarDay } from './dateCalendar.ts';
export { expandDay, normaliseDateText } from './dateWords.ts';

const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
const WEEKDAY = `(${WEEKDAY_NAMES.join('|')})`;
const PART = '(start|beginning|early|mid|middle|end|late|later)';
const SMALL_NUMBERS: Readonly<Record<string, number>> = { a: 1, ...NUMBER_WORDS };

/** A calendar day for the phrases we handle ourselves, or null to let chrono try. */
export function resolveOwnPhrase(text: string, today: CalendarDay): CalendarDay | null {
  for (const resolve of [weekdayWithDate, holiday, endOfToday, weeksOnADay, afterTheWeekend, weekend, wholeMonth, partOfNamedMonth, dayOfMonth, partOfPeriod]) {
    const day = resolve(text, today);
    if (day) return day;
  }
  return null;
}

/**
 * "Friday the 18th of December", "fri, 18 dec 2026": chrono reads the weekday and the date apart and
 * takes the weekday first, so the client's date had become this Friday (play-testing, first
 * conversations). The date said is the day; a weekday that disagrees is asked about (dateDisagreement.ts).
 */
function weekdayWithDate(text: string, today: CalendarDay): CalendarDay | null {
  const match = new RegExp(`\\b${WEEKDAY},?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?:of\\s+)?${MONTH}\\b(?:,?\\s+(\\d{4})\\b)?`).exec(text);
  if (!match) return null;
  const day = Number(match[2]);
  const month = MONTH_NAMES.findIndex((name) => name.startsWith(match[3]!.slice(0, 3))) + 1;
  const said = match[4] ? Number(match[4]) : null;
  for (const year of said ? [said] : [today.year, today.year + 1]) {
    const candidate = { year, month, day };
    if (day >= 1 && day <= daysInMonth(year, month) && compareDays(candidate, today) >= 0) return candidate;
  }
  return null;
}

function endOfToday(text: string, today: CalendarDay): CalendarDay | null {
  return /\bend of the day\b/.test(text) ? today : null;
}

/** British idioms: "a week on Friday", "Friday week", "2 weeks today", "Monday next week", "this time next week". */
function weeksOnADay(text: string, today: CalendarDay): CalendarDay | null {
  let match = new RegExp(`(?:\\b(a|one|two|three|four|five|six|\\d)\\s+|^)weeks?\\s+(today|tomorrow|on\\s+${WEEKDAY})\\b`).exec(text);
  if (match) {
    const weeks = match[1] ? SMALL_NUMBERS[match[1]] ?? Number(match[1]) : 1; // "wk on fri" is a week on Friday
    const base = match[2] === 'today' ? today : match[2] === 'tomorrow' ? addDays(today, 1) : nextWeekday(today, match[3]!);
    return addDays(base, 7 * weeks);
  }
  if (/\btomorrow\s+week\b/.test(text)) return addDays(today, 8); // "tomorrow week": a week tomorrow
  match = new RegExp(`\\b${WEEKDAY}\\s+week\\b`).exec(text);
  if (match) return addDays(nextWeekday(today, match[1]!), 7);
  match = new RegExp(`\\b${WEEKDAY},?\\s+(?:of\\s+)?(this|next)\\s+week\\b|\\b(this|next)\\s+week,?\\s+(?:(?:on|in)\\s+)?${WEEKDAY}\\b`).exec(text);
  if (match) {
    const weekday = WEEKDAY_NAMES.indexOf((match[1] ?? match[4])!);
    const weekStart = addDays(mondayOf(today), (match[2] ?? match[3]) === 'next' ? 7 : 0);
    const day = addDays(weekStart, (weekday + 6) % 7);
    return compareDays(day, today) >= 0 ? day : null;
  }
  match = /\bthis time next (week|month|year)\b/.exec(text);
  if (match) {
    if (match[1] === 'week') return addDays(today, 7);
    const months = match[1] === 'month' ? 1 : 12;
    const month0 = today.month - 1 + months;
    const year = today.year + Math.floor(month0 / 12);
    const month = (month0 % 12) + 1;
    return { year, month, day: Math.min(today.day, daysInMonth(year, month)) };
  }
  return null;
}

function afterTheWeekend(text: string, today: CalendarDay): CalendarDay | null {
  return /\bafter\s+(?:the\s+)?weekend\b/.test(text) ? addDays(mondayOf(today), 7) : null;
}

function weekend(text: string, today: CalendarDay): CalendarDay | null {
  // "before weekend", "b4 wkend" (round six): the Friday, as with "the".
  const match = /(?<!\b(?:every|each)\s)\b(before\s+(?:the\s+)?)?(next\s+)?weekend\b/.exec(text);
  if (!match) return null;
  const saturday = addDays(mondayOf(today), 5);
  if (match[1]) return latest(today, addDays(saturday, match[2] ? 6 : -1)); // the Friday before it
  if (match[2]) return addDays(saturday, 7);
  return compareDays(today, saturday) > 0 ? today : saturday;
}

/** A month on its own ("October", "in Oct"), given for a deadline, means by the end of it. */
function wholeMonth(text: string, today: CalendarDay): CalendarDay | null {
  const match = new RegExp(`^(?:(?:in|during|sometime in|some time in|by|before|until|till) )?(?:(next|this) )?${MONTH}$`).exec(text);
  return match ? lastDayOfMonth(match[2]!, match[1] === 'next', today) : null;
}

/**
 * "finish the course by next May": a month with a cue, ending the step, is read as a whole month too;
 * tried after chrono (see dates.ts), so "ring them friday and start in june" stays Friday.
 */
export function monthEndingTheText(text: string, today: CalendarDay): CalendarDay | null {
  const match = new RegExp(`\\b(?:in|during|by|before|until|till) (?:(next|this) )?${MONTH}[.!]*$`).exec(text);
  return match ? lastDayOfMonth(match[2]!, match[1] === 'next', today) : null;
}

/** The last day of the month named, the next time it comes round ("next" November, said in November, is a year away). */
function lastDayOfMonth(name: string, next: boolean, today: CalendarDay): CalendarDay {
  const month = MONTH_NAMES.findIndex((full) => full.startsWith(name.slice(0, 3))) + 1;
  const year = month > today.month || (month === today.month && !next) ? today.year : today.year + 1;
  return { year, month, day: daysInMonth(year, month) };
}

/** "mid December", "the start of March", "early January": chrono only reads the month. */
function partOfNamedMonth(text: string, today: CalendarDay): CalendarDay | null {
  const match = new RegExp(`\\b${PART}\\s+(?:of\\s+)?${MONTH}\\b`).exec(text);
  if (!match) return null;
  const month = MONTH_NAMES.findIndex((name) => name.startsWith(match[2]!.slice(0, 3))) + 1;
  const year = month >= today.month ? today.year : today.year + 1;
  return latest(today, { year, month, day: dayForPart(match[1]!, year, month) });
}

/** "by the 20th", "Friday 4th", "the 5th of next month": the next time that day of the month comes round. */
function dayOfMonth(text: string, today: CalendarDay): CalendarDay | null {
  const cue = `by|on|before|until|till|${WEEKDAY_NAMES.join('|')}`;
  const pattern = new RegExp(`\\b(?:(${cue})\\s+)?(the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b(\\s+of\\s+(?:this|next|the)\\s+month\\b)?`, 'g');
  for (const match of text.matchAll(pattern)) {
    const rest = text.slice(match.index + match[0].length);
    const endsThePhrase = /^\s*(?:$|[.,!?;)]|(?:at|and|or|so|then|please|if|latest|when|because|in|this|next|i|we|hopefully|maybe|probably|ok|okay|thanks|too)\b)/.test(rest);
    const isWholeText = match[0] === text;
    if (!(match[1] || match[2] || isWholeText) || !(endsThePhrase || match[4])) continue;
    const dayNumber = Number(match[3]);
    if (dayNumber < 1 || dayNumber > 31) return null;
    let candidate = { year: today.year, month: today.month, day: dayNumber };
    if (match[4]?.includes('next')) candidate = nextMonthOf(candidate);
    for (let tries = 0; tries < 3; tries++) {
      if (dayNumber <= daysInMonth(candidate.year, candidate.month) && compareDays(candidate, today) >= 0) return candidate;
      candidate = nextMonthOf(candidate);
    }
  }
  return null;
}

/**
 * "this week", "end of next week", "by next month", "later this month", "end of the year".
 * "From next week" (or "starting", "commencing" next week or month) is the first day of it: Monday,
 * or the 1st. Asked "by when?" for a step, a client who says it means to begin then, and the step's
 * day is the day it is first done, as "starting tomorrow" and "from monday" are; reading the Friday
 * (as plain "next week" is) had put the step at the end of a week the client meant to start it in.
 */
function partOfPeriod(text: string, today: CalendarDay): CalendarDay | null {
  if (/\b(?:in|within|over|during)\s+the\s+next\s+(?:week|month|year)\b/.test(text)) return null; // "within 7 days": chrono's job
  // "the beginning of the next month" is the 1st, as "the beginning of next month" is (eighth batch).
  const pattern = new RegExp(`(?:\\b(by|before|from|starting|commencing)\\s+)?(?:\\b(?:the\\s+)?${PART}\\s+(?:of\\s+)?)?\\b(?:(?:the\\s+)?(this|the|next)\\s+)?(week|month|year)\\b`, 'g');
  for (const match of text.matchAll(pattern)) {
    const [, cue, part, which, period] = match;
    if (!part && which !== 'this' && which !== 'next') continue;
    if (!part && /\b(?:every|each|a|per)\s*$/.test(text.slice(0, match.index))) continue;
    const next = which === 'next';
    if (cue && next && !part) return startOfPeriod(period!, today, 1);
    return dayInPeriod(period!, part ?? 'end', today, next);
  }
  return null;
}

function dayInPeriod(period: string, part: string, today: CalendarDay, next: boolean): CalendarDay {
  if (period === 'week') {
    const monday = addDays(mondayOf(today), next ? 7 : 0);
    const offset = ['start', 'beginning', 'early'].includes(part) ? 0 : ['mid', 'middle'].includes(part) ? 2 : 4;
    const day = addDays(monday, offset);
    if (next || compareDays(day, today) >= 0) return day;
    // At the weekend, "the end of the week" can only mean Sunday.
    return offset === 4 ? addDays(monday, 6) : today;
  }
  const start = startOfPeriod(period, today, next ? 1 : 0);
  if (period === 'month') return latest(today, { ...start, day: dayForPart(part, start.year, start.month) });
  const month = ['start', 'beginning', 'early'].includes(part) ? 1 : ['mid', 'middle'].includes(part) ? 7 : 12;
  return latest(today, { year: start.year, month, day: month === 12 ? 31 : 1 });
}

function startOfPeriod(period: string, today: CalendarDay, periodsAhead: number): CalendarDay {
  if (period === 'week') return addDays(mondayOf(today), 7 * periodsAhead);
  if (period === 'year') return { year: today.year + periodsAhead, month: 1, day: 1 };
  return periodsAhead ? nextMonthOf({ ...today, day: 1 }) : { ...today, day: 1 };
}

function dayForPart(part: string, year: number, month: number): number {
  if (['start', 'beginning', 'early'].includes(part)) return 1;
  if (['mid', 'middle'].includes(part)) return 15;
  return daysInMonth(year, month);
}

/** "after payday", "when i get paid": a day only the client knows, asked about in its own terms. */
export function mentionsPayday(text: string): boolean {
  return /\b(?:pay ?day|get paid|gets paid|i am paid|im paid|(?:wages?|pay|uc|universal credit|money) (?:comes?|goes|lands?|is) in)\b/i.test(text);
}
