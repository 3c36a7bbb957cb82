// When a job that ended ended. Play-testing, round twenty-five: "They restructured the office and I
// was made redundant, that was over a year ago", said about why she wants office work, was handed to
// the adviser as news of a job loss (IPS: be in touch within 3 days). A job lost six months or more
// ago is work history, not news. Words are matched as escalationRules.ts matches them: lower case.

const HOW_ROUGH = String.raw`(?:(?:well |just |only )?(?:over|more than|about|around|nearly|almost|roughly|like)\s+)?`;
const SOME_YEARS = String.raw`(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|a couple of|couple of|couple|many|several|some)`;
const SOME_MONTHS = String.raw`(?:six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|[6-9]|[1-9]\d)`;
// "over a year ago", "18 months ago", "last year", "years ago". A year named is left: the words hold no clock.
const LONG_AGO = new RegExp(
  String.raw`\b${HOW_ROUGH}${SOME_YEARS}\s+(?:years?|yrs?|yeers?)\s+(?:ago|back)\b|\b${HOW_ROUGH}${SOME_MONTHS}\s+months?\s+(?:ago|back)\b|` +
    String.raw`\b(?:last year|the year before last|years ago|years back|ages ago|(?:a )?(?:long|good long) (?:time|while) ago|donkeys years)\b`,
);
// Two years or more: too long ago to count at "Have you had a paid job in the last two years?".
const TWO_YEARS_OR_MORE = new RegExp(
  String.raw`\b(?:(?:over|more than|about|around|nearly|almost|roughly)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|\d\d|a few|a couple of|couple of|couple|many|several|some)\s+(?:years?|yrs?|yeers?)\s+(?:ago|back)\b|` +
    String.raw`\b(?:the year before last|years ago|years back|ages ago|(?:a )?(?:long|good long) (?:time|while) ago|donkeys years)\b`,
);

/** "that was over a year ago", "18 months ago": the words place it six months or more ago. */
export function saysItWasLongAgo(words: string): boolean {
  return LONG_AGO.test(words.toLowerCase());
}

/** "3 years ago", "ages ago": two years or more ago. "over a year ago" and "last year" are not. */
export function saysItWasTwoYearsAgoOrMore(words: string): boolean {
  return TWO_YEARS_OR_MORE.test(words.toLowerCase());
}

/** The words with when it happened taken out: "I was made redundant, that was over a year ago" is "I was made redundant, that was". */
export function withoutWhenItHappened(words: string): string {
  return words.replace(new RegExp(LONG_AGO.source, 'gi'), ' ');
}
