// A goal, its step and how sure the client is, said in one line at "What would you like to work on?":
// "get a bus driver job. step: apply for my provisional licence by friday, im about 8 sure". Play-testing
// (goal lines, round one) had the whole line kept as the goal and as its step. The goal is the words
// before "step:" ("first step -", "my step is", "next step is"); the step, after; how sure, said at the
// end ("im about 8 sure", "7/10", "confidence 8", "pretty sure"), is kept apart and never in the step.
import { NUMBER_WORDS } from './answers.ts';

const NUMBER = String.raw`(10|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten)`;
const LEAD = String.raw`(?:^|[\s,.;:!-]+)(?:and\s+)?(?:(?:i\s*(?:'|\u2019)?m|im|i\s+am|i\s+feel|feeling)\s+)?(?:(?:about|like|around|maybe|prob(?:ably)?|roughly|say)\s+)?(?:an?\s+)?`;
const AFTER = String.raw`(?:\s+(?:tbh|lol|ish|i\s+think|i\s+reckon|maybe|probs|x+))*[\s.!]*$`;
// "im about 8 sure", "9 out of 10 sure", "5/10 sure", "8 confident".
const NUMBER_SURE = new RegExp(`${LEAD}${NUMBER}(?:\\s*(?:\\/|out\\s+of)\\s*10)?\\s+(?:sure|confident|certain)${AFTER}`, 'i');
// "confidence 8", "sure about 6", "confidence is 7/10".
const SURE_NUMBER = new RegExp(`(?:^|[\\s,.;:!-]+)(?:and\\s+)?(?:my\\s+)?(?:confidence|sure|confident)(?:\\s+(?:is|about|like|around|of))*\\s+(?:an?\\s+)?${NUMBER}(?:\\s*(?:\\/|out\\s+of)\\s*10)?${AFTER}`, 'i');
// "im 8/10", "about 5/10": out of ten said with "im" or "about" (a bare "7/10" may be a date).
const OUT_OF_TEN = new RegExp(`(?:^|[\\s,.;:!-]+)(?:and\\s+)?((?:i\\s*(?:'|\u2019)?m|im|i\\s+am|about|like|around)\\s+)?(?:an?\\s+)?${NUMBER}\\s*(?:\\/|out\\s+of)\\s*10${AFTER}`, 'i');
// "pretty sure", "fairly confident": how sure, with no number.
const SURE_WORDS = /(?:^|[\s,.;:!-]+)(?:and\s+)?(?:(?:i\s*(?:'|\u2019)?m|im|i\s+am)\s+)?(?:pretty|fairly|quite|very|really|100%?|defo|definitely)\s+(?:sure|confident)(?:\s+(?:tbh|lol|i\s+can(?:\s+do\s+it)?))*[\s.!]*$/i;
// A day said just before "7/10", so the number is how sure and not the 7th of October.
const DAY_BEFORE = /\b(?:mon|tues?|wed|thurs?|fri|sat|sun)(?:day)?\b|\b(?:tomorrow|tmrw|2moro|today|tonight|week|weekend|month)\b/i;

function numberOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

/** The words without how sure the client said they are at the end, and that number (null: said with no number, or not said). */
export function sureSaidAtTheEnd(text: string): { words: string; sure: number | null; said: boolean } {
  const trimmed = text.trim();
  for (const pattern of [NUMBER_SURE, SURE_NUMBER]) {
    const found = pattern.exec(trimmed);
    if (found && found.index > 0) return { words: trimmed.slice(0, found.index).trim(), sure: numberOf(found[1]!), said: true };
  }
  const outOfTen = OUT_OF_TEN.exec(trimmed);
  if (outOfTen && outOfTen.index > 0 && (outOfTen[1] || DAY_BEFORE.test(trimmed.slice(0, outOfTen.index)))) {
    return { words: trimmed.slice(0, outOfTen.index).trim(), sure: numberOf(outOfTen[2]!), said: true };
  }
  const words = SURE_WORDS.exec(trimmed);
  if (words && words.index > 0) return { words: trimmed.slice(0, words.index).trim(), sure: null, said: true };
  return { words: trimmed, sure: null, said: false };
}

// "step:", "first step -", "step 1:", "my step is to", "next step is", "steps:", "step =".
const STEP_MARKED = /^(.{4,}?)[\s,.;:!-]*[\s,.;:!-](?:and\s+)?(?:(?:my|the)\s+)?(?:(?:first|next|1st)\s+)?steps?(?:\s*(?:1|one))?\s*(?:[:=-]+|\s(?:is|will\s+be|would\s+be)(?:\s+to)?\b)\s*(?:(?:i\s*(?:'|\u2019)?ll|ill|i\s+will|i\s+can|to)\s+)?(.{4,})$/i;

/** The goal and its step, when the step is marked ("get a bus driver job. step: apply for my licence"); null otherwise. */
export function goalThenMarkedStep(text: string): { aim: string; step: string } | null {
  const said = STEP_MARKED.exec(text.trim());
  if (!said) return null;
  const aim = said[1]!.replace(/[\s,.;:!-]+$/, '').trim();
  const step = said[2]!.trim();
  return aim.split(/\s+/).length >= 2 && step.split(/\s+/).length >= 2 ? { aim, step } : null;
}
