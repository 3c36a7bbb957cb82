// Answers to "Have you had a paid job in the last two years?" that are neither yes nor no.
// Play-testing, round twenty-four: "sort of" and "maybe" had "Sorry, I didn't catch that", again and
// again; "i helped at my aunties cafe but it wasnt paid, does that count?" the same. Each is heard,
// and the client told what counts.
import { normaliseAnswer } from './answers.ts';

const SORT_OF =
  /^(?:(?:well|um|erm|hmm|yeah|yes|yea|i mean)\s+)?(?:sort of|sorta|kind of|kinda|kinda sorta|a bit|a little|a little bit|bits and bobs|on and off|off and on|here and there|now and then|now and again|odd jobs|the odd (?:job|shift|day)|some|some of it|not properly|not really properly|maybe|maybe a bit|i guess|i suppose|ish)(?:\s+(?:i guess|i suppose|i think|yeah|yes|really|tbh|like|lol))*$/;

/** "sort of", "kinda", "on and off": partly yes, said where only yes or no is asked. */
export function saysSortOf(text: string): boolean {
  return SORT_OF.test(normaliseAnswer(text));
}

const UNPAID = /\b(?:unpaid|for free|volunteer(?:ed|ing)?|voluntary|(?:wasnt|was not|werent|were not|not|never|didnt get|did not get|without being|without getting) (?:really |actually )?paid|no pay|no money)\b/;
// "i was paid cash", "yes but it was unpaid overtime": paid work all the same.
const PAID_TOO = /\b(?:yes|yeah|yep|cash in hand|paid cash|got paid|was paid|unpaid overtime)\b/;

/** Work told of as unpaid ("helped at my aunties cafe but it wasnt paid"), with no yes to paid work. */
export function tellsOfUnpaidWork(text: string): boolean {
  const words = normaliseAnswer(text);
  return UNPAID.test(words) && !PAID_TOO.test(words);
}

// Round twenty-five: "sort of, cash in hand" had "Sorry, I didn't catch that": the hedge says how
// sure they are that it counts, the rest says it was paid. Cash work is paid work.
const CASH_WORK = /\b(?:cash in hand|cash jobs?|paid (?:in )?cash|for cash|cash work|off the books|under the table|cash and that)\b/;
// "sort of", "kinda", "well, not officially": said before the answer, never part of it.
const HEDGE_FIRST = /^(?:(?:well|um|erm|hmm|yeah|yes|i mean)\s+)*(?:sort of|sorta|kind of|kinda|a bit|ish|maybe|not properly|not officially|not really properly|not on the books)\b\s*/;

/** "sort of, cash in hand", "kinda, off the books": paid work, said unsure that it counts. Not a question about it. */
export function saysPaidInformally(text: string): boolean {
  const words = normaliseAnswer(text);
  return CASH_WORK.test(words) && !tellsOfUnpaidWork(text) && !text.includes('?');
}

/** The words with a hedge said first taken off: "sort of, cash in hand" is "cash in hand"; null when nothing is left. */
export function withoutAHedgeFirst(text: string): string | null {
  const said = text.trim();
  const hedge = HEDGE_FIRST.exec(normaliseAnswer(said));
  if (!hedge) return said;
  const rest = said.replace(/^[^\p{L}\p{N}]*/u, '').split(/\s+/).slice(hedge[0].trim().split(' ').length).join(' ').replace(/^[\s,.;:!-]+/, '');
  return rest || null;
}
