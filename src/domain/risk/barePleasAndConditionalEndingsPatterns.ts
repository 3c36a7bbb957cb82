// Found by play-testing, not by a split: a plea to be killed said as the whole message, and an ending
// promised on a condition of the client's own life.
// Crisis: "kill me please", "can someone just kill me", "end me", "end it pls" (the whole message;
// with a thing named it is a sigh about the thing: "omg kill me this form", left alone); "if i lose
// my benefits i will end it", "if they sanction me ill end it all", "if this job falls through im
// ending it" (had been concern, or read as harm to someone else).
// An ending promised about a partner, a contract, a call or a game is not this ("if he cheats again
// ill end it", "if the meeting runs over ill end it"). Normalised words ("ill" for "I'll", "i am").
import { pattern, type RiskPatternGroup } from '../riskPatterns.ts';
import { group, LAUGH, unless } from './wholeMessageSets.ts';

// --- Crisis: asking to be killed, and nothing else ------------------------------------------------
const ASKING = String.raw`please|pls|plz|plez|pleaseee|just|someone|somebody|some1|anyone|any1|can someone|can somebody|can anyone|will someone|will somebody|would someone|somebody please|god|lord|honestly|seriously|i want someone to|i wish someone would|i need someone to`;
const PLEA = String.raw`kill me|end me|shoot me|finish me off|put me out of my misery|end it|end it all|take me now|take me away from all this|let me die`;
const AFTER = String.raw`now|please|pls|plz|already|today|tonight|for real|honestly|seriously|srsly|i mean it|i am begging|i beg you|x+`;
export const KILL_ME_PLEASE = pattern`^(?:(?:${ASKING}) )*(?:${PLEA})(?: (?:${AFTER}))*$`;
/** A bare plea that the client spells out as nothing to worry about. */
const KILL_ME_PLEASE_OUT = String.raw`\b(?:${LAUGH})\b`;

// --- Crisis: an ending promised on a condition of their own life -----------------------------------
const PARTNER = String.raw`he|she|they cheat|him|her|my (?:boyfriend|girlfriend|bf|gf|partner|husband|hubby|wife|missus|fella|man|ex|other half)`;
const NOT_THEIR_LIFE = String.raw`call|meeting|session|chat|game|match|stream|subscription|contract|lease|tenancy|membership|deal|relationship|argument|conversation|friendship|marriage|engagement|course|class|cheats?|cheated|cheating|lies to me again`;
const ENDING = String.raw`end it|end it all|end things|end my life|end everything|be ending it|ending it|ending it all|ending things|ending my life|kill myself|top myself|do myself in|be gone for good|not be here|not be around`;
export const IF_THEN_ENDING = pattern`^(?:if|when|once|the day|if ever|if i ever|soon as|as soon as) (?!(?:${PARTNER})\b)(?:\w+ ){1,14}?(?:then |honestly |i swear |that is it |thats it |then that is it )?(?:i will|ill|i am going to|i am gonna|i am|i will just|i am just going to|i will have to|i am definitely|i will definitely) (?:${ENDING})(?: (?:i swear|i mean it|for real|honestly|tbh|this time|for good|no joke|simple as))*$`;
const IF_THEN_ENDING_OUT = String.raw`\b(?:${NOT_THEIR_LIFE}|${LAUGH})\b`;

export const BARE_PLEAS_WHOLE_SETS = [
  [unless(String.raw`\b(?:kill|end|shoot|finish|take) (?:me|it)\b|\bmisery\b|\bdie\b`, KILL_ME_PLEASE_OUT), [group('crisis', 'wishes to be dead', [KILL_ME_PLEASE])]],
  [unless(String.raw`\b(?:end|ending|kill|top|gone|here|around)\b`, IF_THEN_ENDING_OUT), [group('crisis', 'thoughts of suicide', [IF_THEN_ENDING])]],
] as const satisfies readonly (readonly [RegExp, readonly RiskPatternGroup[]])[];
