// "When is my next review, please?", "who is my adviser", "what day is it due?" where a goal is read
// back: a question, never a change to the goal or its day (play-testing: "When is my next review"
// had been taken as a new day wanted). "what about friday?" and "can it be the 19th?" still ask for
// a change, so they are left out.
import { normaliseAnswer } from './answers.ts';

const ASKS = /^(?:(?:please|sorry|excuse me|and|so|ok|okay)\s+)*(?:when|whens|what|whats|who|whos|where|wheres|why|how|which)\b/;
const SUGGESTS = /^(?:(?:please|sorry|and|so|ok|okay)\s+)*(?:what|how) about\b|\b(?:make it|change|move|can it be|could it be|instead|if i)\b/;

/** A wh-question that asks about the plan rather than changing it. */
export function asksRatherThanChanges(text: string): boolean {
  const words = normaliseAnswer(text);
  return ASKS.test(words) && !SUGGESTS.test(words);
}

// "i agree with that", "yes i agree": agreeing to the goal read back; "i agree but..." is not yet.
const AGREES = /^(?:(?:yes|yeah|yep|ok|okay|right)\s+)*i (?:agree|accept)\b(?!.*\b(?:but|except|apart)\b)/;

/** Agreeing, in words, to the goal read back. */
export function agreesToTheReadBack(text: string): boolean {
  return AGREES.test(normaliseAnswer(text));
}
