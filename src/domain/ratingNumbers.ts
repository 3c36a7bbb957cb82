// The numbers a 1 to 10 rating is said with: one list for every rating reader (ratingWords.ts,
// ratingInPassing.ts, ratingSaidInWords.ts), so a number word one reader knows, the others know too.

/** One to ten said as words, with their values. */
export const RATING_WORD_VALUES: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

/** A number word, one to ten, as a pattern to put inside others. */
export const NUMBER_WORD = String.raw`(?:${Object.keys(RATING_WORD_VALUES).join('|')})`;
/** One or two figures, or a number word: as a pattern to put inside others. */
export const NUMBER = String.raw`(?:\d{1,2}|${NUMBER_WORD})`;

const NUMBER_TOKEN = new RegExp(String.raw`^(?:\d{1,3}(?:\.\d+)?|${NUMBER_WORD})$`);
/** One word that is a number: figures ("7", "7.5", "100") or a number word ("seven"). */
export function isNumberToken(token: string): boolean {
  return NUMBER_TOKEN.test(token);
}

const A_NUMBER = new RegExp(String.raw`\b(?:\d+|zero|${NUMBER_WORD})\b`);
/** Words (lower case, no punctuation) holding a number on its own, zero too: "7", "a seven", "zero". */
export function holdsANumber(words: string): boolean {
  return A_NUMBER.test(words);
}

/** The value of a number word or of figures ("seven", "7"); null for any other word. */
export function ratingNumberValue(word: string): number | null {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  return Object.hasOwn(RATING_WORD_VALUES, word) ? RATING_WORD_VALUES[word]! : null;
}
