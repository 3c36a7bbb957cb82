// What a client types at "Did your adviser give you a code?": the code alone, the code inside
// words ("my code is K7P 4QX", "yes its DEMO"), a yes without the code, or words that are no code.
import { parseYesNo } from './answers.ts';

const MAX_CANDIDATES = 8;
const CODE_SHAPED = /^[a-z0-9]{4,8}$/i;
const CODE_PART = /^(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{3,8}$/i;

/** Each way of reading a code from the reply, the whole reply first (spaces taken out). */
export function inviteCodeCandidates(text: string): string[] {
  const whole = text.replace(/\s+/g, '');
  const tokens = text.split(/[^a-z0-9]+/i).filter(Boolean);
  // "K7P 4QX": a code typed in two halves.
  const halves = tokens.slice(1).map((token, i) => `${tokens[i]}${token}`).filter((joined) => joined.length === 6);
  const shaped = [...tokens, ...halves].filter((token) => CODE_SHAPED.test(token));
  // Most codes hold a digit and few words do: those are tried first.
  shaped.sort((a, b) => Number(/\d/.test(b)) - Number(/\d/.test(a)));
  return [...new Set([whole, ...shaped].filter(Boolean).map((code) => code.toUpperCase()))].slice(0, MAX_CANDIDATES);
}

export type CodeReply = 'yes-without-code' | 'not-a-code' | 'asks-what';

/** Why a reply that matched no adviser's code was not one, when that can be said; null otherwise. */
export function readCodeReply(text: string): CodeReply | null {
  // "what is a code", "where do i get one?": asked, and answered (play-testing: "That does not look like a code").
  if (/^(?:what|whats|wat|where|how|why|which|who|do i|have i)\b/i.test(text.trim()) || text.trim().endsWith('?')) return 'asks-what';
  if (parseYesNo(text) === 'yes') return 'yes-without-code';
  const words = text.trim().split(/\s+/);
  // Three words or more, none of them a run of letters and digits: a sentence ("i did 8 yrs at a
  // care home"), not a code typed in parts ("its K7P 4QX").
  return words.length >= 3 && !words.some((word) => CODE_PART.test(word)) ? 'not-a-code' : null;
}
