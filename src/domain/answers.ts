// Shared reading of typed answers. Clients answer in their own words, often on a phone, so
// every parser is forgiving about case, punctuation, fillers ("um", "I think") and small typos,
// and returns null rather than guess when an answer is unclear: the dialog then asks again.
import { numberIsNotARating } from './ratingWords.ts';
import { saysNotAgree } from './notAgreeing.ts';
import { NEGATIONS, NO_STARTS, UNSURE, YES_NO_OPTIONS, YES_STARTS } from './yesNoWords.ts';

export type ChoiceOption<V extends string = string> = {
  value: V;
  label: string;
  synonyms?: readonly string[];
};

export type YesNo = 'yes' | 'no';

/**
 * A button's answer, typed, is a few words. Longer text is the client telling us something, not
 * choosing; skipping it also keeps typo matching from spending seconds on a pasted page.
 */
export const MAX_ANSWER_LENGTH = 120;

const LEADING_FILLERS = [
  'um', 'umm', 'erm', 'er', 'hmm', 'well', 'oh', 'ok so', 'i think', 'i guess', 'i would say',
  'id say', 'i would', 'i', 'im', 'i am', 'sorry', 'soz', 'so sorry', 'im sorry', 'oh sorry', // "sorry, yes thats ok" (round eighteen)
  'hi', 'hiya', 'hello', 'hey', // "hi yes that's fine" (round nineteen)
];
const TRAILING_FILLERS = ['i think', 'i guess', 'thanks', 'thank you', 'please', 'tbh', 'to be honest', 'honestly', 'sorry', 'soz'];

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** Numbers said as words, zero to twenty. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, none: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};

/** Lower case, apostrophes dropped ("don't" → "dont"), other punctuation and emoji as spaces. */
export function normaliseAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/['\u2019`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Shorthand typed on a phone, spelled one way: "i m" and "i am" as "im", "u" as "you", "gonna" as "going to".
const SHORTHAND: readonly [RegExp, string][] = [
  [/\bi m\b|\bi am\b/g, 'im'], [/\b(?:u|ya)\b/g, 'you'], [/\b(?:pls|plz)\b/g, 'please'], [/\b(?:gonna|gunna)\b/g, 'going to'], [/\bwhats\b/g, 'what is'],
];
/** normaliseAnswer with that shorthand spelled out, for matching short messages against phrases. */
export function expandShorthand(text: string): string {
  return SHORTHAND.reduce((words, [from, to]) => words.replace(from, to), normaliseAnswer(text)).replace(/\s+/g, ' ').trim();
}

// With the separating space, so stripping does not build strings on every message.
const LEADING = LEADING_FILLERS.map((filler) => `${filler} `);
const TRAILING = TRAILING_FILLERS.map((filler) => ` ${filler}`);

function stripFillers(normalised: string): string {
  let words = normalised;
  let changed = true;
  while (changed) {
    changed = false;
    for (const filler of LEADING) {
      if (words.startsWith(filler)) {
        words = words.slice(filler.length);
        changed = true;
      }
    }
    for (const filler of TRAILING) {
      if (words.endsWith(filler)) {
        words = words.slice(0, -filler.length);
        changed = true;
      }
    }
  }
  return words;
}

// "yesss", "nooo", "agreeee": letters held down on a phone keyboard.
function collapseRepeats(text: string): string {
  return text.replace(/(\p{L})\1+/gu, '$1');
}

/** Optimal string alignment distance: edits, including swapping two neighbouring letters. */
export function typoDistance(a: string, b: string): number {
  return typoDistanceWithin(a, b, Infinity);
}

// Three rows of the table, kept between calls: two back (for swaps), the last and the current.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * The typo distance when it is at most max; otherwise some number above max. Typo matching
 * compares every answer with every option's names, and most pairs are far apart: this gives up
 * on them early.
 */
export function typoDistanceWithin(a: string, b: string, max: number): number {
  // Every extra letter is at least one edit.
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0]!.length <= b.length) rows = rows.map(() => new Int32Array(b.length + 1));
  let [twoBack, last, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) last[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let best = last[j - 1]! + (ai === bj ? 0 : 1);
      if (last[j]! + 1 < best) best = last[j]! + 1;
      if (row[j - 1]! + 1 < best) best = row[j - 1]! + 1;
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj && twoBack[j - 2]! + 1 < best) {
        best = twoBack[j - 2]! + 1;
      }
      row[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // No row's smallest cell is below the row above's (a swap from two rows up costs no less
    // than the diagonal step it skips), so once a row is over max the distance is too.
    if (rowMin > max) return max + 1;
    [twoBack, last, row] = [last, row, twoBack];
  }
  return last[b.length]!;
}

// Short words allow no typos: "no" and "so", "yes" and "yet" are one letter apart.
function allowedTypos(candidate: string): number {
  if (candidate.length >= 8) return 2;
  if (candidate.length >= 5) return 1;
  return 0;
}

/** Own keys only: typed text such as "constructor" must not reach Object's prototype. */
function numberWord(word: string): number | null {
  return Object.hasOwn(NUMBER_WORDS, word) ? NUMBER_WORDS[word]! : null;
}

type Names = Pick<ChoiceOption, 'value' | 'label' | 'synonyms'> & { names: string[]; collapsed: string[] };

// Option lists are constants read on every message, so their names are normalised once. An
// option whose value, label or synonyms have been replaced since is read afresh.
const namesCache = new WeakMap<ChoiceOption, Names>();

function namesOf(option: ChoiceOption): Names {
  const cached = namesCache.get(option);
  const { value, label, synonyms } = option;
  if (cached && cached.value === value && cached.label === label && cached.synonyms === synonyms) return cached;
  const names = [value, label, ...(synonyms ?? [])].map(normaliseAnswer).filter(Boolean);
  const fresh = { value, label, synonyms, names, collapsed: names.map(collapseRepeats) };
  namesCache.set(option, fresh);
  return fresh;
}

function exactMatch<V extends string>(wanted: string, options: readonly ChoiceOption<V>[], form: 'names' | 'collapsed'): V | null {
  const found = options.find((option) => namesOf(option)[form].includes(wanted));
  return found ? found.value : null;
}

function positionMatch<V extends string>(text: string, options: readonly ChoiceOption<V>[]): V | null {
  const bare = text.replace(/^(?:the|option|number) /, '').replace(/ one$/, '');
  const ordinal = ORDINALS.indexOf(bare);
  const position = /^\d+$/.test(bare) ? Number(bare) : ordinal >= 0 ? ordinal + 1 : numberWord(bare);
  if (position === null || position < 1 || position > options.length) return null;
  return options[position - 1]!.value;
}

function closestMatch<V extends string>(text: string, options: readonly ChoiceOption<V>[]): V | null {
  let best: { value: V; distance: number } | null = null;
  let tied = false;
  for (const option of options) {
    for (const name of namesOf(option).names) {
      const allowed = allowedTypos(name);
      const distance = typoDistanceWithin(text, name, allowed);
      if (distance > allowed) continue;
      if (!best || distance < best.distance) {
        best = { value: option.value, distance };
        tied = false;
      } else if (distance === best.distance && best.value !== option.value) {
        tied = true;
      }
    }
  }
  return best && !tied ? best.value : null;
}

/**
 * Match a typed answer to one option: by value, label or synonym (case and punctuation
 * ignored), by position ("2", "the second one"), then allowing a small typo. Null when nothing
 * matches or two options are equally close.
 */
export function parseChoice<V extends string>(
  text: string,
  options: readonly ChoiceOption<V>[],
  { byPosition = true }: { byPosition?: boolean } = {},
): V | null {
  if (text.length > MAX_ANSWER_LENGTH) return null;
  const normalised = normaliseAnswer(text);
  return matchChoice(normalised, stripFillers(normalised), options, byPosition);
}

/** parseChoice on text already normalised, and with its fillers stripped. */
function matchChoice<V extends string>(
  normalised: string,
  trimmed: string,
  options: readonly ChoiceOption<V>[],
  byPosition: boolean,
): V | null {
  if (!normalised) return null;
  return (
    exactMatch(normalised, options, 'names') ??
    (trimmed === normalised ? null : exactMatch(trimmed, options, 'names')) ??
    exactMatch(collapseRepeats(trimmed), options, 'collapsed') ??
    (byPosition ? positionMatch(trimmed, options) : null) ??
    closestMatch(trimmed, options)
  );
}

/** "yes", "yeah", "ok", "sure", "I agree", 👍 → 'yes'; "no", "nope", "no thanks", 👎 → 'no'. */
export function parseYesNo(text: string): YesNo | null {
  if (text.length > MAX_ANSWER_LENGTH) return null;
  // A number is never a yes or a no.
  if (/\d/.test(text)) return null;
  if (/\ud83d\udc4d|\u2705|\u2714/u.test(text)) return /\ud83d\udc4e|\u274c/u.test(text) ? null : 'yes';
  if (/\ud83d\udc4e|\u274c/u.test(text)) return 'no';
  const normalised = normaliseAnswer(text);
  const trimmed = stripFillers(normalised);
  if (UNSURE.has(trimmed)) return null;
  if (saysNotAgree(normalised)) return 'no';
  const exact = matchChoice(normalised, trimmed, YES_NO_OPTIONS, false);
  if (exact) return exact;
  // "yes, that's fine" or "no, not this week": trust the first word unless the rest turns it.
  const [first, ...rest] = trimmed.split(' ');
  if (first === undefined) return null;
  if (YES_STARTS.has(first) && !NEGATIONS.test(rest.join(' '))) return 'yes';
  if (NO_STARTS.has(first)) return 'no';
  return null;
}

function wholeNumber(token: string): number | null {
  if (/^\d+(\.\d+)?$/.test(token)) return Math.round(Number(token));
  return numberWord(token);
}

/**
 * A whole number from min to max, typed as "7", "seven", "7/10", "7 out of 10", "about 6" or
 * "6.5" (rounded: our scales are whole numbers). Null when there is no number, more than one
 * ("6 or 7": the dialog asks for one), a scale that is not ours ("3/5" when max is 10), or the
 * number is outside the range.
 */
export function parseNumberInRange(text: string, min: number, max: number): number | null {
  if (numberIsNotARating(text)) return null;
  const cleaned = text.toLowerCase().replace(/(\d),(\d)/g, '$1.$2');
  if (/(?:^|[^\d\s])\s*-\s*\d/.test(cleaned) || /\bminus\b/.test(cleaned)) return null;
  const outOf = /(\d+(?:\.\d+)?|[a-z]+)\s*(?:\/|out of)\s*(\d+|[a-z]+)/.exec(cleaned);
  const givenValue = outOf ? wholeNumber(outOf[1]!) : null;
  const givenScale = outOf ? wholeNumber(outOf[2]!) : null;
  let candidates: number[];
  if (givenValue !== null && givenScale !== null) {
    if (givenScale !== max) return null;
    candidates = [givenValue];
  } else {
    const tokens = cleaned.match(/\d+(?:\.\d+)?|[a-z]+/g) ?? [];
    candidates = tokens.map(wholeNumber).filter((n): n is number => n !== null);
  }
  const distinct = [...new Set(candidates)];
  if (distinct.length !== 1) return null;
  const answer = distinct[0]!;
  return answer >= min && answer <= max ? answer : null;
}
