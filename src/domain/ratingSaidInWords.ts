// "pretty sure" at "How sure ... from 1 to 10?" is kept as a number (ratingWords.ts); with no number
// typed, the client is told the number kept (play-testing, first conversations: 8 was saved unseen).
import { normaliseAnswer } from './answers.ts';
import { holdsANumber } from './ratingNumbers.ts';

/** No number in the words: the rating was read from how they said it. */
export function ratingSaidInWords(text: string): boolean {
  const words = normaliseAnswer(text);
  return words !== '' && !holdsANumber(words);
}
