// Answers to "Which step do you mean?" after reminders about two steps or more: "both", "all of
// them", "the other one too". Said after tapping "Done" on one of two reminders, "both actually"
// means the other step is done too (play-testing returning clients: it had been read as a feeling).
// Short replies only: "both my kids are ill" is news, not a choice. Pure: no I/O.
import { normaliseAnswer } from './answers.ts';

const FILLER = /\b(?:actually|lol|mate|m8|tbh|please|pls|thanks|thank you|ta|x+|ok|okay|yes|yeah|yh|yep|ive|i have|i|did|done|dun|sorted|finished|of them|them|ones|steps)\b/g;
const ALL = /^(?:both|all|the both|them both|all of it|each one|every one|everything|the two|both of em|the other one too|the other too|that one too|the other one as well|the other as well|other one too)$/;

/** "both", "all of them", "done both", "both actually", "the other one too". */
export function saysAllOfThem(text: string): boolean {
  const words = normaliseAnswer(text);
  if (!words || words.split(' ').length > 6 || /\b(?:not|no|nope|nah|havent|didnt|neither|either)\b/.test(words)) return false;
  const core = words.replace(FILLER, ' ').replace(/\s+/g, ' ').trim();
  return ALL.test(core);
}
