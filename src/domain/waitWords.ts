// "sorry one sec kids", "hang on", "brb": the client has to step away mid-question. Scripted
// clients, round twenty-seven: a parent interrupted at "What would you like me to call you?" had
// "Please type just your first name". Nothing here is an answer; the question waits for them.
// "gimme 2 mins" too (play-testing, the eight sentences: "didn't catch that").
import { normaliseAnswer } from './answers.ts';

const WAIT =
  /^(?:(?:sorry|soz|oh|oops|um|erm|ok|okay|right|sec|just)\s+)*(?:(?:one|1|a|just a|wait a|give me a|gimme a|bear with me a|hold on a|hang on a)\s+(?:sec|secs|second|seconds|min|mins|minute|minutes|moment|mo|tick)|(?:(?:give me|gimme|wait|just|need)\s+)?(?:2|two|3|three|5|five|10|ten|a couple(?: of)?|couple(?: of)?|a few)\s+(?:secs|seconds|mins|minutes)|hang on|hold on|bear with me|brb|be right back|back in (?:a )?(?:sec|min|minute|moment|bit|5|five|10|ten)(?: mins?| minutes?)?|wait|wait a bit|one moment|just a moment)\b/;
// What they have to see to, after the wait: "kids", "my little one is screaming", "door".
// Carers too: "my dad needs his tablets", "mum needed me" (first conversations, December).
const WHY = /\b(?:kids?|child|children|baby|little one|son|daughter|door|doorbell|phone|someone at the door|bus|dog|toilet|loo|cooking|dinner|mum|mam|mom|dad|nan|grandad|husband|wife|partner|nappy|school run)\b/;
const WAIT_AFTER_A_REASON = /^(?:sorry\s+)?(?:my |the )?[\w\s]{0,40}\b(?:hang on|hold on|one sec|1 sec|brb|bear with me|give me a (?:sec|min|minute|moment))$/;
// First conversations (December): "sorry kids" at "What kind of job would you like most?" was kept
// as the job "Sorry kids". A sorry, then only who or what called them away.
const SORRY_FOR_A_REASON = /^(?:sorry|soz|sry|sorri|oops)\s+(?:(?:the|my|our)\s+)?(?:kids?|child|children|baby|little one|son|daughter|door|doorbell|phone|dog|mum|mam|mom|dad|nan|grandad|husband|wife|partner)(?:\s+\w+){0,4}$/;
// Work the reason may name, so still an answer: "sorry, childcare work", "sorry kids work".
const NAMES_WORK = /\b(?:work|job|jobs|care|carer|assistant|nursery|childcare|school|help|with)\b/;

/** "sorry one sec kids", "my little one is screaming hang on", "sorry kids": asked to wait, and nothing more. */
export function asksToWait(text: string): boolean {
  const words = normaliseAnswer(text);
  if (words.split(' ').length > 12) return false;
  if (WAIT.test(words)) return !/\b(?:wait|hang on|hold on)\b.*\b(?:what|why|how|who|mean|change|no)\b/.test(words) || WHY.test(words);
  if (SORRY_FOR_A_REASON.test(words) && !NAMES_WORK.test(words.replace(/^\S+\s+/, '')) && !BACK.test(words)) return true;
  return WAIT_AFTER_A_REASON.test(words) && WHY.test(words);
}

// Back from a wait, asking for the question: "back now what was the question", "sorry my son woke
// up, back now", "sorry had to do the school run, where were we" (first conversations, December:
// kept as the help wanted, and as what went well).
const BACK = /\b(?:back now|im back|i am back|ok back|okay back|right back|back again)\b/;
const ASKS_FOR_THE_QUESTION = /\b(?:what was (?:the|that|your) question|whats the question|what was the question again|what was it|what were you asking|what did you ask|where were we|where was i|what was i saying)\b/;
const BACK_ONLY = /^(?:(?:sorry|soz|sry|ok|okay|right|hi|hiya)\s+)*(?:back now|im back|i am back|ok back|back)(?:\s+(?:now|sorry|soz|again))*$/;

/** "back now what was the question", "sorry my son woke up, back now": back, and nothing answered. */
export function comesBackToTheQuestion(text: string): boolean {
  const words = normaliseAnswer(text);
  if (words.split(' ').length > 14) return false;
  if (ASKS_FOR_THE_QUESTION.test(words) || BACK_ONLY.test(words)) return true;
  // "sorry my son woke up back now": a sorry and a reason, then back.
  return BACK.test(words) && /^(?:sorry|soz|sry)\b/.test(words) && WHY.test(words) && !NAMES_WORK.test(words);
}
