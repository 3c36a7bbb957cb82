// "monday 3rd" where the 3rd is a Friday: a weekday and a date that are not the same day. The date
// reader takes the date; the client is asked which they meant rather than given a day they did not
// say (play-testing, round nine: "monday 3rd" had become Friday 3 July with no check).
import { normaliseAnswer } from './answers.ts';
import { expandDay, WEEKDAY_NAMES, weekdayOf } from './datePhrases.ts';
import { calendarDayIn } from './dates.ts';

const NAMED_DAY = /\b(sun|mon|tues?|wed(?:nes|s)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\b/;
const DAY_OF_MONTH = /\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:the )?\d{1,2}(?:\/\d{1,2})\b/;
const capitalised = (day: number): string => WEEKDAY_NAMES[day]!.replace(/^./, (first) => first.toUpperCase());

/** The weekday the words name, when the date read from them falls on another; null when they agree. */
export function weekdayThatDisagrees(text: string, date: Date, timeZone: string): { said: string; isReally: string } | null {
  const words = normaliseAnswer(text);
  const named = NAMED_DAY.exec(words)?.[1];
  if (named === undefined || !DAY_OF_MONTH.test(words)) return null;
  const said = WEEKDAY_NAMES.indexOf(expandDay(named.replace(/s$/, '')));
  const really = weekdayOf(calendarDayIn(date, timeZone));
  return said === -1 || said === really ? null : { said: capitalised(said), isReally: capitalised(really) };
}
