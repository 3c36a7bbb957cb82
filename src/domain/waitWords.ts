// "sorry one sec kids", "hang on", "brb": the client has to step away mid-question. Scripted
// clients, round twenty-seven: a parent interrupted at "What would you like me to call you?" had
// "Please type just your first name". Nothing here is an answer; the question waits for them.
import { normaliseAnswer } from './answers.ts';

const WAIT =
  /^(?:(?:sorry|soz|oh|oops|um|erm|ok|okay|right|sec|just)\s+)*(?:(?:one|1|a|just a|wait a|give me a|gimme a|bear with me a|hold on a|hang on a)\s+(?:sec|secs|second|seconds|min|mins|minute|minutes|moment|mo|tick)|hang on|hold on|bear with me|brb|be right back|back in (?:a )?(?:sec|min|minute|moment|bit|5|five|10|ten)(?: mins?| minutes?)?|wait|wait a bit|one moment|just a moment)\b/;
// What they have to see to, after the wait: "kids", "my little one is screaming", "door".
const WHY = /\b(?:kids?|child|children|baby|little one|son|daughter|door|doorbell|phone|someone at the door|bus|dog|toilet|loo|cooking|dinner)\b/;
const WAIT_AFTER_A_REASON = /^(?:sorry\s+)?(?:my |the )?[\w\s]{0,40}\b(?:hang on|hold on|one sec|1 sec|brb|bear with me|give me a (?:sec|min|minute|moment))$/;

/** "sorry one sec kids", "my little one is screaming hang on": asked to wait, and nothing more. */
export function asksToWait(text: string): boolean {
  const words = normaliseAnswer(text);
  if (words.split(' ').length > 12) return false;
  if (WAIT.test(words)) return !/\b(?:wait|hang on|hold on)\b.*\b(?:what|why|how|who|mean|change|no)\b/.test(words) || WHY.test(words);
  return WAIT_AFTER_A_REASON.test(words) && WHY.test(words);
}
