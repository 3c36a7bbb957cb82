// A number in a reply to "how sure do you feel, from 1 to 10?" is a rating only when it is not
// something else: a day or a time ("tuesday 8th", "3pm"), or a count of things done ("i did 2 of
// them", "one at primark"). Both rating readers (the goal's confidence, the self-assessment's
// scale) ask here first.
import { namesADayOrTime } from './dayOrTimeWords.ts';
import { NUMBER, NUMBER_WORD, ratingNumberValue } from './ratingNumbers.ts';
import { ratingOutOfTen } from './ratingPhrases.ts';
const THINGS = String.raw`(?:jobs?|applications?|apps|times?|days?|weeks?|hours?|shops?|places?|people|adverts?|ads|interviews?|calls?|emails?|forms?|cvs?|letters?|companies|employers?|agencies)`;

const COUNTS_THINGS = new RegExp(
  [
    // "did 2", "applied for 3", "sent off two"
    String.raw`\b(?:did|done|applied(?: for| to)?|sent(?: off| out)?|made|rang|called|phoned|emailed|visited|finished|completed|got|filled(?: in)?)\s+(?:only |just |about |like )?${NUMBER}\b`,
    // "2 of them", "3 jobs", "two applications"
    String.raw`\b${NUMBER}\s+(?:of (?:them|those|the|my)|${THINGS})\b`,
    // "one at primark", "one for costa": a number word standing for a thing
    String.raw`\b${NUMBER_WORD}\s+(?:at|for|with|in|from)\s+(?!(?:least|most|a push|the moment|the minute|best|sure|certain|definite|real|now|today)\b)`,
    // "never had one", "i need one": a number word standing for a thing already named (play-testing
    // found "well i suppose i need a CV, never had one" kept as a rating of 1)
    String.raw`\b(?:had|have|has|got|need|needs|want|wanted|found|lost|bought|buy|use|used|keep|kept|write|wrote)\s+(?:a |an |the )?${NUMBER_WORD}\b`,
    // "2moro", "2day", "2nite", "4ever": text-speak, not a number (play-testing found "2moro" kept as 2)
    String.raw`\b\d(?:moro|morrow|mrw|mro|day|nite|night|ever|get|gether)\b`,
  ].join('|'),
  'i',
);

/** The number in these words is a date, a time or a count of things, never a rating. */
export function numberIsNotARating(text: string): boolean {
  return namesADayOrTime(text) || COUNTS_THINGS.test(text);
}

// A rating said in words: "bad" at "how sure, from 1 to 10?" had "That is good to hear". Read for
// what it says, never cheered: low, in the middle, or high. Short answers only, with no number
// (a number is read as one) and no "but" (two things said: asked again).
const NOT_SO_BAD = /\b(?:not (?:too |so |that |very )?bad|could be worse)\b/;
const LOW =
  /\b(?:not (?:very |that |too |so |really )?(?:good|great|confident|high|hopeful|well|useful|helpful)|not (?:very|that|too|so|really) sure|not sure at all|not at all|bad|badly|rubbish|low|terrible|awful|poor|crap|crappy|pants|dire|hopeless|useless|worse|worst|nil|zero|not much|not a lot)\b/;
const MIDDLE = /\b(?:ok|okay|okey|alright|all right|so so|average|middle|in the middle|medium|fair|fairly|50 50|fifty fifty|in between|half and half|fine|sort of|kind of|kinda|sorta|could be better|mid)\b/;
const HIGH =
  /\b(?:good|great|high|very sure|really sure|quite sure|pretty sure|fairly sure|sure|confident|certain|excellent|brilliant|fab|amazing|positive|definitely|really well|very well|useful|helpful|hopeful|top)\b/;

export type RatingWords = 'low' | 'middle' | 'high';

/** Low, middle or high from words alone ("bad", "ok i guess", "pretty good"); null when they say none. */
export function ratingWords(text: string): RatingWords | null {
  const words = text.toLowerCase().replace(/['\u2019`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (!words || /\d/.test(words) || /\bbut\b/.test(words) || words.split(' ').length > 6 || text.trim().endsWith('?')) return null;
  if (NOT_SO_BAD.test(words)) return 'middle';
  if (LOW.test(words)) return 'low';
  // "not sure" may be "I don't know": asked again with the numbers.
  if (/\b(?:not sure|unsure|dont know|dunno|no idea)\b/.test(words)) return null;
  if (MIDDLE.test(words)) return 'middle';
  return HIGH.test(words) ? 'high' : null;
}

/**
 * A rating in words as a number on the scale: a phrase read on 1 to 10 ("fairly sure" 7, ratingPhrases.ts)
 * put on the scale asked; else low a fifth of the way up, high four fifths, middle between.
 */
export function ratingFromWords(text: string, min: number, max: number): number | null {
  const outOfTen = ratingOutOfTen(text);
  if (outOfTen !== null) return min + Math.round(((outOfTen - 1) * (max - min)) / 9);
  const said = ratingWords(text);
  if (!said) return null;
  const span = max - min;
  if (said === 'low') return min + Math.round(span / 5);
  if (said === 'high') return min + Math.round((span * 4) / 5);
  return min + Math.floor(span / 2);
}

// Play-testing: "like a 4 maybe 5" had "didn't catch that". Two numbers with only hedging words
// around them are one rating said unsurely: the lower is kept, and nothing odd is said about it.
const HEDGES = new Set([
  'like', 'a', 'an', 'about', 'around', 'maybe', 'perhaps', 'probably', 'prob', 'probs', 'say', 'or', 'to', 'and', 'between',
  'somewhere', 'i', 'guess', 'think', 'id', 'would', 'um', 'erm', 'hmm', 'ish', 'tbh', 'honestly', 'really', 'so', 'its', 'it', 'is', 'im',
]);

/** The lower of two ratings said together ("like a 4 maybe 5", "6 or 7", "5-6"); null otherwise. */
export function lowerOfTwoRatings(text: string, min: number, max: number): number | null {
  // "4/5" and "4 out of 5" give a scale, not a second rating.
  if (/\/|\bout of\b/i.test(text) || numberIsNotARating(text)) return null;
  const words = text.toLowerCase().replace(/['\u2019`]/g, '').replace(/(\d)(ish)\b/g, '$1 $2').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');
  const numbers: number[] = [];
  for (const word of words) {
    const value = ratingNumberValue(word);
    if (value !== null) numbers.push(value);
    else if (!HEDGES.has(word)) return null;
  }
  if (numbers.length !== 2 || numbers.some((n) => n < min || n > max)) return null;
  return Math.min(...numbers);
}
