// "apply for some jobs" with "1" as how many had been kept as "Apply for 1 jobs" (play-testing, first
// conversations). A count of one takes the thing counted in the singular: "Apply for 1 job".
import { looksPlural } from './smartAmounts.ts';

const ONE = /\b(1|one)\s+((?:[\w'-]+\s+){0,2}?)([a-z]+s)\b/i;
// Words that end in "s" but are not plurals, and plurals kept as they are ("1 news story" is rare; "1 hours" never comes).
const NOT_PLURAL = /(?:ss|us|is|ics|ous|news|series|species)$/i;

/** The plural after a count of one made singular ("1 jobs" → "1 job", "1 agencies" → "1 agency"). */
export function withCountOfOne(text: string): string {
  const match = ONE.exec(text);
  if (!match) return text;
  const plural = match[3]!;
  if (NOT_PLURAL.test(plural) || !looksPlural(plural.toLowerCase())) return text;
  const start = match.index + match[0].length - plural.length;
  return `${text.slice(0, start)}${singular(plural)}${text.slice(start + plural.length)}`;
}

function singular(word: string): string {
  if (/ies$/i.test(word)) return `${word.slice(0, -3)}${word.endsWith('IES') ? 'Y' : 'y'}`;
  if (/(?:ch|sh|ss|x|z)es$/i.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
