// Which of the steps reminded together the client's words are about, by the words of the step only
// ("i did the cv in the end but only half of it" is the CV step). Places ("the first one", "last
// week") are not read here: in a long reply they are nearly always about time, not the list.
// Play-testing: a reply naming the CV step after two reminders had "Which step do you mean?".
// Pure: no I/O.
import { stepNamedIn, type NamedStep } from './stepChangeWords.ts';

const PLACE_WORDS = /\b(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|final|step|number|no|item)\b/gi;

/** The one step the words name by its own words, or null (none, or two alike). */
export function reminderStepNamedIn<T extends NamedStep>(text: string, steps: readonly T[]): T | null {
  if (steps.length < 2) return null;
  return stepNamedIn(text.replace(PLACE_WORDS, ' '), steps);
}
