// How much someone agrees, from the words people type when they do not use the buttons: "yeah
// mostly", "depends really", "no i dont think so", "100% agree". Read only after the buttons' own
// words (LIKERT_OPTIONS) did not match.
import { normaliseAnswer } from './answers.ts';
import { leadingYesNo } from './partialAnswers.ts';

type Agreement = 1 | 2 | 3 | 4 | 5;

const LEADING_FILLER = /^(?:(?:honestly|well|erm|um|hmm|tbh|i mean|to be honest|i would say|id say)\s+)+/;

const UNSURE = /\b(?:depends|it depends|sometimes|not sure|unsure|dunno|dont know|maybe|50 50|fifty fifty|in between|neither|hard to say|cant say|bit of both|half and half)\b/;
const STRONG = /\b(?:strongly|totally|completely|definitely|absolutely|100|hundred percent|very much|so much|fully|for sure|at all)\b/;
const DISAGREES = /^i (?:dont|do not)$|\b(?:guess not|suppose not|disagree|dont think so|do not think so|not really|not true|dont agree|do not agree|(?:not|no) (?:really )?agree(?:d|ing)?|not me|never)\b/;
const AGREES = /^i (?:do|guess)$|\b(?:agree|think so|mostly|pretty much|true|suppose so|guess so|kind of|kinda|sort of|a bit|that s me|thats me)\b/;

/** A 1 to 5 agreement from typed words, or null when they say none. */
export function readAgreement(text: string): Agreement | null {
  const words = normaliseAnswer(text).replace(LEADING_FILLER, '');
  if (!words) return null;
  const leading = leadingYesNo(words);
  const disagrees = DISAGREES.test(words) || leading === 'no';
  const agrees = !disagrees && (AGREES.test(words) || leading === 'yes');
  if (UNSURE.test(words) && !STRONG.test(words)) return 3;
  if (disagrees) return STRONG.test(words) ? 1 : 2;
  if (agrees) return STRONG.test(words) ? 5 : 4;
  return null;
}

/**
 * "just save it", "save it please", "looks good": yes to saving what is shown, typed where a goal is
 * read back or a plan is offered to agree (play-testing: "just save it" had "didn't catch that").
 */
export const SAVE_IT_WORDS: readonly string[] = [
  'save it', 'just save it', 'save', 'save that', 'save this', 'just save', 'save it then', 'ok save it', 'yes save it', 'yeah save it',
  'fine save it', 'yes just save it', 'save my plan', 'save the plan', 'save my goal', 'just save the plan', 'keep it', 'looks good',
  'looks fine', 'looks right', 'all good', 'thats good', 'that will do', 'thatll do', 'good enough', 'go with that', 'lets go with that',
];
