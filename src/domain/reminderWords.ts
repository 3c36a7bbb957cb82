// A reply to a reminder typed in the client's own words, when the buttons' words did not match:
// "finished it!!", "sorted it", "can i have till friday", "havent started it tbh", "i need help
// with it". Play-testing found these answered "didn't catch that" or with a feeling, and a step
// done left open. Read only while the menu waits after a recent reminder, and before news at the
// menu, so the words must be about the step: "i have an interview tomorrow", "i have done 3
// applications" and a bare "help" are not answers to it. Null when the words say none of them.
import { normaliseAnswer } from './answers.ts';

export type ReminderWords = 'done' | 'more-time' | 'help';

const HELP = /\b(?:help (?:with|on) (?:it|that|this|the step)|stuck (?:on|with) (?:it|that|this)|im stuck|i am stuck|dont know how to do it|do not know how to do it)\b/;
const NOT_DONE = /\b(?:not|havent|have not|hasnt|didnt|did not|never|nearly|almost|half|partly|bit of)\b/;
const DONE_IT = /\b(?:done|did|finished|sorted|completed|managed|smashed|ticked off)\s+(?:it|that|this|the step|them)\b|^(?:(?:yes|yep|yeah|all)\s+)?(?:done|finished|sorted|completed)$/;
const MORE_TIME =
  /\b(?:more time|till|until|another day|different day|remind me|not yet|havent started|have not started|not started it|havent done it|have not done it|havent had time|not had time|not finished|not done it|not quite)\b/;
const ASKS = /\?$|^(?:what|which|why|who|how)\b/;

export function readReminderWords(text: string): ReminderWords | null {
  const trimmed = text.trim();
  const words = normaliseAnswer(trimmed);
  if (!words || words.length > 200 || ASKS.test(trimmed.toLowerCase())) return null;
  if (HELP.test(words)) return 'help';
  if (DONE_IT.test(words) && !NOT_DONE.test(words)) return 'done';
  return MORE_TIME.test(words) ? 'more-time' : null;
}
