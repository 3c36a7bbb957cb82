// A crisis where the danger is now: a time that is now or tonight, with the means at hand or the
// act said ("ive got all my tablets here and im going to take them tonight"). These get 999 first,
// and the question "are you safe right now?" before coaching can come back (play-testing found the
// same reply as for a passing wish, and one tap back to the goal question).
import { normaliseForMatching } from './risk/normalise.ts';
import type { SafetyKind } from './safetyKind.ts';

const NOW = /\b(?:tonight|right now|now|today|this evening|this afternoon|in a bit|in an hour|in a minute|later tonight|when everyone is asleep|when they are asleep)\b/;
const MEANS = /\b(?:tablets|pills|paracetamol|meds|medication|rope|noose|belt|knife|knives|blade|razor|bridge|cliff|car park roof|train tracks?|railway|gun|overdose|od)\b/;
const ACT = /\b(?:going to|gonna|about to|will|ready to|i am doing it|doing it|do it|take them|take it all|end it|jump)\b/;
const AT_HAND = /\b(?:got|have (?:got|the|my|all|some|enough)|here|out|in front of me|on the table|in my hand|bought|saved up|counted|sorted|ready|stockpiled)\b/;

/**
 * The one shape of danger that is now, for the client's own life and for someone else's: a time
 * that is now with the means or the act said, or the means at hand. Only ever asked of a message
 * already read as a crisis: the means at hand is enough then.
 */
function dangerIn(words: string, means: RegExp, now: boolean): boolean {
  const hasMeans = means.test(words);
  return (now && (hasMeans || ACT.test(words))) || (hasMeans && AT_HAND.test(words));
}

// "now" that says things are better ("took an overdose last year, im doing better now tho", "in a much
// better place now") is not a time of danger.
const BETTER_NOW = /\b(?:better|ok|okay|fine|good|alright|sorted|stable|settled|clean|sober|well|safe|happier|over it|past it|through it)(?: \w+){0,2} now\b/g;
// Pills already taken, hours ago at most ("last night i took a load of pills"): a medical emergency now.
const TAKEN = /\b(?:took|taken|swallowed|necked|downed|had)\b(?: \w+){0,4}? (?:pills|tablets|paracetamol|overdose|od|meds|medication)\b/;
const RECENTLY = /\b(?:last night|this morning|earlier|an hour ago|hours ago|just now|today|tonight|this afternoon|minutes ago|just)\b/;

// A wound that will not stop bleeding: a medical emergency now, whatever else is said.
const BLEEDING = /\b(?:(?:will not|wont|cannot|can not|cant|does not|doesnt) stop bleeding|(?:cannot|can not|cant) stop the bleeding|bleeding (?:loads|a lot|badly|everywhere|heavily|through)|cut (?:myself )?(?:too|quite|really|very|so) deep)\b/;

// A decision or a goodbye said of a crisis: "tonights the night", "ive made my mind up", "by the time
// you read this" (play-testing, round nine: each had the reply for thoughts, with no "are you safe?").
const DECIDED = /\b(?:tonight is the night|tonights the night|(?:i have|ive|i) made (?:my|me) mind up|my mind is made up|(?:i have|ive) decided|by the time you read this|this is (?:goodbye|my last message)|(?:will not|wont|not going to) be here by the time)\b/;

export function isImminent(text: string): boolean {
  const words = normaliseForMatching(text);
  return dangerIn(words, MEANS, NOW.test(words.replace(BETTER_NOW, ''))) || doneIn(words) !== null || DECIDED.test(words);
}

/** Harm already done, not only meant: pills taken, or bleeding that will not stop. */
export type HarmDone = 'pills' | 'bleeding';

function doneIn(words: string): HarmDone | null {
  if (BLEEDING.test(words)) return 'bleeding';
  return TAKEN.test(words) && RECENTLY.test(words) ? 'pills' : null;
}

/** Said of a crisis only: 999 or A&E comes first, and stays said after "I am safe" (play-testing, round nine). */
export function harmAlreadyDone(text: string): HarmDone | null {
  return doneIn(normaliseForMatching(text));
}

// A weapon, or a way to hurt someone, in the hand or on the way: "ive got a knife in my pocket".
const WEAPON = /\b(?:knife|knives|blade|machete|gun|bat|baseball bat|hammer|crowbar|bottle|weapon|tool)\b/;
const ON_THE_WAY = /\b(?:going round|going over|on my way|waiting for (?:him|her|them)|outside (?:his|her|their) (?:house|door|work|flat))\b/;

/** Whose danger is now: a risk to the client's life, or to someone else (the second only when the first is not said). */
export type DangerTo = 'self' | 'others';

/**
 * Asked only of a crisis. A threat to someone else with a weapon at hand or a time that is now gets
 * 999 first and "is everyone safe right now?" (play-testing: "ive got a knife and im going round his
 * tonight" got the numbers and, one tap later, the goal question).
 */
export function dangerNowFor(kinds: readonly SafetyKind[], text: string): DangerTo | null {
  if (kinds.includes('self') && isImminent(text)) return 'self';
  if (!kinds.includes('harm-to-others')) return null;
  const words = normaliseForMatching(text);
  return dangerIn(words, WEAPON, NOW.test(words) || ON_THE_WAY.test(words)) ? 'others' : null;
}

/** The means at hand, with or without a time: "ive got my tablets here" (said in a safety window, danger now). */
export function hasMeansAtHand(text: string): boolean {
  return dangerIn(normaliseForMatching(text), MEANS, false);
}

/**
 * The means were said ("ive got all my tablets here", "the rope is up", "ive got a knife"): once
 * they say they are safe, they are asked to put the things away or give them to someone.
 * Asked only of danger that is now (dangerNowFor).
 */
export function saysMeansAtHand(to: DangerTo, text: string): boolean {
  return (to === 'self' ? MEANS : WEAPON).test(normaliseForMatching(text));
}

/** Whose safety a window asks about: the client's own, unless only someone else's was said. */
export function dangerToOf(kinds: readonly SafetyKind[]): DangerTo {
  return kinds.includes('harm-to-others') && !kinds.includes('self') ? 'others' : 'self';
}

// The rungs of the ladder past a wish or a thought: a plan, a way, intent, getting ready.
const PAST_A_THOUGHT = /\b(?:plan|intends|way to end|preparing|affairs|overdose)\b/;
const DEADLINE = /\b(?:by|before|after|till|until) (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|the weekend|next week|the end of the (?:week|month)|christmas|my birthday|payday)\b/;

/**
 * A crisis past a passing wish: a plan, a way looked into, intent, affairs put in order, or a day
 * given ("dont think ill be here by friday"). Carry on still goes back to coaching (the client's
 * choice), with one line first on what to do if they might act; play-testing found one tap went
 * straight back to the goal question with nothing said.
 */
export function needsCheckBeforeGoingBack(reasons: readonly string[], text: string): boolean {
  const words = normaliseForMatching(text);
  return reasons.some((reason) => PAST_A_THOUGHT.test(reason)) || DEADLINE.test(words) || SAYS_INTENT.test(words);
}

// Intent in the client's words, whatever reason the check gave ("honestly gonna kms" read as thoughts).
const SAYS_INTENT = /\b(?:going to|gonna|gunna|will|about to|ready to|i am going to) (?:kill myself|end it|end my life|end it all|top myself|off myself|do myself in)\b/;

// "everyone is safe", "nobody got hurt", "i walked away": a yes about other people, or distance from them.
const ALL_SAFE = /^(?:(?:yes|yeah|yep|ye|yh)\b.*)?(?:every ?one(?: is|s)? (?:safe|ok|okay|fine)\b|we are (?:all )?(?:safe|ok|okay|fine)\b|they are (?:safe|ok|okay|fine)\b|(?:no ?one|nobody)(?: is|s| has been| got)? hurt\b|i (?:have )?(?:walked|gone|moved|stayed) away(?: from (?:him|her|them|it))?(?: now)?$|i (?:have )?left(?: (?:him|her|them|there))?(?: now)?$|i am away from (?:him|her|them)(?: now)?$)/;
const SAFE = /^(?:(?:yes|yeah|yep|yh|ye|i am|im|i think so|for now|ok|okay)\b.*\bsafe\b|(?:i am|im) (?:safe|ok|okay|alright|fine)(?: now)?$|safe(?: now)?$|i am safe$|yes(?: i am)?$|yeah(?: i am)?$|yep$)/;
const NOT_SAFE = /^(?:no|nope|nah|not really|not sure|i do not know|do not know|dunno|idk|i am not|im not)\b/;

/** An answer to "are you safe right now?": null when it is neither. */
export function readSafeAnswer(text: string): 'safe' | 'not-safe' | null {
  const words = normaliseForMatching(text).trim();
  if (ALL_SAFE.test(words)) return 'safe';
  if (NOT_SAFE.test(words)) return 'not-safe';
  return SAFE.test(words) ? 'safe' : null;
}
