// A reply to a reminder typed in the client's own words, when the buttons' words did not match:
// "finished it!!", "sorted it", "can i have till friday", "havent started it tbh", "i need help
// with it". Play-testing found these answered "didn't catch that" or with a feeling, and a step
// done left open. Null when the words say none of them (or ask a question).
import { normaliseAnswer } from './answers.ts';

export type ReminderWords = 'done' | 'more-time' | 'help';

const HELP = /\b(?:help|stuck|dont know how|do not know how|not sure how|confused|cant do it|can not do it)\b/;
const NOT_DONE = /\b(?:not|havent|have not|hasnt|didnt|did not|never|nearly|almost|half|partly|bit of)\b/;
const DONE = /\b(?:done|did it|did that|finished|sorted|completed|managed it|managed to|got it done|all good|smashed it|ticked off)\b/;
const MORE_TIME =
  /\b(?:more time|till|until|another day|different day|remind me|later|next week|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|not yet|havent started|have not started|not started|havent done|have not done|havent had time|no time|not had time|busy|not finished|not done|not quite|nearly|almost|yet)\b/;
const ASKS = /\?$|^(?:what|which|why|who|how)\b/;

export function readReminderWords(text: string): ReminderWords | null {
  const trimmed = text.trim();
  const words = normaliseAnswer(trimmed);
  if (!words || words.length > 200 || ASKS.test(trimmed.toLowerCase())) return null;
  if (HELP.test(words)) return 'help';
  if (DONE.test(words) && !NOT_DONE.test(words)) return 'done';
  return MORE_TIME.test(words) ? 'more-time' : null;
}
