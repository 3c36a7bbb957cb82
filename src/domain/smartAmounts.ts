// Numbers, amounts and how often, for analyseGoal (smart.ts): which numbers count things the client
// will do, and which only name or describe something ("2 sisters cafe", "12 pounds an hour", "level 2").

const TIME_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours',
  'hr', 'hrs', 'minute', 'minutes', 'min', 'mins', 'am', 'pm', 'fortnight', 'fortnights', 'oclock']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'dozen', 'both', 'twice']);
export const FREQUENCY = new RegExp([
  '\\b(?:every|each)\\s+(?:other\\s+)?(?:day|morning|afternoon|evening|night|week|weekday|fortnight|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b',
  '\\b(?:everyday|daily|weekly|fortnightly|monthly|nightly|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays)\\b',
  // "3 jobs a week", "twice a day"; but "in a week" is a deadline and "for a week" a duration.
  '(?<!\\b(?:in|within|for|after)\\s)\\b(?:a|per)\\s+(?:day|week|fortnight|month)\\b',
].join('|'));
export const DURATION = /\bfor\s+(?:\d+|an?|one|two|three|half\s+an)\s+(?:minutes?|mins?|hours?|hrs?)\b/;

// Numbers that describe a job or a place rather than count steps. Each is folded into one word
// ("level-2", "wage"), so neither the count nor the how-often rules see a number or "a week" in it.
const NOT_COUNTS: [RegExp, string][] = [
  // A wage: "12 pounds an hour", "12 pound an hour", "400 pounds a week", "25k".
  [/\u00a3\s*\d[\d,.]*k?(?:\s*(?:an?|per|p)\s*(?:hour|hr|week|wk|month|year|annum))?|\b\d[\d,.]*\s*(?:pounds?|quid|grand|k)\b(?:\s*(?:an?|per)\s+(?:hour|hr|week|month|year))?/g, ' wage '],
  // A distance: "within 5 miles", "10 miles from home".
  [/\b\d+(?:\.\d+)?\s*(?:miles?|mi|km|kilometres?|minutes? away|mins? away)\b/g, ' distance '],
  // Hours that are the job's, not the client's effort: "jobs with 16 hours a week".
  [/\b(with|of|on a|on)\s+\d+\s*(?:hours?|hrs?)(?:\s+(?:a|per)\s+week)?/g, '$1 set-hours'],
  // A grade or a name with a number in it: "level 2 course", "year 11", "nvq 3", "0800 number".
  [/\b(level|year|nvq|grade|band|zone|step|page|part|route|bus|unit|room|gate|platform)\s+(\d+)\b/g, '$1-$2'],
  [/\b0\d{3,}\b/g, ' phone-number '],
  // How long a job or course is: "16 hour contracts", "the 2 week sector academy"; not "for 1 hour today".
  [/\b(\d+)[- ](hour|day|week|month)\s+(?=(?:[a-z]+\s+){0,2}(?:contracts?|jobs?|roles?|posts?|positions?|courses?|programmes?|academy|placements?|shifts?|vacanc(?:y|ies)|training|bootcamp)\b)/g, '$1-$2 '],
];
// "2 sisters cafe", "24 hour garage", "99p store": a number opening a place's name.
const PLACE_NAME = /\b\d+p?\s+(?:[a-z']+\s+)?(?:cafe|garage|shop|store|bar|pub|restaurant|bakery|takeaway|hotel|salon|diner|gym|market|supermarket|boutique)\b(?!\s+[a-z]*[^su\s']s\b)/g;

/** The words as they are read for counts: wages, distances, grades and names made plain. */
export function withoutNonCounts(text: string): string {
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  return NOT_COUNTS.reduce((said, [pattern, plain]) => said.replace(pattern, plain), lower)
    .replace(PLACE_NAME, (name) => name.replace(/(\d)/, 'name-$1'));
}

// "this year sometime" names no day to check by (brief.md: a vague time), though the date reader
// would take the end of the year.
const VAGUE_PERIOD = /\b(?:(?:some ?time|at some point|some point)\s+(?:this|next)\s+year|(?:this|next)\s+year\s+(?:some ?time|at some point))\b/gi;
export function withoutVaguePeriods(text: string): string {
  return text.replace(VAGUE_PERIOD, ' ');
}

/** A number of things ("3 jobs", "three times"), not a date, a time or a deadline ("in 3 days"). */
export function hasCount(text: string): boolean {
  const withoutDates = text.toLowerCase()
    .replace(/\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b/g, ' ')
    .replace(/\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\b\d+(?:st|nd|rd|th)\b|\b\d{4}\b/g, ' ')
    .replace(/\b(?:a\s+)?couple(?:\s+of)?\b/g, ' two ')
    .replace(/\bx\s?(\d+)\b|\b(\d+)\s?x\b/g, ' $1$2 times '); // "apply for jobs x3"
  const words = wordsOf(withoutDates);
  return words.some((word, index) => {
    if (!isNumber(word)) return false;
    const next = words[index + 1];
    // "apply for jobs, at least 5": a number at the end counts when it is said as an amount.
    if (next === undefined) return word === 'twice' || ['least', 'about', 'around', 'roughly', 'maybe', 'like'].includes(words[index - 1] ?? '');
    if (next === 'of' || /^(?:st|nd|rd|th)$/.test(next)) return word === 'twice';
    // "jobs over 16", "within 3": a limit on the job, not a number of steps.
    if (['over', 'under', 'than', 'within', 'paying', 'pays'].includes(words[index - 1] ?? '')) return false;
    if (!TIME_UNITS.has(next)) return true;
    // "for 30 minutes" is an amount of effort; "in 3 days" is a deadline.
    return words[index - 1] === 'for' || ['a', 'per', 'each', 'every'].includes(words[index + 2] ?? '');
  });
}

export function isNumber(word: string): boolean {
  return /^\d+$/.test(word) || NUMBER_WORDS.has(word);
}

const NOT_PLURAL = new Set(['was', 'has', 'its', 'his', 'yes', 'gas', 'news', 'always', 'perhaps', 'series', 'this',
  'us', 'bus', 'plus', 'less', 'dbs', 'cscs', 'sia', 'nhs', 'ms', 'hours',
  // One agency, site or shop whose name ends in s: "call hays", "sign up to totaljobs" (goals, second training set).
  'hays', 'totaljobs', 'sainsburys', 'morrisons', 'greggs', 'boots', 'currys', 'wickes', 'timpsons', 'matalan', 'pertemps']);
export function looksPlural(word: string): boolean {
  return /[^su']s$/.test(word) && word.length > 2 && !NOT_PLURAL.has(word);
}

export function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/o'clock/g, 'oclock').match(/[a-z0-9][a-z0-9'-]*/g) ?? [];
}
