// A number in a reply to "how sure do you feel, from 1 to 10?" is a rating only when it is not
// something else: a day or a time ("tuesday 8th", "3pm"), or a count of things done ("i did 2 of
// them", "one at primark"). Both rating readers (the goal's confidence, the self-assessment's
// scale) ask here first.
import { namesADayOrTime } from './dayOrTimeWords.ts';

const NUMBER = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)`;
const NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten)`;
const THINGS = String.raw`(?:jobs?|applications?|apps|times?|days?|weeks?|hours?|shops?|places?|people|adverts?|ads|interviews?|calls?|emails?|forms?|cvs?|letters?|companies|employers?|agencies)`;

const COUNTS_THINGS = new RegExp(
  [
    // "did 2", "applied for 3", "sent off two"
    String.raw`\b(?:did|done|applied(?: for| to)?|sent(?: off| out)?|made|rang|called|phoned|emailed|visited|finished|completed|got|filled(?: in)?)\s+(?:only |just |about |like )?${NUMBER}\b`,
    // "2 of them", "3 jobs", "two applications"
    String.raw`\b${NUMBER}\s+(?:of (?:them|those|the|my)|${THINGS})\b`,
    // "one at primark", "one for costa": a number word standing for a thing
    String.raw`\b${NUMBER_WORD}\s+(?:at|for|with|in|from)\s+(?!(?:least|most|a push|the moment|the minute|best|sure|certain|definite|real|now|today)\b)`,
  ].join('|'),
  'i',
);

/** The number in these words is a date, a time or a count of things, never a rating. */
export function numberIsNotARating(text: string): boolean {
  return namesADayOrTime(text) || COUNTS_THINGS.test(text);
}
