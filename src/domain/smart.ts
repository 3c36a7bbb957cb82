import { numberIsNotARating, ratingFromWords } from './ratingWords.ts';
import { parseDueDate, type DateContext } from './dates.ts';

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
}

// How a verb's result can be checked. "oneOff": done or not done ("update my CV"). "countable":
// done once per thing, so a plain plural needs a number ("apply for jobs" - how many?). "ongoing":
// open-ended, so it needs an amount or how often ("practise interviews").
type VerbKind = 'oneOff' | 'countable' | 'ongoing';

const ACTION_VERBS: Record<string, VerbKind> = {
  update: 'oneOff', finish: 'oneOff', complete: 'oneOff', submit: 'oneOff', book: 'oneOff', attend: 'oneOff',
  register: 'oneOff', enrol: 'oneOff', enroll: 'oneOff', sign: 'oneOff', call: 'oneOff', phone: 'oneOff',
  ring: 'oneOff', email: 'oneOff', 'e-mail': 'oneOff', text: 'oneOff', message: 'oneOff', visit: 'oneOff',
  write: 'oneOff', fill: 'oneOff', print: 'oneOff', ask: 'oneOff', create: 'oneOff', set: 'oneOff',
  upload: 'oneOff', join: 'oneOff', contact: 'oneOff', meet: 'oneOff', arrange: 'oneOff', make: 'oneOff',
  open: 'oneOff', buy: 'oneOff', download: 'oneOff', hand: 'oneOff', drop: 'oneOff', speak: 'oneOff',
  talk: 'oneOff', go: 'oneOff', redo: 'oneOff', rewrite: 'oneOff', pay: 'oneOff',
  apply: 'countable', send: 'countable', post: 'countable',
  practise: 'ongoing', practice: 'ongoing', read: 'ongoing', search: 'ongoing', look: 'ongoing',
  research: 'ongoing', check: 'ongoing', browse: 'ongoing', learn: 'ongoing', study: 'ongoing',
  revise: 'ongoing', rehearse: 'ongoing', prepare: 'ongoing', list: 'ongoing', volunteer: 'ongoing',
  find: 'ongoing', walk: 'ongoing', watch: 'ongoing',
};
const IRREGULAR_FORMS: Record<string, string> = {
  wrote: 'write', written: 'write', sent: 'send', made: 'make', went: 'go', going: 'go', spoke: 'speak',
  rang: 'ring', met: 'meet', bought: 'buy', found: 'find', paid: 'pay', setting: 'set',
  dropping: 'drop', signing: 'sign',
};
// Words that only make sense with a particle: "look" alone is a glance, "look for" is a search.
const NEEDS_PARTICLE: Record<string, string[]> = {
  look: ['for', 'up', 'at', 'into', 'through'], go: ['to'], set: ['up'], hand: ['in'], drop: ['off', 'in'],
  fill: ['in', 'out'], speak: ['to', 'with'], talk: ['to', 'with'], find: ['out'],
};
// Searching for "work" or "jobs" is the vague goal itself; a search is specific once it says what or where.
const SEARCH_VERBS = new Set(['look', 'search', 'find', 'browse', 'check']);
const GENERIC_WORK_WORDS = new Set(['work', 'job', 'jobs', 'employment', 'vacancies', 'vacancy', 'roles', 'online', 'around']);

const PARTICLES = new Set(['for', 'to', 'up', 'out', 'in', 'at', 'into', 'about', 'off', 'on', 'with', 'through', 'round']);
const DEFINITE = new Set(['the', 'my', 'your', 'our', 'his', 'her', 'their', 'this', 'that', 'these', 'those']);
const DETERMINERS = new Set([...DEFINITE, 'a', 'an', 'one']);
// "going to get a job", "try to be better": the outcome words are not actions the client can tick off.
const VAGUE_VERBS = new Set(['get', 'be', 'try', 'do', 'start', 'keep', 'sort', 'think', 'feel', 'work', 'improve',
  'become', 'stop', 'see', 'have', 'need', 'want', 'stay', 'focus', 'change', 'help']);
const CLAUSE_ENDS = new Set(['and', 'then', 'but', 'so', 'because', 'by', 'before', 'until', 'till', 'if', 'when', 'every', 'each']);
const EMPTY_WORDS = new Set([
  'a', 'an', 'the', 'my', 'your', 'our', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'some', 'any',
  'of', 'for', 'to', 'about', 'with', 'at', 'on', 'in', 'up', 'out', 'it', 'them', 'him', 'me', 'myself', 'us',
  'stuff', 'things', 'thing', 'something', 'anything', 'everything', 'more', 'better', 'harder', 'life', 'lot',
  'lots', 'bit', 'again', 'too', 'also', 'just', 'really', 'properly', 'soon', 'asap', 'now', 'sometime',
  'today', 'tomorrow', 'tonight', 'week', 'weeks', 'month', 'months', 'day', 'days', 'next', 'end', 'weekend',
  'effort', 'progress', 'difference', 'sure', 'time', 'money', 'care', 'easy', 'break', 'rest', 'changes',
  'morning', 'afternoon', 'evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
const TIME_UNITS = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours',
  'hr', 'hrs', 'minute', 'minutes', 'min', 'mins', 'am', 'pm', 'fortnight', 'fortnights', 'oclock']);
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'hundred', 'dozen', 'both', 'twice']);
const FREQUENCY = new RegExp([
  '\\b(?:every|each)\\s+(?:other\\s+)?(?:day|morning|afternoon|evening|night|week|weekday|fortnight|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b',
  '\\b(?:daily|weekly|fortnightly|monthly|nightly|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays)\\b',
  // "3 jobs a week", "twice a day"; but "in a week" is a deadline and "for a week" a duration.
  '(?<!\\b(?:in|within|for|after)\\s)\\b(?:a|per)\\s+(?:day|week|fortnight|month)\\b',
].join('|'));
const DURATION = /\bfor\s+(?:\d+|an?|one|two|three|half\s+an)\s+(?:minutes?|mins?|hours?|hrs?)\b/;

/**
 * Reads the parts of SMART that show in the words. Achievable and realistic are for the client to
 * say (see parseConfidence). Outcomes that are not in the client's hands, like "get a job", are
 * neither specific nor measurable here: a step must be something the client can do and tick off.
 */
export function analyseGoal(text: string, context: DateContext): GoalAnalysis {
  const words = wordsOf(text);
  const actions = findActions(words);
  const joined = words.join(' ');
  const hasFrequency = FREQUENCY.test(joined);
  const hasAmount = hasCount(text) || hasFrequency || DURATION.test(joined);
  const dueDate = parseDueDate(text, context);

  const specific = actions.length > 0;
  const doneOrNot = actions.some((action) => action.doneOrNot);
  const measurable = hasAmount || doneOrNot;
  const timeBound = dueDate !== null;

  const missing: MissingCriterion[] = [];
  if (!specific) missing.push({ criterion: 'specific', need: 'one-thing' });
  if (!measurable) missing.push({ criterion: 'measurable', need: specific ? 'how-many' : 'how-to-tell' });
  if (!timeBound) missing.push({ criterion: 'timeBound', need: hasFrequency ? 'check-in-day' : 'by-when' });
  return { specific, measurable, timeBound, dueDate, missing };
}

interface Action {
  verb: string;
  kind: VerbKind;
  /** Whether the action has a clear done/not-done result without a number. */
  doneOrNot: boolean;
}

/** Concrete actions on a concrete thing, e.g. "call" + "the job centre". */
function findActions(words: string[]): Action[] {
  const actions: Action[] = [];
  // Each word's verb, looked up once: the object of one verb is read word by word after it.
  const verbs = words.map(baseVerb);
  words.forEach((word, index) => {
    const verb = verbs[index];
    if (!verb) return;
    let objectStart = index + 1;
    const particles = Object.hasOwn(NEEDS_PARTICLE, verb) ? NEEDS_PARTICLE[verb] : undefined;
    if (particles && !particles.includes(words[objectStart] ?? '')) return;
    while (PARTICLES.has(words[objectStart] ?? '')) objectStart++;
    const object = objectWords(words, verbs, objectStart);
    const content = object.filter((w) => !EMPTY_WORDS.has(w) && !isNumber(w));
    const concrete = SEARCH_VERBS.has(verb)
      ? object.some(isNumber) || content.some((w) => !GENERIC_WORK_WORDS.has(w))
      : content.length > 0;
    if (!concrete) return;
    const first = object[0] ?? '';
    const plural = content.slice(0, 3).some(looksPlural);
    const kind = ACTION_VERBS[verb]!;
    // "call employers" needs a number; "call the employers on my list" and "update my CV" do not.
    const doneOrNot = kind === 'ongoing'
      ? DEFINITE.has(first) && !plural // "research the company", not "practise my answers"
      : !plural || DETERMINERS.has(first);
    actions.push({ verb, kind, doneOrNot });
  });
  return actions;
}

function objectWords(words: string[], verbs: (string | null)[], from: number): string[] {
  const object: string[] = [];
  for (let i = from; i < words.length && object.length < 6; i++) {
    const word = words[i]!;
    const isVerb = verbs[i] !== null || VAGUE_VERBS.has(word);
    if (isVerb && object.length === 0) return []; // "going to apply": the action is the next verb
    if (CLAUSE_ENDS.has(word) || (isVerb && words[i - 1] === 'to')) break;
    object.push(word);
  }
  return object;
}

const ENDINGS = [/^(.+)ing$/, /^(.+)ed$/, /^(.+)es$/, /^(.+)s$/, /^(.+)d$/];

// Own keys only: a word such as "constructor" must not find Object's prototype in these tables.
const isActionVerb = (word: string) => Object.hasOwn(ACTION_VERBS, word);

export function baseVerb(word: string): string | null {
  if (isActionVerb(word)) return word;
  if (Object.hasOwn(IRREGULAR_FORMS, word)) return IRREGULAR_FORMS[word]!;
  for (const ending of ENDINGS) {
    const stem = ending.exec(word)?.[1];
    if (!stem) continue;
    for (const candidate of [stem, `${stem}e`, stem.replace(/ie$/, 'y'), stem.replace(/i$/, 'y')]) {
      if (isActionVerb(candidate)) return candidate;
    }
  }
  return null;
}

/** A number of things ("3 jobs", "three times"), not a date, a time or a deadline ("in 3 days"). */
function hasCount(text: string): boolean {
  const withoutDates = text.toLowerCase()
    .replace(/\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b/g, ' ')
    .replace(/\b\d{1,2}(?::\d{2})?\s*(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\b\d+(?:st|nd|rd|th)\b|\b\d{4}\b/g, ' ')
    .replace(/\b(?:a\s+)?couple(?:\s+of)?\b/g, ' two ');
  const words = wordsOf(withoutDates);
  return words.some((word, index) => {
    if (!isNumber(word)) return false;
    const next = words[index + 1];
    if (next === undefined || next === 'of' || /^(?:st|nd|rd|th)$/.test(next)) return word === 'twice';
    if (!TIME_UNITS.has(next)) return true;
    // "for 30 minutes" is an amount of effort; "in 3 days" is a deadline.
    return words[index - 1] === 'for' || ['a', 'per', 'each', 'every'].includes(words[index + 2] ?? '');
  });
}

function isNumber(word: string): boolean {
  return /^\d+$/.test(word) || NUMBER_WORDS.has(word);
}

const NOT_PLURAL = new Set(['was', 'has', 'its', 'his', 'yes', 'gas', 'news', 'always', 'perhaps', 'series']);
function looksPlural(word: string): boolean {
  return /[^su']s$/.test(word) && word.length > 2 && !NOT_PLURAL.has(word);
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/o'clock/g, 'oclock').match(/[a-z0-9][a-z0-9'-]*/g) ?? [];
}

const CONFIDENCE_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/**
 * Reads a 1 to 10 answer: "7", "seven", "7/10", "about 6", "8 out of 10", "70%", "bad". A range like
 * "6 or 7" gives the first (usually lower) number, so we lean towards making the step smaller.
 * Returns null when there is no number from 1 to 10, so the coach can ask again.
 */
export function parseConfidence(text: string): number | null {
  if (numberIsNotARating(text)) return null;
  const cleaned = text.toLowerCase().replace(/[\ufe0f\u20e3]/g, '').replace(/\bout of\b/g, '/');
  const percent = /(\d{1,3})\s*%/.exec(cleaned);
  if (percent) return onTheScale(Math.round(Number(percent[1]) / 10));
  const match = /(?<![\d.])(\d{1,2}(?:\.\d+)?)(?![\d.])|\b(zero|one|two|three|four|five|six|seven|eight|nine|ten)\b/.exec(cleaned);
  // "bad", "ok", "pretty good": read for what they say (see ratingFromWords).
  if (!match) return ratingFromWords(text, 1, 10);
  return onTheScale(match[1] ? Number(match[1]) : CONFIDENCE_WORDS[match[2]!]!);
}

function onTheScale(value: number): number | null {
  if (value > 10) return null;
  return Math.max(1, value); // 0 is still an answer: the bottom of the scale
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
