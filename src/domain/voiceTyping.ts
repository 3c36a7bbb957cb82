// Voice typing on a phone writes the punctuation a client speaks as words: "my name is jay full
// stop", "part time full stop", "is that ok question mark". Play-testing, round twenty-three: a man
// of 23 was greeted "Nice to meet you, Jay Full Stop". The spoken marks become the marks they name
// before an answer is read. "Period" is left alone: "a trial period" is a real answer.
const SPOKEN_MARKS: readonly [RegExp, string][] = [
  [/\s*\b(?:full ?stop|fullstop)\b\s*/gi, '. '],
  [/\s*\bquestion mark\b\s*/gi, '? '],
  [/\s*\bexclamation (?:mark|point)\b\s*/gi, '! '],
  [/\s*\bnew (?:line|paragraph)\b\s*/gi, '\n'],
];

// "know thats all", "know i dont drive": a no that voice typing heard as "know" (round twenty-three:
// "know thats all" at "one more job?" was asked again). Only where "no" starts the message.
const KNOW_AS_NO = /^know\b(?=[\s,.!]*(?:$|thats all|that is all|thanks|thank you|ta\b|i dont|i do not|i havent|i have not|i cant|not really|never|nothing|more\b|other\b|way\b))/i;

/** A leading "know" that can only be a no, written "no". */
export function withKnowHeardAsNo(text: string): string {
  return text.trim().replace(KNOW_AS_NO, 'no');
}

/** The text with spoken marks written as marks, and none left dangling at its end ("jay." is "jay"). */
export function withSpokenMarksWritten(text: string): string {
  if (!/\b(?:full ?stop|fullstop|question mark|exclamation (?:mark|point)|new (?:line|paragraph))\b/i.test(text)) return text;
  const written = SPOKEN_MARKS.reduce((words, [spoken, mark]) => words.replace(spoken, mark), text);
  return written.replace(/^[\s.!]+/, '').replace(/[\s.]+$/, '').replace(/\s+([?!])/g, '$1').trim();
}
