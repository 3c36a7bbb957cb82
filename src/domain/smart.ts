// Reads a goal or step for SMART (analyseGoal), a 1 to 10 confidence answer (parseConfidence) and
// folds answers into the step (mergeGoalAnswer). The verb tables are in smartVerbs.ts, the numbers
// in smartAmounts.ts and the reading of actions in smartActions.ts.
import { numberIsNotARating, ratingFromWords } from './ratingWords.ts';
import { RATING_WORD_VALUES } from './ratingNumbers.ts';
import { parseDueDate, type DateContext } from './dates.ts';
import { DEFINITE, DETERMINERS, PARTICLES, asksTheCoach, findActions } from './smartActions.ts';
import { DURATION, FREQUENCY, hasCount, looksPlural, withoutNonCounts, withoutVaguePeriods } from './smartAmounts.ts';
import { baseVerb, doingPhrasesAsVerbs } from './smartVerbs.ts';
import { numberSaidAsItSounds } from './numberSpellings.ts';
import { NUMBER_WORDS } from './answers.ts';

export { baseVerb };

export type SmartCriterion = 'specific' | 'measurable' | 'timeBound';

/** What the coach needs to ask for; the words of each question are in src/messages. */
export type SmartNeed = 'one-thing' | 'how-to-tell' | 'how-many' | 'by-when' | 'check-in-day';

export interface MissingCriterion {
  criterion: SmartCriterion;
  need: SmartNeed;
}

export interface GoalAnalysis {
  specific: boolean;
  measurable: boolean;
  timeBound: boolean;
  dueDate: Date | null;
  missing: MissingCriterion[];
  /**
   * The only doing words are someone else's ("my mate will ring the boss", "they'll call me back"):
   * not specific, as the line has no action of the client's; a caller may say so rather than only
   * asking for one thing.
   */
  someoneElsesStep: boolean;
}

const WORD = /[a-z0-9][a-z0-9'-]*/g;
// "get my dbs sorted" is "sort my dbs out": one thing to do (round seven read it as a wish, like "get a job").
// Only for papers and plans; "get my head sorted" stays vague, as "sort my life out" is.
const GET_IT_SORTED = /\bget(?:ting)? ((?:my|the|our) (?:\w+ ){0,2}?(?:cv|dbs|cscs|card|id|passport|licen[cs]e|references?|application|form|certificate|paperwork|documents|bank account|ni number|childcare|uniform|bus pass)) sorted(?: out)?\b/gi;
const JOINS = new Set(['and', 'then', 'also', 'plus', 'or', 'after']);

/**
 * Reads the parts of SMART that show in the words. Achievable and realistic are for the client to
 * say (see parseConfidence). Outcomes that are not in the client's hands, like "get a job", are
 * neither specific nor measurable here: a step must be something the client can do and tick off.
 * A line with two steps is read as its first: that is the one the coach makes SMART.
 */
export function analyseGoal(text: string, context: DateContext): GoalAnalysis {
  const plain = doingPhrasesAsVerbs(withoutNonCounts(text).replace(/o'clock/g, 'oclock').replace(GET_IT_SORTED, 'sort $1 out'));
  const tokens = [...plain.matchAll(WORD)];
  const words = tokens.map((token) => token[0]);
  const found = asksTheCoach(text) ? [] : findActions(words);
  // Someone else's doing is not the client's step (brief.md: "one clear action the client will do").
  const actions = found.filter((action) => !action.bySomeoneElse);
  const first = actions[0];
  // The first step's own words: up to the joining word before the next action ("... and ring ...").
  const next = first ? actions.find((action) => action.at > first.at && words.slice(first.at + 1, action.at).some((w) => JOINS.has(w))) : undefined;
  const joinAt = next ? lastJoinBefore(words, next.at) : -1;
  const firstStep = joinAt > 0 ? plain.slice(0, tokens[joinAt]!.index) : plain;
  const firstWords = joinAt > 0 ? words.slice(0, joinAt).join(' ') : words.join(' ');
  const hasFrequency = FREQUENCY.test(firstWords);
  const hasAmount = hasCount(firstStep) || hasFrequency || DURATION.test(firstWords);
  const dueDate = parseDueDate(withoutVaguePeriods(text), context);

  const specific = first !== undefined;
  // brief.md: a line that is not one clear action cannot be measured, whatever numbers it has.
  const measurable = specific && (hasAmount || first.doneOrNot);
  const timeBound = dueDate !== null;

  const missing: MissingCriterion[] = [];
  if (!specific) missing.push({ criterion: 'specific', need: 'one-thing' });
  if (!measurable) missing.push({ criterion: 'measurable', need: specific ? 'how-many' : 'how-to-tell' });
  if (!timeBound) missing.push({ criterion: 'timeBound', need: hasFrequency ? 'check-in-day' : 'by-when' });
  return { specific, measurable, timeBound, dueDate, missing, someoneElsesStep: !specific && found.length > 0 };
}

function lastJoinBefore(words: string[], end: number): number {
  for (let i = end - 1; i >= 0; i--) if (JOINS.has(words[i]!)) return i;
  return -1;
}

/**
 * Reads a 1 to 10 answer: "7", "seven", "7/10", "about 6", "8 out of 10", "70%", "bad". A range like
 * "6 or 7" gives the first (usually lower) number, so we lean towards making the step smaller.
 * Returns null when there is no number from 1 to 10, so the coach can ask again.
 */
export function parseConfidence(text: string): number | null {
  if (numberIsNotARating(text)) return null;
  // "ate", "sevun": spelt as said (round twenty-two).
  const spelt = numberSaidAsItSounds(text);
  if (spelt !== null) return spelt;
  const cleaned = text.toLowerCase().replace(/[\ufe0f\u20e3]/g, '').replace(/\b(?:out of|outta|outa|oota)\b/g, '/').replace(/([a-z\d])ish\b/g, '$1 ish');
  // "50/50" is even odds, not fifty; "3/5" and "4 out of 5" are on a scale of 5 (so 6 and 8).
  if (/\b50\s*[/-]\s*50\b|\b50 50\b/.test(cleaned)) return 5;
  const percent = /(\d{1,6})\s*(?:%|percent\b|per cent\b)/.exec(cleaned);
  if (percent) return onTheScale(Math.min(10, Math.round(Number(percent[1]) / 10)));
  const fraction = /(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*\/\s*(5|10|100)\b/.exec(cleaned);
  if (fraction) return onTheScale((Number(fraction[1]) * 10) / Number(fraction[2]));
  // "I would say 7.": a full stop after the number ends the sentence; "7.5" is a number.
  const match = RATING_SAID.exec(cleaned);
  // "bad", "ok", "pretty good": read for what they say (see ratingFromWords).
  if (!match) return ratingFromWords(text, 1, 10);
  return onTheScale(match[1] ? Number(match[1]) : NUMBER_WORDS[match[2]!]!);
}

// A rating in figures ("7", "7.5") or words ("seven", "zero"): the number words are ratingNumbers.ts's.
const RATING_SAID = new RegExp(String.raw`(?<![\d.])(\d{1,2}(?:\.\d+)?)(?!\d|\.\d)|\b(zero|${Object.keys(RATING_WORD_VALUES).join('|')})\b`);

function onTheScale(value: number): number | null {
  if (value > 10) return null;
  // "7.5": the lower whole number, as with "7 or 8" (lean towards the smaller step). 0 is still an answer: the bottom.
  return Math.max(1, Math.floor(value));
}

/** Seven or more out of ten: sure enough to go ahead; below that, make the step smaller. */
export function isAchievable(confidence: number): boolean {
  return confidence >= 7;
}

const NOT_AN_ANSWER = /^(?:yes|yeah|yep|no|nope|ok|okay|not sure|dunno|i don'?t know|idk|maybe|nothing|none|\?+)$/;
const JUST_A_NUMBER = /^(?:about|around|maybe|say|at least|just)?\s*(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|a couple|a few)(?:\s+of\s+them)?$/;
const LOOSE_AMOUNTS = new Set(['some', 'a few', 'a couple of', 'a couple', 'few', 'several', 'loads of', 'lots of', 'more']);
const NOUN_PHRASE_STARTS = new Set([...PARTICLES, ...DEFINITE, 'a', 'an', 'some', 'any', 'few', 'several', 'of', 'more']);

/**
 * Folds the client's answer to one SMART question into their goal, keeping their own words:
 * "get a job" + (what exactly?) "apply for cleaning jobs" gives "apply for cleaning jobs";
 * + (how many?) "3" gives "apply for 3 cleaning jobs"; "twice a week" is added at the end.
 * An answer that says nothing ("not sure") leaves the goal as it was.
 */
export function mergeGoalAnswer(goal: string, criterion: SmartCriterion, answer: string): string {
  const said = answer.trim().replace(/[.!\s]+$/, '');
  const plainGoal = goal.trim().replace(/[.!\s]+$/, '');
  if (!said || NOT_AN_ANSWER.test(said.toLowerCase())) return plainGoal;
  if (criterion === 'specific') return said;
  if (criterion === 'timeBound') return `${plainGoal} ${/^(?:by|before|on|in|until|within)\b/i.test(said) ? said : `by ${said}`}`;
  const amount = JUST_A_NUMBER.exec(said.toLowerCase());
  if (amount) return insertAmount(plainGoal, amount[1]!) ?? `${plainGoal} ${timesSaid(amount[1]!)}`;
  return `${plainGoal}, ${said}`;
}

/** A count with nothing plural to put it before: "find a driving job" + 2 → "... twice". */
function timesSaid(amount: string): string {
  if (amount === '1' || amount === 'one') return 'once';
  if (amount === '2' || amount === 'two') return 'twice';
  return `${amount} times`;
}

// "apply for cleaning jobs" + 3 → "apply for 3 cleaning jobs"; null when there is no plural to count.
// A determiner inside the words before the plural ("look up ban the box employers") makes them a name,
// so the count goes before the whole name ("look up 3 ban the box employers"): it reads as other steps
// do, where "(3)" at the end would not, and "ban the 3 box employers" (play-testing) broke the name.
function insertAmount(goal: string, amount: string): string | null {
  const tokens = goal.split(/\s+/);
  const bare = tokens.map((token) => token.toLowerCase().replace(/\u2019/g, "'").replace(/[^a-z0-9'-]/g, ''));
  const verbAt = bare.findIndex((word) => baseVerb(word) !== null);
  if (verbAt < 0) return null;
  const pluralAt = bare.findIndex((word, index) => index > verbAt && looksPlural(word) && !PARTICLES.has(word));
  if (pluralAt < 0) return null;
  let start = pluralAt;
  while (start - 1 > verbAt && !NOUN_PHRASE_STARTS.has(bare[start - 1]!) && !/'s$|s'$/.test(bare[start - 1]!)) start--; // "the council's 3 courses"
  for (const loose of LOOSE_AMOUNTS) {
    const words = loose.split(' ');
    const from = start - words.length;
    if (from > verbAt && words.every((word, i) => bare[from + i] === word)) return [...tokens.slice(0, from), amount, ...tokens.slice(start)].join(' ');
  }
  if (opensInsideAName(bare, start, verbAt)) {
    start = verbAt + 1;
    while (PARTICLES.has(bare[start] ?? '') || PLURAL_DETERMINERS.has(bare[start] ?? '')) start++;
    if (DETERMINERS.has(bare[start]!)) return `${goal} (${amount})`; // "look at a man with a van jobs (3)"
  }
  return [...tokens.slice(0, start), amount, ...tokens.slice(start)].join(' ');
}

const PLURAL_DETERMINERS = new Set([...DEFINITE].filter((word) => word !== 'this' && word !== 'that'));
/** A determiner that cannot open the plural's words: singular ("a van jobs"), or after a name's word ("ban the box"). */
function opensInsideAName(bare: string[], start: number, verbAt: number): boolean {
  const opener = bare[start - 1]!;
  if (start - 1 <= verbAt || !DETERMINERS.has(opener)) return false;
  if (!PLURAL_DETERMINERS.has(opener)) return true;
  const before = bare[start - 2]!;
  return start - 2 > verbAt && !PARTICLES.has(before) && !DETERMINERS.has(before);
}
