// The words on the coach's buttons, read one way. A tap reaches the bot as an ordinary message, so
// the adviser's summary leaves taps out of "what they wrote", and a menu button tapped while the
// adviser is offered does what it says (src/escalation/buttonWords.ts, src/bot/concernOffer.ts).
// Play-testing, round twenty: "agree" at "What help would you like most?" had been kept as the
// help wanted. These are never kept as an answer to a question asked in free words.
import { normaliseAnswer, type ChoiceOption } from './answers.ts';
import { tapKey } from './clientWords.ts';

/** A button as the words layer spells it: its label, and the other words that pick it. */
export type ButtonWording = Pick<ChoiceOption, 'label' | 'synonyms'>;

/** The words that pick these buttons, as tapKey gives them: each label and, unless `labelsOnly`, its synonyms. */
export function wordsOnButtons(buttons: readonly ButtonWording[], { labelsOnly = false } = {}): ReadonlySet<string> {
  return new Set(buttons.flatMap((button) => [button.label, ...(labelsOnly ? [] : (button.synonyms ?? []))]).map(tapKey));
}

/** True when the message is only a tap: one of these button words, whatever the case and punctuation. */
export function isTapOf(text: string, words: ReadonlySet<string>): boolean {
  return words.has(tapKey(text));
}

// Buttons elsewhere in the chat, typed where the client's own words are asked for.
const BUTTON_WORDS: ReadonlySet<string> = new Set([
  'agree', 'i agree', 'agree a lot', 'disagree', 'disagree a lot', 'strongly agree', 'strongly disagree',
  'i agree to this plan', 'agree to this plan', 'set a goal', 'review my plan', 'log my job search', 'update my profile',
]);

/** True when the words are only a button's label ("agree", "Set a goal"), said where free words are asked. */
export function isButtonWords(text: string): boolean {
  return BUTTON_WORDS.has(normaliseAnswer(text).replace(/(\p{L})\1{2,}/gu, '$1$1'));
}
