// A life barrier told where a job is asked ("my mum is ill so i look after her some days" at "Is
// there another job you would like?", play-testing 2026-12-08: "I am not sure which job you mean";
// "im in a hostel at the moment" and "im behind on my rent" had been kept as jobs called "Hostel"
// and "Behind on my rent"): kept with the barrier it names, so nothing said is lost, and the job
// question asked again.
import { normaliseAnswer } from './answers.ts';
import { barrierTopicsNamed } from './barrierTopics.ts';
import type { BarrierId } from './barriers.ts';

// Things in a life that make work harder; not exams, confidence or gaps, which job answers often mention.
const LIFE_BARRIERS: ReadonlySet<BarrierId> = new Set(['childcare-caring', 'health', 'transport', 'housing', 'convictions', 'debt', 'money-benefits', 'substance-use']);
// "is there anything with no driving?": a question about jobs, answered elsewhere.
const A_QUESTION = /^(?:is|are|can|could|do|does|will|would|what|which|how|should|any)\b/;
const FEWEST_WORDS = 3;
// Said of their own life: "im on methadone", "i dont drive", "cant drive cos of my epilepsy", "no car".
const ABOUT_THEIR_LIFE = /^(?:i|im|i am|ive|i have|my|got|no|cant|cannot|can not|dont|do not|staying|living|currently|at the moment|on)\b/;
// ... unless it says what work they want or have done: "i want to drive vans", "i used to care for people", "i have a forklift licence".
const ABOUT_WORK = /\b(?:want|wanna|would like|id like|like to|love|fancy|interested|enjoy|dream|ideal|prefer|rather|be a|become|work(?:ing|ed)? (?:as|in|with|at|on|for)|job|jobs|role|used to|experience|worked|was a|trained|qualified|course|apprenticeship|licence|license|ticket|badge|card)\b/;

// "my mum is ill": someone at home to look after, though no caring word is said.
const SOMEONE_ILL_AT_HOME = /\bmy (?:mum|mam|mom|mother|dad|father|nan|nana|gran|grandad|wife|husband|partner|son|daughter|kid|child|boy|girl|brother|sister)s? (?:is|are|s|has been|have been|got|has got) (?:really |very |quite |so |been )?(?:ill|sick|poorly|unwell|disabled|in hospital|cancer|dementia)\b/;
// Play-testing 2026-12-08: "nobody really, my mum is ill" at the kinds of work offered, and "yes my
// anxiety is bad" at "What makes you want that job?": a no or a yes first, then their life.
const NO_OR_YES_FIRST = /^(?:(?:yes|yeah|yea|yh|yep|aye|no|nah|nope|well|ok|okay|honestly|tbh|nobody|no one|noone|none|nothing|not really|not sure|dunno|idk|really)\s+)+/;

/** The barrier a sentence with no job in it tells of, or null. Only call it when no job was read. */
export function barrierToldForAJob(text: string): BarrierId | null {
  const words = normaliseAnswer(text);
  if (text.trim().endsWith('?') || A_QUESTION.test(words) || ABOUT_WORK.test(words) || words.split(' ').length < FEWEST_WORDS) return null;
  return barrierTopicsNamed(text).find((id) => LIFE_BARRIERS.has(id)) ?? (SOMEONE_ILL_AT_HOME.test(words) ? 'childcare-caring' : null);
}

/** A barrier told of their own life, with no word about work: read before any job is looked for in it. */
export function lifeToldInsteadOfAJob(text: string): BarrierId | null {
  return ABOUT_THEIR_LIFE.test(normaliseAnswer(text).replace(NO_OR_YES_FIRST, '')) ? barrierToldForAJob(text) : null;
}

// Money, hours, kids, liking it: a reason for the job, even beside a barrier ("i have kids so the hours suit").
// "I understand children", "good with kids" at a teaching assistant's reason are reasons (scripted clients).
const A_REASON = /\b(?:understand|understands|know|knows|good with|experience|skills?|passion|always wanted|interest|interested|interesting|children|kids|child|so|because|cos|coz|cause|hours|fits?|suits?|around|round|money|pay|paid|wage|wages|earn|enjoy|like|likes|love|good at|near|close|local|flexible|help|helping|people|outside|active|quiet|easy|steady|need|needs)\b/;
// Money is often the reason itself ("skint, need the money"): only these are heard as a barrier there.
const BARRIERS_NO_REASON: ReadonlySet<BarrierId> = new Set(['childcare-caring', 'health', 'housing', 'convictions', 'substance-use']);

/** At "What makes you want that job?": a barrier told of their life, with no reason in it, or null. */
export function lifeToldInsteadOfAReason(text: string): BarrierId | null {
  if (A_REASON.test(normaliseAnswer(text))) return null;
  const barrier = lifeToldInsteadOfAJob(text);
  return barrier && BARRIERS_NO_REASON.has(barrier) ? barrier : null;
}

// "nobody", "none", "no one": never a job, whatever follows.
const NO_ONE = /^(?:nobody|no one|noone|no body|none)\b/;

/** Said with "nobody" or "none" first: no job in it. */
export function saysNoJob(text: string): boolean {
  return NO_ONE.test(normaliseAnswer(text));
}
