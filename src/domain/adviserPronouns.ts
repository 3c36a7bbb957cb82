// Round eleven: "agree priya and msg her: well done". A later ask in one line may name its client by
// "her", "him" or "them". Who that is is never guessed: the ask is said back with the client of the
// ask before it in place of the word, for the adviser to send. Pure: no I/O.

// The commands that take a client next, as advisers type them.
const CLIENT_NEXT = /^((?:message|msg|reply(?: to)?|text|tell|add(?: a step for)?|done|tick off|move|mv|push|plan|agree|cancel|resume)\s+)(her|him|them|she|he)\b(.*)$/i;

const MESSAGE = /^(?:message|msg|reply|text|tell)\b/i;

export type PronounAsk = { pronoun: string; before: string; after: string };

/** "msg her: well done": the word standing for the client, and the ask around it; null when a client is named. */
export function readPronounAsk(part: string): PronounAsk | null {
  const match = CLIENT_NEXT.exec(part.trim());
  if (!match) return null;
  // "msg him" with no words yet is answered with how to send a message, as before.
  if (MESSAGE.test(match[1]!) && !/[\p{L}\p{N}]/u.test(match[3]!)) return null;
  return { before: match[1]!, pronoun: match[2]!.toLowerCase(), after: match[3]! };
}

/** The ask with the client's name in place of the word: "msg Priya: well done". */
export const withClientNamed = (ask: PronounAsk, name: string): string => `${ask.before}${name}${ask.after}`;

/** The words after an ask's first word, where a client named in it would start: "agree priya" -> "priya". */
export const afterCommandWord = (part: string): string => part.trim().split(/\s+/).slice(1).join(' ');
