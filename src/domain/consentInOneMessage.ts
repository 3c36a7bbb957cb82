// Consent, the name and the code in one message: "yes thats fine, I'm Kelly by the way and no I
// don't have a code". Play-testing, round twenty-one: a mother of two who answers several questions
// at once had "didn't catch that" twice, and every answer after it went to the question before.
// A yes said as its own first part, then only a name and a no to the code, is read as all three.
import { parseYesNo } from './answers.ts';
import { saysNoCode } from './inviteCodeWords.ts';
import { nameOfferedEarly } from './nameWords.ts';
import { onlySaysSorry } from './apologyWords.ts';

export type ConsentWithMore = { name: string | null; noCode: boolean };

const PARTS = /[,.!;]+|\s+(?:and|also|oh and|but)\s+/i;
// Round twenty-three: "yes thats fine, im Linda sorry" lost the name to its sorry.
const AFTERWORDS = /\s+(?:by the way|btw|here|if that helps|sorry|soz|sorry about that)$/i;

/** A yes first, then a name and/or "no code" (nothing else); null when anything else is said, or the first part is no yes. */
export function readConsentWithMore(text: string): ConsentWithMore | null {
  const parts = text.trim().split(PARTS).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2 || parseYesNo(parts[0]!) !== 'yes') return null;
  const read: ConsentWithMore = { name: null, noCode: false };
  for (const part of parts.slice(1)) {
    if (onlySaysSorry(part)) continue;
    const name = read.name ? null : nameOfferedEarly(part.replace(AFTERWORDS, ''));
    if (name) read.name = name;
    else if (saysNoCode(part)) read.noCode = true;
    else return null;
  }
  return read;
}
