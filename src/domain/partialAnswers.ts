// Answers that are neither a clean yes nor a clean no, the way people type them: "partly",
// "half done", "nearly", "kind of", "a little bit, sometimes in interview", "yes ok".
// A part-done step is never read as done.
import { normaliseAnswer, NUMBER_WORDS, parseChoice, parseNumberInRange, parseYesNo, type ChoiceOption } from './answers.ts';
import { saysNoToSomethingElse } from './consentWords.ts';
import { ratingFromWords } from './ratingWords.ts';
import { matchJobWanted, pointsAtAJob } from './jobWanted.ts';
import { answerAfterManners } from './politeWords.ts';

export type Progress = 'done' | 'partly-done' | 'not-done';

const NOT_STARTED = /\b(?:not started|havent started|have not started|didnt start|did not start|not even started|not begun)\b/;
const PART =
  /\b(?:partly|partially|part of it|parts of it|half|halfway|nearly|almost|some of it|some|kind of|kinda|sort of|sorta|a bit|a little|bits of it|started|made a start|in progress|getting there|not finish(?:ed)?|not quite|not all|not completely|not fully|not totally|most of it|mostly|but not|still doing|working on it|on it)\b/;
const NOT =
  /\b(?:not yet|not done|didnt|did not|havent|have not|hasnt|couldnt|could not|wasnt able|no time|forgot|never|not really|nope|no|nah|not)\b/;
const DONE = /\b(?:done|did it|i did|finished|completed|complete|sent it|yes|yep|yeah|all of it|managed it|managed)\b/;

// "i did 1 of them", "did 2 of the 3": part of a counted step (play-testing found it kept as done).
const COUNT = '(\\d+|one|two|three|four|five|six|ten)';
const COUNT_OF = new RegExp(`\\b${COUNT} (?:of|out of) (?:(?:them|those|these|the|my)\\b ?)?(?:${COUNT}\\b)?`);
const countOf = (word: string) => NUMBER_WORDS[word] ?? Number(word);

// "i rang 2 not 3", "did 2 instead of 3": fewer than planned (round twenty-four: read as not done, for its "not").
const COUNT_NOT = new RegExp(`\\b${COUNT} (?:not|instead of|rather than|out of the) ${COUNT}\\b`);

function someOfThem(words: string): boolean {
  const fewer = COUNT_NOT.exec(words);
  if (fewer && countOf(fewer[1]!) > 0 && countOf(fewer[1]!) < countOf(fewer[2]!)) return true;
  const found = COUNT_OF.exec(words);
  if (!found) return false;
  return found[2] === undefined || countOf(found[1]!) < countOf(found[2]);
}

/** How far a step got, from a typed answer; null when the words do not say. */
export function parseProgress(text: string): Progress | null {
  const words = normaliseAnswer(text);
  if (!words) return null;
  if (NOT_STARTED.test(words)) return 'not-done';
  if (PART.test(words) || someOfThem(words)) return 'partly-done';
  if (NOT.test(words)) return 'not-done';
  if (DONE.test(words)) return 'done';
  return null;
}

/** True when a step answer holds more than the outcome: "partly, I made the homepage". */
export function saysMoreThanOutcome(text: string): boolean {
  return normaliseAnswer(text).split(' ').filter(Boolean).length >= 4;
}

const SOMEWHAT = /\b(?:a little|a bit|a bit of|little bit|bit|sometimes|some|kind of|kinda|sort of|sorta|partly|a lot|loads|often|quite|really|definitely|maybe a bit|now and then|at times|occasionally)\b/;
const NOT_AT_ALL = /\b(?:not at all|never|not really|none)\b/;

/**
 * Yes or no, also when hedged: "a little bit, sometimes in interview" is a yes (it is there
 * some of the time); "not really" is a no.
 */
export function parseHedgedYesNo(text: string): 'yes' | 'no' | null {
  const plain = parseYesNo(text);
  if (plain) return plain;
  const words = normaliseAnswer(text);
  if (NOT_AT_ALL.test(words)) return 'no';
  if (SOMEWHAT.test(words)) return 'yes';
  // "yes, my 2 kids": the number is the client's news, not a button.
  return leadingYesNo(text);
}

const LEADING_YES = /^(?:yes|yeah|yeh|ye|yh|yep|yup|yea|ya|aye|ok|okay|sure|please|tak|da)\b(?!.*\b(?:not|no|dont|cant|wont|never|but)\b)/;
const LEADING_NO = /^(?:no|nah|nope|naw|na|nie|nu(?= |$)(?! (?:sunt|stiu|\u0219tiu)\b))\b/;

/**
 * A yes or a no said first, whatever follows, numbers too: "yes i need to be home for the kids
 * at 3" (parseYesNo leaves any answer with a number alone).
 */
export function leadingYesNo(text: string): 'yes' | 'no' | null {
  // "yess thats ok", "noo not yet": a first word held down on a phone keyboard (play-testing, round fifteen).
  // "hi yes i can do mornings": a hello first (round nineteen).
  const words = normaliseAnswer(text).replace(/^(?:hi|hiya|hello|hey) (?=\S)/, '').replace(/^\S+/, (first) => first.replace(/(\p{L})\1+/gu, '$1'));
  if (LEADING_NO.test(words)) return 'no';
  return LEADING_YES.test(words) ? 'yes' : null;
}

/** How a choice prompt reads typed words beyond the options' own names. */
/**
 * 'progress': a part-done answer first. 'rating': numbered buttons, read as a rating is ("about a 6",
 * "7/10", "bad"). 'consent': a no about something else ("no code") is no answer (see needsCheck).
 */
export type ChoiceReading = 'progress' | 'rating' | 'consent' | 'job';

/**
 * A reply to check before taking it: a no about something else at consent ("no code"); a "yes" or
 * "that one" where several jobs are on the buttons (with one, readChoice takes it as that job).
 */
export function needsCheck(text: string, reading?: ChoiceReading): boolean {
  if (reading === 'job') return pointsAtAJob(text);
  return reading === 'consent' && (saysNoToSomethingElse(text) || ALRIGHT_AS_HELLO.test(normaliseAnswer(text)));
}

// "alright" (a British hello) had been taken as consent (play-testing, round seven): consent is
// never read from a greeting, so it is checked instead.
const ALRIGHT_AS_HELLO = /^(?:(?:hi|hiya|hey|yo|oh)\s+)?(?:alright|allright|alrite|aight|you alright|u alright|alright mate|alright there|alright pal|alright love|alright hun)$/;

/**
 * One of the options from a typed answer. The options' names first (parseChoice); then a yes or
 * no said with extra words ("yes ok", "yeah go on") picks the option called yes or no. With
 * reading 'progress', a part-done answer ("half done", "nearly") picks 'partly-done' before any
 * typo matching can read it as "all done".
 */
export function readChoice<V extends string>(text: string, options: readonly ChoiceOption<V>[], reading?: ChoiceReading): V | null {
  // "Good morning. I do apologise, I am not very used to this. Yes, that is fine." (round twenty): the answer after the manners.
  const afterManners = answerAfterManners(text);
  const readAfterManners = afterManners === null ? null : readChoice(afterManners, options, reading);
  if (readAfterManners !== null) return readAfterManners;
  if (reading === 'progress') {
    const progress = parseProgress(text);
    const partly = progress === 'partly-done' ? options.find((option) => option.value === 'partly-done') : undefined;
    if (partly) return partly.value;
    return parseChoice(text, options) ?? (progress ? (options.find((option) => option.value === progress)?.value ?? null) : null);
  }
  if (reading === 'rating') return readRating(text, options);
  if (reading === 'job') return readJob(text, options);
  if (needsCheck(text, reading)) return null;
  const named = parseChoice(text, options);
  if (named !== null) return named;
  const yesNo = parseYesNo(text) ?? leadingYesNo(text);
  return yesNo ? parseChoice(yesNo, options, { byPosition: false }) : null;
}

/**
 * A job typed at "Which job does this help you with?", matched loosely to the jobs on the buttons
 * ("office work" is "Office admin"). "any of them", "both", "neither": a goal keeps one job or none,
 * so these keep it with no job of its own: the option the dialog gives for that, known by its "all"
 * or "both" synonym (its "Not sure" button). "yes", "that one": the only job, if there is one.
 */
function readJob<V extends string>(text: string, options: readonly ChoiceOption<V>[]): V | null {
  const noOneJob = options.find((option) => option.synonyms?.some((name) => name === 'all' || name === 'both'));
  const jobs = options.filter((option) => option !== noOneJob);
  const match = matchJobWanted(text, jobs.map((option) => option.label));
  // Before the buttons' names: "sure" is a yes, not a typo for "Not sure".
  if (match?.kind === 'that-one') return jobs.length === 1 ? jobs[0]!.value : null;
  const named = parseChoice(text, options);
  if (named !== null) return named;
  if (match?.kind === 'any' || match?.kind === 'none') return noOneJob?.value ?? null;
  return match?.kind === 'job' ? (jobs.find((option) => option.label === match.title)?.value ?? null) : null;
}

/** A rating on numbered buttons, typed as people type one: "about a 6", "7/10", "four out of five". */
function readRating<V extends string>(text: string, options: readonly ChoiceOption<V>[]): V | null {
  const named = parseChoice(text, options, { byPosition: false });
  if (named !== null) return named;
  const values = options.map((option) => Number(option.value));
  const [min, max] = [Math.min(...values), Math.max(...values)];
  // "bad", "ok", "pretty good": read for what they say, on the buttons' scale.
  const value = parseNumberInRange(text, min, max) ?? ratingFromWords(text, min, max);
  return value === null ? null : (options.find((option) => Number(option.value) === value)?.value ?? null);
}
