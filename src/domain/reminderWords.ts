// A reply to a reminder typed in the client's own words, when the buttons' words did not match:
// "finished it!!", "sorted it", "can i have till friday", "havent started it tbh", "i need help
// with it". Play-testing found these answered "didn't catch that" or with a feeling, and a step
// done left open. Read only while the menu waits after a recent reminder, and before news at the
// menu, so the words must be about the step: "i have an interview tomorrow", "i have done 3
// applications" and a bare "help" are not answers to it. Null when the words say none of them.
import { normaliseAnswer, NUMBER_WORDS } from './answers.ts';

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
// happened (play-testing found only a bare "Done" understood). "not yet, the bus was off" and
// "didnt do it, was ill" likewise.
const PUNCTUATION = String.raw`[\s,.!;:\-\u2013\u2014]`;
const DONE_OPENING = new RegExp(
  String.raw`^(?:(?:yes|yep|yeah|yeh|yh|ye|all)${PUNCTUATION}+)?(?:done(?: it| that)?|did it|i did it|i have done it|ive done it|i've done it|finished(?: it)?|completed(?: it)?|sorted(?: it)?)(?=${PUNCTUATION}|$)`,
  'i',
);
const NOT_DONE_OPENING = new RegExp(
  String.raw`^(?:(?:no|nope|nah|sorry)${PUNCTUATION}+)?(?:not yet|not done(?: it)?(?: yet)?|not finished(?: it)?(?: yet)?|not started(?: it)?(?: yet)?|(?:i )?(?:havent|haven't|have not) (?:done|finished|started) it(?: yet)?|(?:i )?(?:didn['\u2019]?t|did not|couldn['\u2019]?t|could not) (?:do|finish|start|get to|manage)(?: it| that)?(?: yet)?)(?=${PUNCTUATION}|$)`,
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

// Play-testing: "did 1 on indeed" to a reminder about applying for jobs had "Sorry, I didn't catch
// that", and three days later "That is OK, plans change". Done-ish words, read with the step they
// answer: "did 1", "sent it", "done it"; and, for a step about applying, "applied to 2" or "done 3
// applications" (for another step those are news for the job-search log). Fewer than the step
// asked for is partly done: "did 1" to "Apply for 2 jobs".
const COUNT_WORDS: Readonly<Record<string, number>> = { once: 1, twice: 2, couple: 2, ...NUMBER_WORDS };
const COUNT = String.raw`(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a couple)`;
// Words before the answer: "yeah i", "just", "ive already".
const LEAD = String.raw`^(?:(?:yes|yeah|yep|ye|yh|ok|well|so|i|ive|i have|just|already)\s+)*`;
const DID_SOME = new RegExp(String.raw`${LEAD}(?:did|done|finished|sent|completed)\s+${COUNT}\b`);
const SENT_IT = new RegExp(String.raw`${LEAD}(?:sent|done|did|posted|emailed|handed in)\s+(?:it|them|that|mine|my cv|the cv|the form|the email|the application|it off|them off)\b`);
const APPLIED = new RegExp(String.raw`${LEAD}(?:applied|put in|sent off|sent)\s+(?:(?:to|for|in)\s+)?${COUNT}\b|${LEAD}(?:done|did|sent|made|put in)\s+${COUNT}\s+(?:applications?|apps)\b`);
const ABOUT_APPLYING = /\b(?:appl\w*|jobs?|vacanc\w*|indeed|agenc\w*)\b/;
const STEP_COUNT = /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|once|twice|couple)\b/;

function countOf(word: string | undefined): number | null {
  if (word === undefined) return null;
  if (/^\d+$/.test(word)) return Number(word);
  return COUNT_WORDS[word.replace(/^a /, '')] ?? null;
}

/** How many times the step asks for: "Apply for 2 jobs" is 2, "Warehouse jobs, Once" is 1; null when it does not say. */
function countAskedFor(stepText: string): number | null {
  const words = normaliseAnswer(stepText);
  return countOf(STEP_COUNT.exec(words)?.[1]);
}

/** Done-ish words about `stepText` ("did 1 on indeed"): done, partly done, or null when they do not say. */
export function readDoneIsh(text: string, stepText: string): 'done' | 'partly' | null {
  const words = normaliseAnswer(text);
  if (!words || words.length > 200 || ASKS.test(text.trim().toLowerCase()) || NOT_DONE.test(words)) return null;
  const applying = ABOUT_APPLYING.test(normaliseAnswer(stepText));
  const counted = DID_SOME.exec(words) ?? (applying ? APPLIED.exec(words) : null);
  if (counted) {
    const did = countOf(counted[1] ?? counted[2]);
    const asked = countAskedFor(stepText);
    return did !== null && asked !== null && did < asked ? 'partly' : 'done';
  }
  return SENT_IT.test(words) ? 'done' : null;
}

/** Cheap first look, before the step is read: could these words be done-ish at all? */
export function soundsDoneIsh(text: string): boolean {
  const words = normaliseAnswer(text);
  return DID_SOME.test(words) || SENT_IT.test(words) || APPLIED.test(words);
}
