// Round ten, an adviser who types in shorthand: "res 2 spoke to tom", "mv priya rev to fri",
// "cancel sam rev", "rev nxt wk" each had the whole help list. Pure: no I/O.

// The first word only, so a message or a note after it is sent and kept as typed.
const COMMAND_SHORTHAND: Record<string, string> = {
  res: 'resolve',
  rslv: 'resolve',
  reslv: 'resolve',
  mv: 'move',
  cxl: 'cancel',
  canc: 'cancel',
};

/** "res 2 spoke to tom" is "resolve 2 spoke to tom"; every other word stays as typed. */
export function withShorthandCommand(text: string): string {
  const [first = '', ...rest] = text.split(' ');
  const spelt = COMMAND_SHORTHAND[first.toLowerCase()];
  return spelt ? [spelt, ...rest].join(' ') : text;
}

const WORD_SHORTHAND: readonly [RegExp, string][] = [
  [/\b(?:revs|rvws|reviewz)\b/gi, 'reviews'],
  [/\b(?:rev|rvw)\b/gi, 'review'],
  [/\bnxt\b/gi, 'next'],
  [/\bwk\b/gi, 'week'],
  [/\bwks\b/gi, 'weeks'],
  [/\btdy\b/gi, 'today'],
];

/**
 * "mv priya rev to nxt wk" read as "mv priya review to next week". Only for reading what is asked:
 * never for words that are sent to a client or kept.
 */
export function withShorthandWordsSpelt(text: string): string {
  return WORD_SHORTHAND.reduce((said, [pattern, spelt]) => said.replace(pattern, spelt), text);
}
