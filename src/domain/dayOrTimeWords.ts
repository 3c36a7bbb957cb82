// "tuesday 8th", "the 15th", "3pm": words that name a day or a time, whose numbers are dates,
// never answers on a scale (a confidence from 1 to 10).
const NAMES_A_DAY_OR_TIME = new RegExp(
  [
    String.raw`\b\d{1,2}(?:st|nd|rd|th)\b`,
    String.raw`\b(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?\b`,
    String.raw`\b(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\b`,
    String.raw`\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b`,
    String.raw`\b\d{1,2}:\d{2}\b`,
  ].join('|'),
  'i',
);

/** A day or a time in the words: a number in them is a date, never an answer on a scale. */
export function namesADayOrTime(text: string): boolean {
  return NAMES_A_DAY_OR_TIME.test(text);
}
