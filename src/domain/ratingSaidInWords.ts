// "pretty sure" at "How sure ... from 1 to 10?" is kept as a number (ratingWords.ts); with no number
// typed, the client is told the number kept (play-testing, first conversations: 8 was saved unseen).
// A number said with more around it ("prob a 6", "like a 4 i guess", "70%") is said back too: only
// the number on its own ("6", "a 6") or on its scale ("6/10", "about 8 out of 10") is plainly given.
import { normaliseAnswer } from './answers.ts';
import { holdsANumber, NUMBER_WORD } from './ratingNumbers.ts';

/** No number in the words: the rating was read from how they said it. */
export function ratingSaidInWords(text: string): boolean {
  const words = normaliseAnswer(text);
  return words !== '' && !holdsANumber(words);
}

// One to ten only: "70%" (read as 7) is said back. "about 8 out of 10" names its scale: plainly given.
const ONE_TO_TEN = String.raw`(?:10|[1-9]|${NUMBER_WORD})`;
const NUMBER_ALONE = new RegExp(String.raw`^(?:a |an )?${ONE_TO_TEN}$|^(?:(?:about|around|roughly|say|id say|i would say|a|an) )*${ONE_TO_TEN} (?:(?:out of|outta|over) (?:10|ten)|10)$`);

/** Anything but the number given plainly: the rating kept is said back, so the client can put it right. */
export function ratingWorthSayingBack(text: string): boolean {
  const words = normaliseAnswer(text);
  return words !== '' && !NUMBER_ALONE.test(words);
}
