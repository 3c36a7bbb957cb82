// "asap", "as soon as i can", "straight away": soon, with no day said. One list for the day asked
// for a new step (read as tomorrow, repeatAnswers.ts) and for a step in a review (a day asked next,
// reviewHeardWords.ts). Play-testing had "I didn't catch that date" at both.
import { normaliseAnswer } from './answers.ts';

const BEFORE = String.raw`(?:yes|yeah|yep|yh|ok|okay|sure|erm|um|well|i will do it|ill do it|i can do it|do it)`;
const SOON = String.raw`(?:asap|a s a p|as soon as (?:possible|poss|i can|i could)|as soon as|soon as|straight away|right away|quick as i can|first chance i get)`;
const AFTER = String.raw`(?:please|pls|really|tbh|i guess|i think|mate|lol)`;
const saidSoon = (soon: string) => new RegExp(String.raw`^(?:${BEFORE}\s+)*${soon}(?:\s+${AFTER})*$`);

const SAYS_SOON = saidSoon(SOON);
// A bare "soon" is heard only where a day is asked next: read as tomorrow, it would pick a day they did not say.
const SAYS_SOON_OR_SOON_ALONE = saidSoon(String.raw`(?:${SOON}|soon)`);

/** "asap", "straight away": soon, and sure enough to be read as tomorrow. */
export function saysSoon(text: string): boolean {
  return SAYS_SOON.test(normaliseAnswer(text));
}

/** As saysSoon, and a bare "soon" too: for where the day is asked next, not chosen. */
export function saysSoonOrSoonAlone(text: string): boolean {
  return SAYS_SOON_OR_SOON_ALONE.test(normaliseAnswer(text));
}
