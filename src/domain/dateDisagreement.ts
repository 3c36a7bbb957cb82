// "monday 3rd" where the 3rd is a Friday: a weekday and a date that are not the same day. The date
// reader takes the date; the client is asked which they meant rather than given a day they did not
// say (play-testing, round nine: "monday 3rd" had become Friday 3 July with no check).
import { normaliseAnswer } from './answers.ts';
import { weekdayOf } from './datePhrases.ts';
import { calendarDayIn } from './dates.ts';

const WEEKDAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, weds: 3, wednes: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, satur: 6 };
const NAMED_DAY = /\b(sun|mon|tues?|wed(?:nes|s)?|thu(?:rs?)?|fri|sat(?:ur)?)(?:day)?\b/;
const DAY_OF_MONTH = /\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:the )?\d{1,2}(?:\/\d{1,2})\b/;
const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The weekday the words name, when the date read from them falls on another; null when they agree. */
export function weekdayThatDisagrees(text: string, date: Date, timeZone: string): { said: string; isReally: string } | null {
  const words = normaliseAnswer(text);
  const named = NAMED_DAY.exec(words)?.[1];
  if (named === undefined || !DAY_OF_MONTH.test(words)) return null;
  const said = WEEKDAYS[named];
  const really = weekdayOf(calendarDayIn(date, timeZone));
  return said === undefined || said === really ? null : { said: WEEKDAY_NAMES[said]!, isReally: WEEKDAY_NAMES[really]! };
}
