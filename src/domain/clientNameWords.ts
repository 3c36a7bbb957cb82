// A client's name as an adviser types it in a command, read against the names on their caseload.
// Play-testing as a busy adviser (round two): "reply priya great" and "add priya call the college
// by friday" got the help list or the format, as only a colon marked where the name ended; "plan
// prya" said Priya was not in the caseload; "plan jo" asked between Jo Bloggs and Sam Jones.
// Pure: no I/O.
import { typoDistance } from './answers.ts';

/** A client on the caseload: their number and every name they go by (the name they gave, their Teams name). */
export type CaseloadNames = { number: number; names: readonly string[] };

const MOST_NAME_WORDS = 3;
const SHORTEST_GUESSED = 3;

const plain = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The name whole, or one word of it ("priya", "shah" or "priya shah" for Priya Shah). */
function isNameOf(typed: string, client: CaseloadNames): boolean {
  const wanted = plain(typed);
  if (/^#?\d{1,4}$/.test(wanted)) return Number(wanted.replace('#', '')) === client.number;
  return client.names.some((name) => plain(name) === wanted || plain(name).split(' ').includes(wanted));
}

/**
 * "priya great, see you then": the client named first and the words after. The longest run of
 * words (up to three) that is a client's name, whole, one word of it, or their number; null when
 * the first word names nobody or nothing follows the name.
 */
export function nameAtStart(text: string, clients: readonly CaseloadNames[]): { name: string; rest: string } | null {
  const words = text.trim().split(/\s+/);
  for (let count = Math.min(MOST_NAME_WORDS, words.length - 1); count >= 1; count--) {
    const name = words.slice(0, count).join(' ');
    if (clients.some((client) => isNameOf(name, client))) return { name, rest: words.slice(count).join(' ') };
  }
  return null;
}

/** True when `typed` is the name, or a run of its whole words: "jo" is in "Jo Bloggs", not in "Sam Jones". */
export function fitsWholeWords(typed: string, name: string | null | undefined): boolean {
  const wanted = plain(typed);
  return Boolean(wanted) && ` ${plain(name ?? '')} `.includes(` ${wanted} `);
}

/**
 * The names a typed name was likely meant as ("prya" for Priya): one letter out, two in a long
 * name, against each name whole and its first word. Said as a question, never acted on: a message
 * must not reach the wrong client.
 */
export function nearNames(typed: string, clients: readonly CaseloadNames[]): string[] {
  const wanted = plain(typed);
  if (wanted.length < SHORTEST_GUESSED || !/^\p{L}[\p{L}' -]*$/u.test(wanted)) return [];
  const allowed = wanted.length >= 7 ? 2 : 1;
  const forms = clients.flatMap((client) => client.names.flatMap((name) => [name.trim(), name.trim().split(/\s+/)[0]!]));
  const near = forms.filter((form) => form && Math.abs(form.length - wanted.length) <= allowed && typoDistance(wanted, plain(form)) <= allowed);
  return [...new Map(near.map((form) => [plain(form), form])).values()];
}

/** True when the words begin with a client's name (one to three words of it) or number, or are one. */
export function startsWithClient(text: string, clients: readonly CaseloadNames[]): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let count = Math.min(MOST_NAME_WORDS, words.length); count >= 1; count--) {
    if (clients.some((client) => isNameOf(words.slice(0, count).join(' '), client))) return true;
  }
  return false;
}
