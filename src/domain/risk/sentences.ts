// The sentences of a longer message, for reading each on its own: a disclosure buried in a long
// update ("the interview went ok ... the marks on my neck from sunday ... anyway what do i bring")
// is outweighed by the ordinary words around it when the message is read whole.
const BOUNDARY = /(?<=[.!?])\s+|\n+|\s+-\s+|;\s*/;
const MIN_WORDS = 3;

/** The message's sentences of at least three words, or none when it has fewer than two of them. */
export function sentencesOf(text: string): string[] {
  const sentences = text
    .split(BOUNDARY)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(/\s+/).length >= MIN_WORDS);
  return sentences.length >= 2 ? sentences : [];
}
