// A reply to a reminder typed in the client's own words, when the buttons' words did not match:
// "finished it!!", "sorted it", "can i have till friday", "havent started it tbh", "i need help
// with it". Play-testing found these answered "didn't catch that" or with a feeling, and a step
// done left open. Read only while the menu waits after a recent reminder, and before news at the
// menu, so the words must be about the step: "i have an interview tomorrow", "i have done 3
// applications" and a bare "help" are not answers to it. Null when the words say none of them.
import { normaliseAnswer } from './answers.ts';

export type ReminderWords = 'done' | 'more-time' | 'help';

const HELP = /\b(?:help (?:with|on) (?:it|that|this|the step)|stuck (?:on|with) (?:it|that|this)|im stuck|i am stuck|dont know how to do it|do not know how to do it)\b/;
const NOT_DONE = /\b(?:not|havent|have not|hasnt|didnt|did not|never|nearly|almost|half|partly|bit of)\b/;
const DONE_IT = /\b(?:done|did|finished|sorted|completed|managed|smashed|ticked off)\s+(?:it|that|this|the step|them)\b|^(?:(?:yes|yep|yeah|all)\s+)?(?:done|finished|sorted|completed)$/;
const MORE_TIME =
  /\b(?:more time|till|until|another day|different day|remind me|not yet|havent started|have not started|not started it|havent done it|have not done it|havent had time|not had time|not finished|not done it|not quite)\b/;
const ASKS = /\?$|^(?:what|which|why|who|how)\b/;

export function readReminderWords(text: string): ReminderWords | null {
  const trimmed = text.trim();
  const words = normaliseAnswer(trimmed);
  if (!words || words.length > 200 || ASKS.test(trimmed.toLowerCase())) return null;
  if (HELP.test(words)) return 'help';
  if (DONE_IT.test(words) && !NOT_DONE.test(words)) return 'done';
  return MORE_TIME.test(words) ? 'more-time' : null;
}

// "Done, I went on Tuesday and they have a class on Thursday mornings": the answer first, then what
// happened (play-testing found only a bare "Done" understood). "not yet, the bus was off" likewise.
const PUNCTUATION = String.raw`[\s,.!;:\-\u2013\u2014]`;
const DONE_OPENING = new RegExp(
  String.raw`^(?:(?:yes|yep|yeah|yeh|yh|ye|all)${PUNCTUATION}+)?(?:done(?: it| that)?|did it|i did it|i have done it|ive done it|i've done it|finished(?: it)?|completed(?: it)?|sorted(?: it)?)(?=${PUNCTUATION}|$)`,
  'i',
);
const NOT_DONE_OPENING = new RegExp(
  String.raw`^(?:(?:no|nope|nah|sorry)${PUNCTUATION}+)?(?:not yet|not done(?: it)?(?: yet)?|not finished(?: it)?(?: yet)?|not started(?: it)?(?: yet)?|(?:i )?(?:havent|haven't|have not) (?:done|finished|started) it(?: yet)?)(?=${PUNCTUATION}|$)`,
  'i',
);
const LEADING_PUNCTUATION = new RegExp(`^${PUNCTUATION}+`);
const TURNS_IT = /^(?:not|no|nope|nah|but|half|partly|nearly|almost)\b/i;
const MAX_WORDS_KEPT = 500;

export type ReminderOpening = { answer: 'done' | 'more-time'; rest: string };

/** An answer to a reminder said first, with what happened after it; null when it does not open so. */
export function readReminderOpening(text: string): ReminderOpening | null {
  const said = text.trim();
  const done = DONE_OPENING.exec(said);
  const opening = done ?? NOT_DONE_OPENING.exec(said);
  if (!opening) return null;
  const rest = said.slice(opening[0].length).replace(LEADING_PUNCTUATION, '').trim();
  const answer = done ? 'done' : 'more-time';
  // "done? not yet": the rest turns the opening round.
  if (answer === 'done' && TURNS_IT.test(rest)) return null;
  return { answer, rest: rest.slice(0, MAX_WORDS_KEPT) };
}
