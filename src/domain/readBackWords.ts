// Words at a goal's read-back ("Is that right?") that are not a clear yes, a change or a new day.
// Play-testing, round twenty, a client back at the read-back seven days later: "alright" had been
// taken as Yes and the goal kept; "did it 🙌" and "I rang them and they said to send my cv" had
// "didn't catch that"; "they said come back in 2 weeks" had moved the step two weeks without asking.
import { normaliseAnswer } from './answers.ts';

// "alright" can be a hello, a nod, or a yes: asked once, clearly.
const ONLY_ALRIGHT = /^(?:alright|all right|allright|alrite|aight|ight|you alright|u alright|alright mate|hiya alright|hi alright)$/;

/** "alright" alone: not a clear yes to keeping the goal. */
export function isOnlyAlright(text: string): boolean {
  return ONLY_ALRIGHT.test(normaliseAnswer(text));
}

const DID_IT = /^(?:(?:yes|yeah|yep|yh|ye|i|ive|i have|already|just)\s+)*(?:did it|done it|done|did that|done that|finished it|sorted it|did|managed it)\b/;
const DID_A_STEP = /\bi (?:have |ve |already |just )?(?:rang|phoned|called|emailed|texted|messaged|went|visited|popped|dropped|handed|sent|applied|asked|spoke|talked|did|done|got)\b/;

/** "did it 🙌", "I rang them and they said to send my cv": news of a step done, not a reply to the read-back. */
export function tellsOfProgress(text: string): boolean {
  const words = normaliseAnswer(text);
  return DID_IT.test(words) || DID_A_STEP.test(words);
}

// Someone else's words: "they said come back in 2 weeks", "she told me to call back on monday".
const SOMEONE_SAID = /\b(?:they|he|she|someone|the manager|the boss|the lady|the man|the owner|the salon|the shop)(?: (?:have|has|had|just))? (?:said|say|says|told|tell|asked)\b|\b(?:come|call|ring|pop|go) back\b|\bget back to (?:me|us)\b/;

/** A day said as news ("they said come back in 2 weeks"), not as a change to the step: asked before it moves. */
export function dayIsNewsNotAChange(text: string): boolean {
  const words = normaliseAnswer(text);
  return SOMEONE_SAID.test(words) || tellsOfProgress(text);
}
