// Finds the actions in a goal, in the order typed, and whether each has a clear done/not-done result
// without a number. analyseGoal (smart.ts) reads the first: a line with two steps is labelled as its
// first (test/corpus/goals/brief.md), so "look for jobs and update my CV" still needs how many.
import { isNumber, looksPlural } from './smartAmounts.ts';
import { doneBySomeoneElse } from './smartOwners.ts';
import {
  ACTION_VERBS, DESCRIBES_BEFORE, NEEDS_NO_OBJECT, NEEDS_PARTICLE, NOT_THE_CLIENTS, PARTICLE_KINDS, SEARCH_NOTHING, SEPARABLE, SEPARABLE_REACH,
  VAGUE_VERBS, baseVerb, verbTypedWrong, type VerbKind,
} from './smartVerbs.ts';

export const PARTICLES = new Set(['for', 'to', 'up', 'out', 'in', 'at', 'into', 'about', 'off', 'on', 'with', 'through', 'round', 'down']);
export const DEFINITE = new Set(['the', 'my', 'your', 'our', 'his', 'her', 'their', 'this', 'that', 'these', 'those']);
export const DETERMINERS = new Set([...DEFINITE, 'a', 'an', 'one']);
const NOUN_BEFORE = new Set(['a', 'an', 'the', 'my', 'your', 'our', 'his', 'her', 'their']);
// Someone about to do something: "my mate will ring", "the kids and i go".
const SUBJECT_WORDS = new Set(['i', "i'll", 'ill', 'im', "i'm", 'we', 'will', 'shall', 'gonna', 'must', 'should', 'could', 'might', 'can', 'to', 'then']);
// A set of things named whole, so a plural after it is done when all are: "the employers on my list".
// "my applications" is not: clients add to it, and it is the open-ended kind (brief.md).
const WHOLE_SET = new Set(['the', 'these', 'those', 'both', 'all', 'each', 'every']);
// "a few jobs", "a bunch of places": a loose amount, not one thing.
const LOOSE_AFTER_A = new Set(['few', 'lot', 'load', 'bunch', 'handful', 'number', 'couple']);
// Where one part of the object ends and the next begins: "my CV | into | shops | on | the high street".
const PHRASE_BREAKS = new Set([...PARTICLES, 'near', 'from', 'by', 'within', 'around', 'like', 'paying', 'that', 'which', 'since', 'as']);
// Not something to do but a feeling about doing: "make more effort with job stuff".
const VAGUE_OBJECTS = new Set(['stuff', 'effort', 'progress', 'everything', 'anything', 'something', 'whatever']);
// Nouns with no plural that still mean many: "apply for saturday work" needs how many, like "jobs".
const MASS_NOUNS = new Set(['work', 'employment', 'volunteering', 'vacancies', 'temping']);
const EVERY = new Set(['every', 'each']);
const CLAUSE_ENDS = new Set(['and', 'then', 'but', 'so', 'because', 'by', 'before', 'until', 'till', 'if', 'when', 'every', 'each', 'or', 'plus']);
const EMPTY_WORDS = new Set([
  'a', 'an', 'the', 'my', 'your', 'our', 'his', 'her', 'their', 'this', 'that', 'these', 'those', 'some', 'any',
  'of', 'for', 'to', 'about', 'with', 'at', 'on', 'in', 'up', 'out', 'it', 'them', 'him', 'me', 'myself', 'us',
  'stuff', 'things', 'thing', 'something', 'anything', 'everything', 'more', 'better', 'harder', 'life', 'lot',
  'lots', 'bit', 'again', 'too', 'also', 'just', 'really', 'properly', 'soon', 'asap', 'now', 'sometime',
  'today', 'tomorrow', 'tonight', 'week', 'weeks', 'month', 'months', 'day', 'days', 'next', 'end', 'weekend',
  'effort', 'progress', 'difference', 'sure', 'time', 'money', 'care', 'easy', 'break', 'rest', 'changes',
  'best', 'well', 'good', 'right', 'ok', 'okay', 'bits',
  'morning', 'afternoon', 'evening', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

export interface Action {
  verb: string;
  kind: VerbKind;
  /** Where the verb is among the words, so the first step's own words can be told from the next's. */
  at: number;
  /** Whether the action has a clear done/not-done result without a number. */
  doneOrNot: boolean;
  /** "my mate will ring the boss": someone else's doing, not a step the client can tick off (smartOwners.ts). */
  bySomeoneElse: boolean;
}

// "can you help me write a cv?", "could u ring them for me": asks the coach to do it, so it is a
// question to answer, not a step of the client's (round five); "can i ring them tomorrow" is theirs.
const ASKS_THE_COACH = /^\s*(?:(?:please|pls|plz|so|and|but|ok|okay|hi|hey)[\s,]+)?(?:can|could|will|would|do|did)\s+(?:you|u|ya|yous)\b/i;

/** The client asks the coach to do something, rather than saying what they will do. */
export function asksTheCoach(text: string): boolean {
  return ASKS_THE_COACH.test(text);
}

// "ask about sunday shifts", "enquire about evening classes": asked once, however many things the topic
// names (round six); "ask for references" still needs how many, and "find out about apprenticeships"
// is a search (the training rows).
const ASKING = new Set(['ask', 'enquire', 'inquire']);
function asksAboutATopic(verb: string, after: string[]): boolean {
  return ASKING.has(verb) && after[0] === 'about';
}

/** Concrete actions on a concrete thing, e.g. "call" + "the job centre", first typed first. */
export function findActions(words: string[]): Action[] {
  const actions: Action[] = [];
  // Each word's verb, looked up once: the object of one verb is read word by word after it.
  const verbs = words.map((word, index) => verbAt(words, index));
  words.forEach((word, index) => {
    const verb = verbs[index];
    if (!verb) return;
    let objectStart = index + 1;
    while (PARTICLES.has(words[objectStart] ?? '')) objectStart++;
    const object = objectWords(words, verbs, objectStart);
    const content = object.filter((w) => !EMPTY_WORDS.has(w) && !isNumber(w) && !/^\d+(?:st|nd|rd|th)$/.test(w));
    if ((content.length === 0 && !(NEEDS_NO_OBJECT.has(verb) && object.length > 0)) || object.some((w) => VAGUE_OBJECTS.has(w))) return;
    const kind = kindOf(verb, words[index + 1] ?? '');
    if (kind === 'search' && content.every((w) => SEARCH_NOTHING.has(w))) return;
    const done = doneOrNot(kind, phrasesOf(object)) || asksAboutATopic(verb, words.slice(index + 1));
    actions.push({ verb, kind, at: index, doneOrNot: done, bySomeoneElse: doneBySomeoneElse(words, index) });
  });
  return actions;
}

// Own keys only, as in baseVerb: "look constructor" must not find Object's prototype.
function kindOf(verb: string, particle: string): VerbKind {
  const byParticle = Object.hasOwn(PARTICLE_KINDS, verb) ? PARTICLE_KINDS[verb]! : {};
  return Object.hasOwn(byParticle, particle) ? byParticle[particle]! : ACTION_VERBS[verb]!;
}

/** The verb a word starts, or null: a particle verb without its particle, or a word describing a job. */
function verbAt(words: string[], index: number): string | null {
  const word = words[index]!;
  // "lookin", "searchin": the g dropped, as typed on a phone.
  const verb = baseVerb(word) ?? (word.endsWith('in') ? baseVerb(`${word}g`) : null) ?? verbTypedWrong(word);
  if (!verb || NOT_THE_CLIENTS.has(word) || DESCRIBES_BEFORE.has(words[index - 1] ?? '')) return null;
  if (isNounHere(words, index)) return null;
  const particles = Object.hasOwn(NEEDS_PARTICLE, verb) ? NEEDS_PARTICLE[verb] : undefined;
  if (!particles || particles.includes(words[index + 1] ?? '')) return verb;
  if (!SEPARABLE.has(verb)) return null;
  // "drop my cv into": the particle may follow a short object, if nothing else starts in between.
  for (let i = index + 2; i <= index + SEPARABLE_REACH && i < words.length; i++) {
    if (particles.includes(words[i]!)) return verb;
    if (CLAUSE_ENDS.has(words[i]!) || baseVerb(words[i]!) !== null) break;
  }
  return null;
}

/**
 * A doing word used as a noun: "a dbs check", "the job search", "a criminal record check". Up to
 * two words may stand between it and "a", "the" or "my", if none is a particle or a verb. Not after
 * "this" or "that": "this week apply for 3 jobs" is still an action.
 */
function isNounHere(words: string[], index: number): boolean {
  for (let back = 1; back <= 3 && index - back >= 0; back++) {
    const word = words[index - back]!;
    if (NOUN_BEFORE.has(word)) return true;
    if (PARTICLES.has(word) || CLAUSE_ENDS.has(word) || SUBJECT_WORDS.has(word) || baseVerb(word) !== null || VAGUE_VERBS.has(word)) return false;
  }
  return false;
}

function objectWords(words: string[], verbs: (string | null)[], from: number): string[] {
  const object: string[] = [];
  for (let i = from; i < words.length && object.length < 8; i++) {
    const word = words[i]!;
    // "ask for help" is a thing asked for; "going to get a job" is a wish after "to".
    const isVerb = verbs[i] !== null || (VAGUE_VERBS.has(word) && (i === from || words[i - 1] === 'to') && !(PARTICLES.has(words[i - 1] ?? '') && words[i - 1] !== 'to'));
    if (isVerb && object.length === 0) return []; // "going to apply": the action is the next verb
    // "every day" ends the object; "every job at the new tesco" is the object.
    if (EVERY.has(word) && object.length === 0) { object.push(word); continue; }
    if (CLAUSE_ENDS.has(word) || (isVerb && words[i - 1] === 'to')) break;
    object.push(word);
  }
  return object;
}

/** The object in its parts: "my cv into shops on the high st" -> [my cv] [shops] [the high st]. */
function phrasesOf(object: string[]): string[][] {
  const phrases: string[][] = [[]];
  for (const word of object) {
    if (PHRASE_BREAKS.has(word)) {
      if (phrases[phrases.length - 1]!.length > 0) phrases.push([]);
    } else phrases[phrases.length - 1]!.push(word);
  }
  return phrases.filter((phrase) => phrase.length > 0);
}

// How a phrase opens decides if a plural in it is counted or named whole: "the 2 jobs", "2 sisters
// cafe" (a name, see smartAmounts.ts) and "the employers on my list" are; "a few jobs" is not.
function opener(phrase: string[]): string {
  // "all the agencies", "both the jobs": the whole set, as "the" is.
  const first = phrase[0] === 'all' || phrase[0] === 'both' ? 'the' : phrase[0] ?? '';
  if (first === 'a' && LOOSE_AFTER_A.has(phrase[1] ?? '')) return 'loose';
  if (isNumber(first) || /^name-\d/.test(first)) return 'number';
  return first;
}

// A mass noun means many only as the phrase's last word, its head: "weekend work", not "work history".
const manyThings = (phrase: string[]) => phrase.some(looksPlural) || MASS_NOUNS.has(phrase[phrase.length - 1] ?? '');

function doneOrNot(kind: VerbKind, phrases: string[][]): boolean {
  const head = phrases[0] ?? [];
  const open = opener(head);
  switch (kind) {
    case 'ongoing': return false; // "practise my English": done when? Only an amount says.
    case 'search': return DEFINITE.has(open) && !manyThings(head); // "research the company"
    case 'oneOff': return !manyThings(head) || DETERMINERS.has(open) || WHOLE_SET.has(open) || open === 'number'; // "update my details"
    case 'countable': return countedOrOne(head);
    // "send my CV to employers": the places it goes are counted too.
    case 'deliver': return phrases.every(countedOrOne);
  }
}

/** One thing, or a whole named set: "the asda application", "the two jobs"; not "my applications". */
function countedOrOne(phrase: string[]): boolean {
  const open = opener(phrase);
  return !manyThings(phrase) ? open !== 'loose' : WHOLE_SET.has(open) || open === 'number';
}
