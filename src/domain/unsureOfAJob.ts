import { normaliseAnswer } from './answers.ts';

// "i dont know what job i want, is that bad?": unsure of the job, and asking if that is all right.
// Play-testing (round fourteen) found it answered "Sorry, I was not clear".
const UNSURE_OF_A_JOB = /\b(?:(?:i )?(?:dont|do not|dunno|dont really) (?:know|no)|(?:im |i am )?not sure|no idea|(?:i )?have no idea|no clue|(?:i )?cant decide)\b.{0,12}\b(?:what|which)\b.{0,20}\b(?:job|jobs|work|career|to do|i want|i wanna|id like)\b/;
const ASKS_IF_ALL_RIGHT = /\b(?:is (?:that|it|this) (?:bad|ok|okay|alright|all right|normal|a problem|wrong|weird|stupid)|does (?:that|it) matter|is that allowed|can i still)\b/;

/** Unsure what job they want, and asking if that is all right (or just saying so, with a question mark). */
export function asksIfNotKnowingIsOk(text: string): boolean {
  const words = normaliseAnswer(text);
  return UNSURE_OF_A_JOB.test(words) && (ASKS_IF_ALL_RIGHT.test(words) || text.trim().endsWith('?'));
}
