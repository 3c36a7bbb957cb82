// The holidays the date reader knows as days (Christmas Eve, Christmas, Boxing Day, New Year's Eve and
// Day, Good Friday, Easter Sunday and Monday), and the holiday times that name no single day ("in the
// new year", "the christmas hols", "half term", "a bank holiday"), which are rewritten so no day is
// read from them and the coach asks. Pure: calendar days in the client's own zone.
import { addDays, compareDays, type CalendarDay } from './dateCalendar.ts';

const FIXED: Array<[RegExp, number, number]> = [
  [/\bchristmas eve\b/, 12, 24],
  [/\bboxing day\b/, 12, 26],
  [/\bchristmas\b/, 12, 25],
  [/\bnew years?'?s? eve\b/, 12, 31],
  [/\bnew years?'?s?(?: day)?\b/, 1, 1],
  [/\b(?:bonfire|guy fawkes'?)\s+night\b/, 11, 5], // round five
  [/\bhall?owe'?en\b/, 10, 31], // round eight
];
// Days counted from Easter Sunday.
const EASTER: Array<[RegExp, number]> = [
  [/\bgood friday\b/, -2],
  [/\beaster monday\b/, 1],
  [/\beaster(?: sunday| day)?\b/, 0],
];

/** The next time the holiday named comes round, today included; null when none is named. */
export function holiday(text: string, today: CalendarDay): CalendarDay | null {
  const fixed = FIXED.find(([pattern]) => pattern.test(text));
  if (fixed) {
    const thisYear = { year: today.year, month: fixed[1], day: fixed[2] };
    return compareDays(thisYear, today) >= 0 ? thisYear : { ...thisYear, year: today.year + 1 };
  }
  const fromEaster = EASTER.find(([pattern]) => pattern.test(text));
  if (!fromEaster) return null;
  const thisYear = addDays(easterSunday(today.year), fromEaster[1]);
  return compareDays(thisYear, today) >= 0 ? thisYear : addDays(easterSunday(today.year + 1), fromEaster[1]);
}

/** Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus). */
export function easterSunday(year: number): CalendarDay {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

// "The christmas hols", "the easter holidays", "the october half term", "the summer break": school
// and work holidays that start and end on days only the client knows. "In the new year" is some day
// after it, not 1 January ("by the new year" still is). "Bank holiday monday": which one differs
// across the UK. All give no day, so the coach asks for one.
const SEASON = /\b(?:the\s+)?(?:christmas|easter|summer|school|october|february|may|spring|winter|half[- ]term)\s+(?:holidays?|hols|break)\b/g;
const NEW_YEAR_SOMETIME = /\b(?:(?:early|late|sometime|some time|at some point)\s+)?(?:in|into|during|over)\s+the\s+new\s+year\b/g;
// "Not till the new year": some day after it, like "after new year" (round seven found it read as 1 January).
const NOT_TILL_NEW_YEAR = /\bnot\s+(?:un)?till?\s+(?:after\s+)?the\s+new\s+year\b/g;
// "When the kids break up for xmas": the day school ends, which only the client knows, not Christmas Day (round eight).
const BREAK_UP_FOR = /\b(?:break(?:s|ing)?|broke|finish(?:es|ing)?) up for (?:the )?(?:christmas|easter|summer|half[- ]term)(?: holidays?| hols)?\b/g;
const BANK_HOLIDAY = /\b(?:(?:the|next|a|on)\s+)?bank\s+hol(?:iday)?s?(?:\s+(?:monday|weekend))?\b/g;

/** Rewrites holiday times that name no single day into words that give none. */
export function holidaySeasonsAsVague(text: string): string {
  return text.replace(BREAK_UP_FOR, 'break up for the holidays').replace(SEASON, 'the holidays').replace(NOT_TILL_NEW_YEAR, 'some time').replace(NEW_YEAR_SOMETIME, 'some time').replace(BANK_HOLIDAY, 'a holiday');
}
