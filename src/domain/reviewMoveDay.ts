// The day a client says at "Which day would suit you better?" when moving their own review, and the
// days said back before they are kept. Play-testing, December: "any day except monday" took Monday;
// "actually never mind" was read as good news; "can we do tuesday" with the review on Monday 15 June
// went to Tuesday 9 June (tomorrow); "Done. Your review is now on Saturday 20 June" with no check.
// - a day after "except", "but", "not", "cant do" is never the one wanted; the words left are read;
// - "never mind", "forget it", "leave it": the move stops and nothing changes;
// - a weekday named that falls within one working day of today is read as the first such day after
//   the review's day now, and said back ("Do you mean Tuesday 16 June?"); a weekend day, today, the
//   next working day, or a day dateWorthChecking.ts would check, is said back as read.
// Round three: day names are the shared ones (datePhrases.ts, with two-slip spellings from
// dateDaySpellings.ts); "the 31st" in June is known as a day June lacks; "fri" typed just after a
// move is read as the day wanted instead. Pure: no I/O.
import { normaliseAnswer } from './answers.ts';
import { daySpeltAnyWay } from './dateDaySpellings.ts';
import { addDays, compareDays, daysInMonth, expandDay, WEEKDAY_NAMES, weekdayOf, type CalendarDay } from './datePhrases.ts';
import { MONTH } from './dateWords.ts';
import { dayWorthChecking } from './dateWorthChecking.ts';
import { calendarDayIn, type DateContext } from './dates.ts';
import { atLocalTime } from './reminderTiming.ts';

// The shared day names, as typed short: each start of three letters or more the shared expandDay
// reads as that day ("wed", "thurs"), with an "s" after it ("weds", "mondays").
const DAY_STARTS = WEEKDAY_NAMES.flatMap((name) => [...name].map((_, end) => name.slice(0, end + 1)).filter((start) => start.length >= 3 && expandDay(start) === name));
const A_WEEKDAY = `(?:${DAY_STARTS.sort((a, b) => b.length - a.length).join('|')})s?`;
const NOT_THIS_DAY = new RegExp(
  String.raw`\b(?:except|(?:any ?(?:day|time|thing)|anything|any) but|not|apart from|other than|cant do|cant make|cant come|cant|cannot do|cannot|never)\s+(?:on\s+)?(?:a\s+)?(?:next\s+|this\s+)?(?:${A_WEEKDAY})\b`,
  'g',
);
const FILLER = /\b(?:any day|any other day|anytime|any time|anything|any|ok|okay|please|pls|instead|(?:would|will|is|are) (?:be )?(?:better|fine|good|ok|best)|works|suits me|(?:can|could) (?:we|i|you) (?:do it|do|make it|have it|come in|come|go for)(?: on)?|how about|what about|i can do|id rather|i would rather|rather)\b/g;
const CANCEL = /^(?:(?:actually|oh|ok|okay|no|nah|erm|um|umm|sorry|its fine|on second thoughts)\s+)*(?:never ?mind|nvm|forget it|forget that|dont bother|dont worry|leave it|keep it|no thanks|no thank you|cancel(?: that| it)?|dont move it|i dont want to move it|i ll keep it|ill keep it)(?:\s+(?:then|thanks|sorry|its fine|as it is|where it is|the same))*$/;

/**
 * The shared normaliseAnswer, a slash between numbers kept ("16/6" stays a date), and a day name typed
 * with two slips written as said ("thrusdy" is "thursday", dateDaySpellings.ts).
 */
export function tidyReviewWords(text: string): string {
  return text
    .split(/(?<=\d)\s*\/\s*(?=\d)/)
    .map(normaliseAnswer)
    .join('/')
    .replace(/[a-z]+/g, (word) => daySpeltAnyWay(word) ?? word);
}
const tidy = tidyReviewWords;

/** "actually never mind", "forget it", "leave it as it is": the client no longer wants to move it. */
export function moveCancelled(text: string): boolean {
  return CANCEL.test(tidy(text));
}

/** The words to read the wanted day from: unchanged unless a day is ruled out ("any day except monday" gives ''). */
export function wantedDayWords(text: string): string {
  const said = tidy(text);
  const left = said.replace(NOT_THIS_DAY, ' ');
  if (left === said) return text;
  return left.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
}

/** The weekday named in the words (0 Sunday), when only one is. */
function weekdayNamed(words: string): number | null {
  const said = words.match(new RegExp(String.raw`\b${A_WEEKDAY}\b`, 'g')) ?? [];
  const named = new Set(said.map((word) => WEEKDAY_NAMES.findIndex((name) => name === expandDay(word) || name === expandDay(word.replace(/s$/, '')))));
  return named.size === 1 ? [...named][0]! : null;
}

export type SayBackWhy = 'after-review' | 'soon' | 'weekend' | 'check';

/**
 * The day to say back for a Yes before the review moves to it, or null when `day` (read from `text`)
 * is kept as it is. `current`: the review's day now.
 */
export function reviewDayToSayBack(text: string, day: CalendarDay, current: CalendarDay, context: DateContext): { day: CalendarDay; why: SayBackWhy } | null {
  const today = calendarDayIn(context.now, context.timeZone);
  let nextWorking = addDays(today, 1);
  while (weekdayOf(nextWorking) === 0 || weekdayOf(nextWorking) === 6) nextWorking = addDays(nextWorking, 1);
  const soon = compareDays(day, nextWorking) <= 0;
  const words = tidy(text);
  const weekday = weekdayNamed(words);
  if (soon && weekday !== null && weekday === weekdayOf(day)) {
    let after = addDays(current, 1);
    while (weekdayOf(after) !== weekday) after = addDays(after, 1);
    if (compareDays(after, nextWorking) > 0) return { day: after, why: 'after-review' };
  }
  if (soon) return { day, why: 'soon' };
  if (weekdayOf(day) === 0 || weekdayOf(day) === 6) return { day, why: 'weekend' };
  return dayWorthChecking(text, atLocalTime(day, 12, context.timeZone), context) ? { day, why: 'check' } : null;
}

// "i cant make monday", "cant do thurs can we do next tues": a day ruled out with no review named.
const CANT_DAY = new RegExp(
  String.raw`^(?:(?:hi|hiya|hey|sorry|soz|so|ok|oh|um|erm|i)\s+)*(?:cant|cannot|can not|wont be able to|am not able to|im not able to|not able to)\s+` +
    String.raw`(?:make|do|come(?: in)?|manage|get in|make it)(?:\s+it)?(?:\s+on)?(?:\s+this)?\s+(${A_WEEKDAY})\b(.*)$`,
);

/**
 * A weekday ruled out with no review named ("i cant make monday"), as a wish to move the review, but
 * only when `reviewDay` (the review's day now) is that weekday: the words then read as
 * "cant make my review ..." (any day wanted instead kept). Null when no day is ruled out or another is.
 */
export function reviewDayRuledOut(text: string, reviewDay: CalendarDay): string | null {
  const match = CANT_DAY.exec(tidy(text));
  if (!match) return null;
  const weekday = weekdayNamed(match[1]!);
  return weekday === weekdayOf(reviewDay) ? `cant make my review ${match[1]}${match[2] ?? ''}`.trim() : null;
}

// "the 31st", "on the 30th": a day of the month with no month named ("the 31st of july" names one).
const NO_MONTH_AFTER = String.raw`(?!\s+(?:of\s+)?${MONTH}\b)`;
const DAY_OF_THE_MONTH = new RegExp(String.raw`(?:^|\s)(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)${NO_MONTH_AFTER}|(?:^|\s)the\s+(\d{1,2})(?=\s|$)${NO_MONTH_AFTER}`);

/**
 * "the 31st" said in June, which has none: the month that lacks it (today's), when `read` (the day the
 * date reader took from `text`) is that day of a later month. Null when the month has the day, or
 * another was read.
 */
export function monthLackingTheDay(text: string, read: CalendarDay, today: CalendarDay): { year: number; month: number; dayOfMonth: number } | null {
  const match = DAY_OF_THE_MONTH.exec(tidy(text));
  const dayOfMonth = Number(match?.[1] ?? match?.[2]);
  if (!dayOfMonth || dayOfMonth > 31 || dayOfMonth <= daysInMonth(today.year, today.month)) return null;
  const later = read.year > today.year || read.month > today.month;
  return later && read.day === dayOfMonth ? { year: today.year, month: today.month, dayOfMonth } : null;
}

// Said just after a move, to change the day: "sorry i meant friday", "oops make that weds", "no friday".
const CORRECTION_LEAD = /^(?:(?:no|nah|nope|sorry|soz|oops|oh|ah|actually|wait|hang on|i meant|i mean|meant|make (?:that|it)|(?:can|could) (?:we|i|you) (?:do|make it|have it|change it to|move it to)|change (?:that|it) to|not that|ok|okay)\s+)+|^/;
const CORRECTION_TAIL = /(?:\s+(?:instead|please|pls|plz|sorry|soz|thanks|then|then please))+$/;

/** The day words of a short correction typed just after a move ("fri", "sorry i meant friday"), or null when the words are more. */
export function dayCorrectionWords(text: string): string | null {
  const said = tidy(text).replace(CORRECTION_LEAD, '').replace(CORRECTION_TAIL, '').trim();
  if (!said || said.split(' ').length > 4 || !new RegExp(String.raw`\b${A_WEEKDAY}\b|\b\d{1,2}(?:st|nd|rd|th)?\b|\btomorrow\b`).test(said)) return null;
  return said;
}
