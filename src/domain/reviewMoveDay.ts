// The day a client says at "Which day would suit you better?" when moving their own review, and the
// days said back before they are kept. Play-testing, December: "any day except monday" took Monday;
// "actually never mind" was read as good news; "can we do tuesday" with the review on Monday 15 June
// went to Tuesday 9 June (tomorrow); "Done. Your review is now on Saturday 20 June" with no check.
// - a day after "except", "but", "not", "cant do" is never the one wanted; the words left are read;
// - "never mind", "forget it", "leave it": the move stops and nothing changes;
// - a weekday named that falls within one working day of today is read as the first such day after
//   the review's day now, and said back ("Do you mean Tuesday 16 June?"); a weekend day, today, the
//   next working day, or a day dateWorthChecking.ts would check, is said back as read. Pure: no I/O.
import { addDays, compareDays, weekdayOf, type CalendarDay } from './dateCalendar.ts';
import { dayWorthChecking } from './dateWorthChecking.ts';
import { calendarDayIn, type DateContext } from './dates.ts';
import { atLocalTime } from './reminderTiming.ts';

const WEEKDAYS: ReadonlyArray<readonly [number, string]> = [
  [0, 'sun(?:day)?s?'],
  [1, 'mon(?:day)?s?'],
  [2, 'tue(?:s|sday)?s?'],
  [3, 'wed(?:s|nesday)?s?'],
  [4, 'thu(?:r|rs|rsday)?s?'],
  [5, 'fri(?:day)?s?'],
  [6, 'sat(?:urday)?s?'],
];
const A_WEEKDAY = WEEKDAYS.map(([, name]) => name).join('|');
const NOT_THIS_DAY = new RegExp(
  String.raw`\b(?:except|(?:any ?(?:day|time|thing)|anything|any) but|not|apart from|other than|cant do|cant make|cant come|cant|cannot do|cannot|never)\s+(?:on\s+)?(?:a\s+)?(?:next\s+|this\s+)?(?:${A_WEEKDAY})\b`,
  'g',
);
const FILLER = /\b(?:any day|any other day|anytime|any time|anything|any|ok|okay|please|pls|instead|(?:would|will|is|are) (?:be )?(?:better|fine|good|ok|best)|works|suits me|(?:can|could) (?:we|i|you) (?:do it|do|make it|have it|come in|come|go for)(?: on)?|how about|what about|i can do|id rather|i would rather|rather)\b/g;
const CANCEL = /^(?:(?:actually|oh|ok|okay|no|nah|erm|um|umm|sorry|its fine|on second thoughts)\s+)*(?:never ?mind|nvm|forget it|forget that|dont bother|dont worry|leave it|keep it|no thanks|no thank you|cancel(?: that| it)?|dont move it|i dont want to move it|i ll keep it|ill keep it)(?:\s+(?:then|thanks|sorry|its fine|as it is|where it is|the same))*$/;

const tidy = (text: string) => text.toLowerCase().replace(/['\u2019`]/g, '').replace(/[^\p{L}\p{N}/]+/gu, ' ').replace(/\s+/g, ' ').trim();

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
  const named = WEEKDAYS.filter(([, name]) => new RegExp(String.raw`\b(?:${name})\b`).test(words));
  return named.length === 1 ? named[0]![0] : null;
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
