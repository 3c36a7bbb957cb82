// Round eleven, advisers new to the tool: "remove priya 2", "delete lee's step 1", "take step 2 off
// sam's plan", "change priya 1 to apply for 5 jobs", "how do i delete a step" each had "I did not
// understand that" and the whole list. An adviser cannot take a step off a plan or change its words
// here, so these are read only to say so plainly, with what can be done. "change priya 1 to friday"
// is a new day: read as "move". Pure: no I/O.

const TAKE_OFF = /^(?:remove|delete|del|take off|take away|get rid of|drop|bin|scrap|cross off|strike)\b/i;
const TAKE_OFF_AFTER = /^(?:take|get)\s+(?:.+\s+)?(?:off|out of)\b/i;
const CHANGE = /^(?:change|edit|rename|reword|update|amend|fix)\b/i;
const ASK_HOW = /^(?:how (?:do|can|would) (?:i|we)|can i|is there a way to|how to)\s+(remove|delete|take (?:off|away)|get rid of|drop|change the words of|edit|rename|reword|amend)\b/i;
const A_STEP = /\b(?:steps?|actions?|tasks?|goals?|\d{1,3})\b/i;
// "change priya 1 to ...": a new day or new words; the caller tells which by reading a day.
const CHANGE_TO_DAY = /^(?:change|update|amend)\s+(.+?)\s+(\d{1,3})\s+(?:to|till|until)\s+(.+)$/i;

export type StepEditAsk = { kind: 'take-off' } | { kind: 'change-words' } | { kind: 'change-to'; move: string; day: string };

/** What the words ask of a step in a plan, or null when they ask nothing of one. */
export function readStepEdit(text: string): StepEditAsk | null {
  const said = text.trim().replace(/[?!.]+$/, '').replace(/\s+/g, ' ');
  const how = ASK_HOW.exec(said);
  if (how && A_STEP.test(said)) return /remove|delete|take|rid|drop/i.test(how[1]!) ? { kind: 'take-off' } : { kind: 'change-words' };
  if (!A_STEP.test(said)) return null;
  if (TAKE_OFF.test(said) || TAKE_OFF_AFTER.test(said)) return { kind: 'take-off' };
  const toDay = CHANGE_TO_DAY.exec(said);
  if (toDay) return { kind: 'change-to', move: `move ${toDay[1]} ${toDay[2]} to ${toDay[3]}`, day: toDay[3]! };
  return CHANGE.test(said) ? { kind: 'change-words' } : null;
}
