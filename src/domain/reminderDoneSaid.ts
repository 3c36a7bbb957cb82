// Done said in a client's own words, after a reminder or at the menu. Play-testing returning
// clients: "dun it lol", "I am finish it yesterday, thank you", "yes i've done the stupid course
// booking ok" and "i did the cover letter ages ago" each had "Sorry, I didn't catch that". Two
// shapes: done with "it" (the step reminded), and done with a thing, which must name a step before
// anything is marked. Never done: "not done yet", "i will finish it tomorrow", and words of someone
// fed up rather than finished ("done with this", "i am done"). Pure: no I/O.
import { normaliseAnswer } from './answers.ts';
import { stepNamedIn, type NamedStep } from './stepChangeWords.ts';

const NOT_DONE = /\b(?:not|no|nope|nah|havent|have not|hasnt|didnt|did not|dont|cant|couldnt|never|nearly|almost|half|partly|yet|either)\b/;
// "i will finish it tomorrow", "need to get it done": still to come, not done.
const STILL_TO_COME = /\b(?:will|ill|going to|gonna|gunna|need to|needs to|have to|got to|gotta|want to|wanna|try|trying|should|tomorrow|tmrw|tonight|later|next|soon|help)\b/;
const ASKS = /\?\s*$|^(?:what|which|why|who|how|when|where|can|could|do|does|is|are)\b/;
// "done with this", "i am done", "im so done", "done with it all": fed up, not finished.
const FED_UP = /\bdone with\b|^(?:i am|im|i m|am|i think im)\s+(?:so |just |totally |completely )?(?:done|finished)(?:\s+(?:now|lol|mate|tbh))?$/;

const DONE_SPELLINGS = String.raw`(?:done|dun|dne|donr|dnoe|did|finished|finnished|finshed|fnished|finised|finish|completed|complete|sorted)`;
// "dun it lol", "yh dne it last nite", "got it done", "I am finish it yesterday", "I have completed the task".
const DONE_IT = new RegExp(
  String.raw`\b${DONE_SPELLINGS}\s+(?:it|that|this|them|the task|the step|the thing)\b|\b(?:got|get|had|have)\s+(?:it|that|them)\s+(?:done|dun|sorted|finished)\b|^(?:yes\s+|yeah\s+|yh\s+|yep\s+)?(?:i\s+|ive\s+|i have\s+|im\s+|i am\s+)?(?:dun|dne|finnished|finshed|fnished)\b`,
);
const THING_VERBS = String.raw`(?:done|dun|dne|did|finished|finnished|finshed|finish|completed|complete|sorted|wrote|written|write|updated|update|booked|registered|signed up|filled in|made)`;
// "done the cover letter", "did the forklift one", "finished my cover letter", "registered with blue arrow".
const DONE_A_THING = new RegExp(
  String.raw`\b${THING_VERBS}\s+(?:(?:the|my|me|that|a|an|with|for|on|up|in|stupid|bloody|whole)\s+)+[a-z]|\b(?:im|i am|ive|i have)\s+(?:finish|finished|complete|completed)\s+[a-z]`,
);
// The ESOL present "I finish it", "I write the letter" is done only when said as past: "yesterday", or "I am finish".
const PRESENT_FORM = /\b(?:finish|complete|write|update)\b/;
const SAID_AS_PAST = /\b(?:yesterday|last|ago|already|this morning|earlier|im|i am|i was|i have|ive)\b/;

function plainWords(text: string): string | null {
  const words = normaliseAnswer(text);
  if (!words || words.length > 200 || ASKS.test(text.trim().toLowerCase()) || NOT_DONE.test(words) || STILL_TO_COME.test(words)) return null;
  if (FED_UP.test(words)) return null;
  return words;
}

function presentNotPast(words: string, match: RegExpExecArray): boolean {
  return PRESENT_FORM.test(match[0]) && !SAID_AS_PAST.test(words);
}

/** Done about the step reminded ("dun it lol", "I am finish it yesterday"). */
export function saysDoneWithIt(text: string): boolean {
  const words = plainWords(text);
  if (!words) return false;
  const match = DONE_IT.exec(words);
  return match !== null && !presentNotPast(words, match);
}

/** Done about a thing ("i did the cover letter ages ago"): marked only when the thing names a step. */
export function saysDoneWithAThing(text: string): boolean {
  const words = plainWords(text);
  if (!words) return false;
  const match = DONE_A_THING.exec(words);
  return match !== null && !presentNotPast(words, match);
}

/** "done with this", "i am done": fed up, never a step marked done (the risk check hears despair first). */
export function soundsFedUpNotFinished(text: string): boolean {
  return FED_UP.test(normaliseAnswer(text));
}

// "wrote the cover letter last week": "last" is about time here, never the last step in the list.
const PLACE_WORDS = /\b(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|final|step|number|no|item)\b/gi;

/** The one step a done-with-a-thing names by its own words ("the cover letter"), or null. */
export function stepDoneNamedIn<T extends NamedStep>(text: string, steps: readonly T[]): T | null {
  return steps.length > 0 ? stepNamedIn(text.replace(PLACE_WORDS, ' '), steps) : null;
}
