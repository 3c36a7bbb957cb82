// Replies in goal setting that look like answers but are not what the question on screen asks for
// (play-testing): a new day for an answer already given ("actually no make it thursday", typed at the
// next question), a thing with nothing to do about it ("Hairdressing" or "shop work" where a step is asked), and a
// day that hangs on something the coach cannot know ("after the kids go back to school").
import { normaliseAnswer } from './answers.ts';
import { parseDueDate, type DateContext } from './dates.ts';
import { isNotAGoal, isOnlyADate, isOnlyAVagueTime, tidyWords } from './goalWords.ts';
import { baseVerb } from './smart.ts';
import { asksPlainly, looksLikeAQuestion } from './intentGuards.ts';
import { asksWhatWeMean, namesAGoalOrStep } from './textChecks.ts';
import { readJobsWanted } from './jobWanted.ts';

// Words that say the answer before is being changed: "actually no", "wait", "make it", "can it be".
const OPENERS =
  /^(?:(?:actually|no|nah|nope|wait|sorry|soz|oh|oops|whoops|hang on|hold on|hmm|erm|um|ah|ok|okay|on second thoughts?|scrap that|i mean|i meant|my mistake|my bad)\s+)+/;
const ASKS =
  /^(?:(?:can|could) (?:it|we|i|you) (?:be|make it|do it|change it to|move it to|put it|have it)|(?:make|change|move|put) (?:it|that|the date|the day)(?: to| for)?|lets (?:make it|say|do|go with)|let us (?:say|make it|go with)|id rather|i would rather|(?:i will|ill|i can|i could) do it)\s+/;
const AFTER = /\s+(?:instead|then|please|pls|is better|would be better|works better|is best|would be best|actually|thanks|ta|now)$/;

/**
 * A new day for the answer just given, said as a change ("actually no make it thursday", "can it be
 * the 19th", "thursday instead"): the day, or null. A day alone ("thursday") is not a change, and
 * neither is a bare number ("no make it 8" at a 1 to 10 question).
 */
export function dayCorrection(text: string, context: DateContext): Date | null {
  const words = normaliseAnswer(text);
  let core = words.replace(OPENERS, '');
  core = core.replace(ASKS, '');
  while (AFTER.test(core)) core = core.replace(AFTER, '');
  if (core === words || !core || /^\d+$/.test(core)) return null;
  return isOnlyADate(core, context) ? parseDueDate(core, context) : null;
}

// Words that do something, or say who does it: with one of these the words are more than a thing.
const DOING = new Set([
  'get', 'got', 'do', 'did', 'try', 'start', 'keep', 'sort', 'fix', 'see', 'have', 'need', 'want', 'work', 'help', 'take', 'give',
  'put', 'use', 'tell', 'show', 'pick', 'bring', 'collect', 'pass', 'renew', 'add', 'plan', 'save', 'clean', 'tidy', 'cook',
  'drive', 'train', 'be', 'become', 'stop', 'think', 'feel', 'improve', 'change', 'focus', 'stay', 'gain', 'earn', 'achieve',
  'build', 'lose', 'quit', 'move', 'sell', 'order', 'organise', 'i', 'im', 'we', 'you', 'he', 'she', 'they', 'it', 'will', 'going',
  'gonna', 'wanna', 'can', 'could', 'should', 'would', 'to', 'not', 'no', 'is', 'are', 'was', 'and', 'or', 'by', 'for', 'on',
  'in', 'at', 'with', 'about', 'if', 'when', 'this', 'that', 'what', 'how', 'why', 'who', 'where', 'which', 'just', 'more',
]);
const OPENING = /^(?:my|the|a|an|some)\s+/;
const MAX_THING_WORDS = 3;

/**
 * "Hairdressing", "cv", "my cv": a thing, with nothing to do about it, typed where a step is asked.
 * The thing as a plan would write it ("hairdressing", "CV"), or null when the words do something.
 */
export function thingNamedAlone(text: string): string | null {
  const words = normaliseAnswer(text).replace(OPENING, '');
  const each = words.split(' ').filter(Boolean);
  if (each.length === 0 || each.length > MAX_THING_WORDS || isNotAGoal(text)) return null;
  if (each.some((word) => DOING.has(word) || baseVerb(word) !== null || /^\d/.test(word))) return null;
  const tidied = tidyWords(words);
  // A capital only where the plan keeps one: "hairdressing", but "CV".
  return /^.[a-z]/.test(tidied) || tidied.length === 1 ? tidied.charAt(0).toLowerCase() + tidied.slice(1) : tidied;
}

// "shop work", "a warehouse job", "care jobs": the kind of work wanted, typed where a step is asked.
// Play-testing, round eighteen: "shop work" at "What is a smaller first step?" was kept as the step.
const KIND_OF_WORK = /^((?:[a-z]+ ){0,2}[a-z]+) (?:work|job|jobs)$/;
// "any job", "a new job", "part time work": work, but no kind of it.
const NO_KIND = new Set(['any', 'new', 'another', 'better', 'proper', 'real', 'paid', 'first', 'part', 'full', 'time', 'good', 'some', 'more', 'of']);

/** The kind of work named alone ("shop" for "shop work" or "a shop job"), or null when the words do something. */
export function kindOfWorkAlone(text: string): string | null {
  const words = normaliseAnswer(text).replace(OPENING, '');
  const kind = KIND_OF_WORK.exec(words);
  if (!kind || isNotAGoal(text)) return null;
  const before = kind[1]!.split(' ');
  if (before.some((word) => DOING.has(word) || NO_KIND.has(word) || baseVerb(word) !== null)) return null;
  return kind[1]!;
}

// "after the kids go back to school", "once i get paid", "when my laptop is fixed": a day that hangs on
// something else. Read only where no day was found in the words.
const WAITS_FOR = /^(?:(?:probably|maybe|hopefully|i think|well|erm|um|not until|not till|only|just|sometime|some time)\s+)*(?:after|when|once|as soon as|till|until|til|by the time|not before)\s+\w+/;
const SCHOOL = /\b(?:school|schools|term|half term|holidays?|hols|kids|children|childrens|nursery|college starts?)\b/;

/** A day that hangs on something the coach cannot know: 'school' for school days and holidays, else 'event'. */
export function waitsForAnEvent(text: string): 'school' | 'event' | null {
  const words = normaliseAnswer(text);
  if (!WAITS_FOR.test(words) || isOnlyAVagueTime(words)) return null;
  return SCHOOL.test(words) ? 'school' : 'event';
}

// "get a retail job?", "apply to tesco?": an answer said with a question mark, as people unsure of
// it type one. Play-testing found each kept out as a question, every time. A question asks with its
// first words ("can it be any job?", "what is a smart goal?") and is answered instead.
const END_MARKS = /[?\s]+$/;

/**
 * A goal or a step said with a question mark, and not asked as a question: it is the answer. With
 * `job`, a job said so ("maybe retail?" where the job is asked, round fourteen).
 */
export function isTentativeAnswer(text: string, { job = false, short = false }: { job?: boolean; short?: boolean } = {}): boolean {
  const said = text.trim();
  if (!said.endsWith('?')) return false;
  const words = said.replace(END_MARKS, '');
  if (!words || looksLikeAQuestion(words) || asksPlainly(words) || asksWhatWeMean(said) || ASKS_IF_OK.test(words)) return false;
  // `short`: a few words where a few are asked ("not sure, talking?" at "What are you good at?",
  // round twenty-four: "Sorry, I was not clear", and "talking" lost).
  // A doubt said with it, so "it is only one CV?" still asks.
  if (short) return words.split(/\s+/).length <= MAX_SHORT_ANSWER_WORDS && DOUBTED.test(words) && !LAST_PART_ASKS.test(words);
  return job ? readJobsWanted(words).kind === 'jobs' : namesAGoalOrStep(words);
}
const MAX_SHORT_ANSWER_WORDS = 6;
const DOUBTED = /\b(?:not (?:really )?sure|unsure|maybe|perhaps|probably|i guess|i suppose|i think|dunno|idk|no idea)\b/i;
// "not sure, what do you mean": the part after the comma asks.
const LAST_PART_ASKS = /[,;]\s*(?:what|how|why|who|which|when|where|is|are|do|does|can|could|will|would|should)\b[^,;]*$/i;
// "retail ok?", "retail is that alright?": asked whether it is all right, not said as an answer.
const ASKS_IF_OK = /\b(?:ok|okay|alright|all right|fine|allowed|good|bad)$/i;

/** The words without the question mark they were typed with ("apply to tesco?" is "apply to tesco"). */
export function withoutQuestionMark(text: string): string {
  const words = text.trim().replace(END_MARKS, '');
  return words || text;
}

// "actually no, do a care course first", typed at the next question: the step changed, not more words
// for it (play-testing found "Apply for care jobs, actually no, do a care course first" kept as a step).
const CHANGE_OF_MIND =
  /^\s*(?:(?:oh|um|erm|hmm|sorry|wait|hang on|hold on)[\s,.!-]+)*(?:actually no|no actually|no wait|wait no|scrap that|on second thoughts?|change of plan|i(?: have|ve)? changed my mind|no sorry|sorry no|i meant|i mean)[\s,.!:;-]+(?:(?:no|instead|rather)[\s,.!-]+)?(?:(?:i(?:d| would) rather|i want to|lets|let me|i(?:ll| will)|make it|can it be)\s+)?/i;
const MIN_NEW_WORDS = 2;

/** The new step said as a change of mind, or null: its words must say a step or a goal. */
export function changedMindTo(text: string): string | null {
  const rest = wordsAfterChangeOfMind(text);
  if (rest === null || rest.split(/\s+/).length < MIN_NEW_WORDS || !namesAGoalOrStep(rest) || isNotAGoal(rest)) return null;
  return rest;
}

/** What follows "actually no", "no wait", "i meant": the answer said again, changed; null when no change is said. */
export function wordsAfterChangeOfMind(text: string): string | null {
  const match = CHANGE_OF_MIND.exec(text);
  if (!match) return null;
  return text.slice(match[0].length).replace(/\s+(?:instead|first)?\s*(?:please|thanks)?[.!]*$/i, (tail) => (/first/i.test(tail) ? ' first' : '')).trim();
}
