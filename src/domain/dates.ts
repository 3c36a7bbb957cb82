import * as chrono from 'chrono-node';
import { TZDate, tzOffset } from '@date-fns/tz';
import { format } from 'date-fns';
import { instantAtLocal, localClock, remembered } from './zonedTime.ts';
import { addDays, compareDays, dayForWeekday, daysInMonth, monthEndingTheText, normaliseDateText, resolveOwnPhrase, type CalendarDay } from './datePhrases.ts';
import { afterNextAsNext } from './dateCorrections.ts';
import { countedFromAnotherDay } from './dateCountedFrom.ts';
export { extractDueDate, type ExtractedDueDate } from './dateExtract.ts';

export interface DateContext {
  now: Date;
  /** IANA zone name of the client, e.g. "Europe/London". */
  timeZone: string;
}

/**
 * Reads a due date from what the client typed ("by Friday", "in a fortnight", "05/12/2026").
 * Returns null when no date is given ("soon", "asap", "when I'm ready"): those are not dates the
 * client can plan for, so the coach should ask for a day instead of guessing one.
 *
 * Time of day: a due date is a calendar day, so the result is 00:00 of that day in the client's
 * zone. Midnight (not noon or 23:59) keeps the instant on the right local day whatever the offset,
 * and means "due today" compares equal to the start of today. Only an explicit clock time
 * ("tomorrow at 3pm", "in 2 hours") keeps its time. The result is never before today.
 */
export const MAX_DATE_TEXT_LENGTH = 300;

export function parseDueDate(text: string, context: DateContext): Date | null {
  const { now, timeZone } = context;
  if (Number.isNaN(tzOffset(timeZone, now))) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const today = calendarDayIn(now, timeZone);
  // A date is said near the start; a pasted page is not searched for one.
  const normalised = normaliseDateText(correctSlips(text.slice(0, MAX_DATE_TEXT_LENGTH)));
  if (!normalised || NO_SUCH_DAY_OF_THE_MONTH.test(normalised)) return null;
  const afterNext = afterNextAsNext(normalised);
  if (afterNext) return aWeekAfterNext(afterNext, context);
  // "the day after my interview on thursday": the day named, moved by the count (no day if none is named).
  const counted = countedFromAnotherDay(normalised);
  const countedFrom = counted && parseDueDate(counted.from, context);
  if (counted && countedFrom) {
    const day = counted.kind === 'days' ? addDays(calendarDayIn(countedFrom, timeZone), counted.days) : null;
    return day && compareDays(day, today) >= 0 ? localInstant(day, timeZone) : null;
  }

  const ownDay = resolveOwnPhrase(normalised, today);
  if (ownDay) {
    // "by 5 on the 12th", "at 3 on friday the 4th": the day is ours, the time said with it is kept.
    const time = clockTimeIn(normalised);
    return time ? localInstant(ownDay, timeZone, time.hour, time.minute) : localInstant(ownDay, timeZone);
  }

  // chrono-node understands no IANA names, only a fixed offset; we read back calendar fields only,
  // and rebuild the instant in the zone, so a DST change between now and the date does no harm.
  const reference = { instant: now, timezone: tzOffset(timeZone, now) };
  for (const result of chrono.en.GB.parse(normalised, reference, { forwardDate: true })) {
    if (!looksLikeADueDate(result, normalised)) continue;
    const { start } = result;
    // "in 2 hours" is an exact span of time, so keep chrono's instant (right across a DST change).
    if (start.tags().has('result/relativeDateAndTime')) return start.date();
    let day: CalendarDay = { year: start.get('year')!, month: start.get('month')!, day: start.get('day')! };
    const weekdayOnly = start.isCertain('weekday') && !start.isCertain('day');
    // A month given for a deadline ("by next April", "in March") is its last day, as "December" is.
    const monthOnly = start.isCertain('month') && !start.isCertain('day') && !weekdayOnly && !start.tags().has('result/relativeDate');
    if (monthOnly) day = { ...day, day: daysInMonth(day.year, day.month) };
    if (weekdayOnly) day = dayForWeekday(today, start.get('weekday')!, whichWeekday(result.text));
    else if (start.isCertain('month') && !start.isCertain('year')) day = earliestFromToday(day, today);
    // "Next November" said in November is a year away.
    if (monthOnly && day.year === today.year && day.month === today.month && /\bnext\s+$/.test(normalised.slice(0, result.index))) {
      day = { ...day, year: day.year + 1 };
    }
    if (compareDays(day, today) < 0) continue;
    if (!start.isCertain('hour')) return localInstant(day, timeZone);
    const hour = afternoonUnlessSaid(start);
    const minute = start.get('minute') ?? 0;
    // A time with no day ("by 5") is the next time the clock shows it: today if still to come.
    if (!DATE_PARTS.some((part) => start.isCertain(part))) {
      const later = localInstant(today, timeZone, hour, minute);
      return later >= now ? later : localInstant(addDays(today, 1), timeZone, hour, minute);
    }
    return localInstant(day, timeZone, hour, minute);
  }
  const month = monthEndingTheText(normalised, today); // "by next May", which chrono does not read
  return month ? localInstant(month, timeZone) : null;
}

/**
 * "Tuesday after next" is a week after "next Tuesday", and "the week after next" a week after "next
 * week", whatever day those give. A day said before it ("tomorrow or Tuesday after next") wins.
 */
function aWeekAfterNext(afterNext: { text: string; before: string }, context: DateContext): Date | null {
  const due = parseDueDate(afterNext.text, context);
  if (!due) return null;
  const dueClock = localClock(due, context.timeZone);
  const saidBefore = afterNext.before.trim() && parseDueDate(afterNext.before, context);
  if (saidBefore && compareDays(calendarDayIn(saidBefore, context.timeZone), dueClock) === 0) return due;
  return localInstant(addDays(dueClock, 7), context.timeZone, dueClock.hour, dueClock.minute);
}

/** Plain words for a due date, e.g. "Friday 5 December" (the year only when it is not this year). */
export function formatDueDate(date: Date, timeZone: string, options: { now?: Date } = {}): string {
  const thisYear = options.now ? localClock(options.now, timeZone).year : null;
  const key = `${date.getTime()} ${timeZone} ${thisYear}`;
  return dueDateWords.get(key) ?? dueDateWords.set(key, dueDateWordsOf(date, timeZone, thisYear));
}

// The same few due dates are written on every plan card and reminder.
const dueDateWords = remembered<string>();

function dueDateWordsOf(date: Date, timeZone: string, knownYear: number | null): string {
  const local = new TZDate(date.getTime(), timeZone);
  const thisYear = knownYear ?? local.getFullYear();
  let words = format(local, local.getFullYear() === thisYear ? 'EEEE d MMMM' : 'EEEE d MMMM yyyy');
  if (local.getHours() !== 0 || local.getMinutes() !== 0) {
    words += ` at ${format(local, local.getMinutes() === 0 ? 'haaa' : 'h:mmaaa')}`;
  }
  return words;
}

export function calendarDayIn(instant: Date, timeZone: string): CalendarDay {
  const { year, month, day } = localClock(instant, timeZone);
  return { year, month, day };
}

function localInstant(day: CalendarDay, timeZone: string, hour = 0, minute = 0): Date {
  return instantAtLocal(day.year, day.month, day.day, hour, minute, timeZone);
}

// "fri 33rd", "the 0th": a slip in the day number. Reading the weekday alone would save a day the
// client may not mean, so no day is read and the coach asks again (round seven).
const NO_SUCH_DAY_OF_THE_MONTH = /(?:^|\bthe|\bon|\bby|day)\s*(?:0|3[2-9]|[4-9]\d)(?:st|nd|rd|th)\b/;

/** A day number no month has ("fri 33rd"): no day is read, gone or to come. */
export function saysNoSuchDayOfTheMonth(text: string): boolean {
  return NO_SUCH_DAY_OF_THE_MONTH.test(normaliseDateText(correctSlips(text.slice(0, MAX_DATE_TEXT_LENGTH))));
}

const DATE_PARTS: chrono.Component[] = ['day', 'weekday', 'month', 'year'];
// One span of time and nothing more: "3 days", "2 weeks". Not "one day" (some day), not "3 days a week".
const BARE_SPAN = /^(?!(?:an?|one)\s+day$)(?:\d{1,2}|an?|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days?|weeks?|months?)$/;

// chrono is generous: it reads "one day", "5 days a week", "9 to 5" and "I sat down" as dates.
// In a goal those are frequencies, durations or plain words, so we keep only what reads as a deadline.
function looksLikeADueDate(result: chrono.ParsedResult, text: string): boolean {
  const { start } = result;
  const matched = result.text.trim();
  const before = text.slice(0, result.index);
  const after = text.slice(result.index + result.text.length);
  const isWholeText = before.trim() === '' && after.trim() === '';
  const hasDate = DATE_PARTS.some((part) => start.isCertain(part));

  if (/\b(?:every|each|on)\s+$/.test(before) && /^s\b/.test(after)) return false; // "on Monday" + "s"
  if (/\b(?:every|each)\s+$/.test(before)) return false;
  if (/^(?:sat|sun|wed|mon)$/.test(matched)) return false;
  // Day first ("3/12" is 3 December): "12/25" or "11/30" has no month 25 or 30, so it is no day, not 25 December.
  if (/(?<![\d/])\d{1,2}\/(?:1[3-9]|[2-9]\d)(?!\d)/.test(matched)) return false;
  if (/^(?:right )?now$/.test(matched)) return false; // "now I want a job": a word of the sentence; "now" alone is read as today
  if (/^last\b/.test(matched) && !start.isCertain('day')) return false; // "last Friday" is past, not a deadline
  if (/^after\s+\S+\s+years?$/.test(matched)) return false; // "back into work after 10 years": how long out, not a day (round seven)
  if (/^\s*(?:that'?s\s+)?(?:just\s+)?gone\b/.test(after)) return false; // "thursday just gone" is past (round seven)
  if (start.tags().has('result/relativeDate')) {
    const saysWhen = /^(?:in|within|next|after)\b|\b(?:from now|from today|after tomorrow|later)$/.test(matched)
      || /^\s*(?:from now|from today|later|time\b|'s? time\b)/.test(after);
    // A bare span answering "when?" ("a fortnight", "2 days") counts from today; "one day" is not a date.
    if (!saysWhen && !(isWholeText && BARE_SPAN.test(matched))) return false;
  }
  if (!hasDate && !start.isCertain('hour')) return /^(?:this|tonight)\b/.test(matched);
  if (!hasDate) {
    return /am\b|pm\b|:|o'?clock|noon|midday|midnight/.test(matched) || /\b(?:at|by|before|until|till)\s+$/.test(before);
  }
  if (start.isCertain('month') && !start.isCertain('day') && !start.isCertain('year')) {
    return isWholeText || /\b(?:by|in|before|until|till|for|during|of|from|after)\s+(?:(?:next|this)\s+)?$|^\s*(?:next|this)\s+$/.test(before);
  }
  return true;
}

function whichWeekday(matched: string): 'bare' | 'this' | 'next' {
  const first = /^\s*(?:on\s+)?(this|next)\b/.exec(matched); // chrono keeps the "on" of "on next Tuesday"
  return first ? (first[1] as 'this' | 'next') : 'bare';
}

/** chrono moves a day-and-month that is today into next year; a client saying today's date means today. */
function earliestFromToday(day: CalendarDay, today: CalendarDay): CalendarDay {
  const yearBefore = { ...day, year: day.year - 1 };
  return compareDays(yearBefore, today) >= 0 ? yearBefore : day;
}

const CLOCK_TIME = /\b(?:(?:at|by|before|until|till|@)\s*(\d{1,2})(?:[:.](\d{2}))?|(\d{1,2})(?::(\d{2}))?(?=\s*[ap]m\b)|(\d{1,2}):(\d{2}))\s*([ap]m)?(?![\w/:.-]|\s*(?:st|nd|rd|th|days?|weeks?|months?|hours?|hrs?|jobs?)\b)/;

/** A clock time said with a day ("by 5", "at 3:30", "10am"), the same way chrono's are read; or null. */
function clockTimeIn(text: string): { hour: number; minute: number } | null {
  const match = CLOCK_TIME.exec(text);
  if (!match) return null;
  let hour = Number(match[1] ?? match[3] ?? match[5]);
  const minute = Number(match[2] ?? match[4] ?? match[6] ?? 0);
  const meridiem = match[7];
  if (minute > 59 || hour > (meridiem ? 12 : 23)) return null;
  if (meridiem) hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  else if (hour >= 1 && hour <= 6) hour += 12; // as afternoonUnlessSaid
  return { hour, minute };
}

/** "At 3" means 3pm: appointments and calls happen in the day, so 1 to 6 without am/pm are afternoon hours. */
function afternoonUnlessSaid(start: chrono.ParsedComponents): number {
  const hour = start.get('hour')!;
  return !start.isCertain('meridiem') && hour >= 1 && hour <= 6 ? hour + 12 : hour;
}

// Words long enough that one slip of the thumb ("fridya", "tomorrw", "Septmber") still says which
// one was meant. Short names (May, June, March: "match") are left alone, as are plurals ("Mondays"),
// which say how often, not when.
const SLIP_TARGETS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow',
  'weekend', 'week', 'january', 'february', 'august', 'september', 'october', 'november', 'december', 'fortnight', 'christmas'];

function correctSlips(text: string): string {
  return text.replace(/[A-Za-z]{5,}/g, (word) => {
    const lower = word.toLowerCase();
    if (SLIP_TARGETS.includes(lower)) return word;
    const meant = SLIP_TARGETS.find((target) => !`${target}s`.startsWith(lower) && lower !== `${target}s` && isOneSlipAway(lower, target));
    return meant ?? word;
  });
}

/** One letter added, dropped, changed, or two next to each other swapped. */
function isOneSlipAway(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return restA.slice(1) === restB.slice(1) // changed
    || restA.slice(1) === restB // added
    || restA === restB.slice(1) // dropped
    || (restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2)); // swapped
}

