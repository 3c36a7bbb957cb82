// The words on buttons elsewhere in the chat, typed where the client's own words are asked for.
// Play-testing, round twenty: "agree" at "What help would you like most?" had been kept as the
// help wanted. These are never kept as an answer to a question asked in free words.
import { normaliseAnswer } from './answers.ts';

const BUTTON_WORDS: ReadonlySet<string> = new Set([
  'agree', 'i agree', 'agree a lot', 'disagree', 'disagree a lot', 'strongly agree', 'strongly disagree',
  'i agree to this plan', 'agree to this plan', 'set a goal', 'review my plan', 'log my job search', 'update my profile',
]);

/** True when the words are only a button's label ("agree", "Set a goal"), said where free words are asked. */
export function isButtonWords(text: string): boolean {
  return BUTTON_WORDS.has(normaliseAnswer(text).replace(/(\p{L})\1{2,}/gu, '$1$1'));
}
