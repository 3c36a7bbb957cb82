// Typed answers at "Could you do a first step by ...?" that its buttons' names do not cover
// (play-testing: "fairly sure" had "I didn't catch that", and a "dunno tbh" after it kept the date).
// A yes said as people say it: how sure ("fairly sure", "pretty sure yea"), or a yes that hedges
// ("probs", "i guess so", "think i can", "defo"). Unsure ("dunno tbh", "am not sure", "maybe") is
// told apart, so the coach can help rather than guess. A no is left to the buttons' reading.
import { normaliseAnswer } from './answers.ts';
import { ratingOutOfTen } from './ratingPhrases.ts';
import { isUnsureAnswer } from './textChecks.ts';

export type NearerLeaning = 'yes' | 'unsure';

const UNSURE = /\b(?:not (?:really |too |that |very )?sure|unsure|dunno|dno|idk|i dont know|dont know|do not know|no idea|not certain|maybe|mayb|perhaps|might|not decided)\b/;
const NEGATION = /\b(?:not|no|nah|nope|dont|cant|cannot|wont|never|couldnt)\b/;
const HEDGED_YES = /\b(?:(?:i )?(?:guess|suppose|spose|think|reckon) so|(?:i )?(?:think|reckon) i (?:can|could)|i (?:can|could) try|could do|can do|ill try|i will try|ill give it a go|give it a go|should be (?:ok|okay|fine|able to)|probs|prob|probably|defo|deffo|definitely|for sure|why not|go for it)\b/;

/** How sure the client sounds: a yes, unsure, or null when neither is said. */
export function nearerLeaning(text: string): NearerLeaning | null {
  const words = normaliseAnswer(text);
  if (!words) return null;
  if (isUnsureAnswer(text) || UNSURE.test(words)) return 'unsure';
  const sure = ratingOutOfTen(text);
  // "fairly sure" (7), "kind of sure" (6): a yes; "not very", "50/50": unsure, not a no.
  if (sure !== null) return sure >= 6 ? 'yes' : 'unsure';
  return HEDGED_YES.test(words) && !NEGATION.test(words) ? 'yes' : null;
}
