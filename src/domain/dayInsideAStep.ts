// "go to the agency office on thursday to sign up": a day said inside a step, with words after it
// that are not an "and" (splitDate in goalWords.ts reads a day at either end, or before an "and").
// Play-testing reviews, round twenty-seven: the client was asked "When will you do it?" anyway;
// and "go in monday" had been kept as a step called "Go".
import { parseDueDate, type DateContext } from './dates.ts';
import { splitDate } from './goalWords.ts';

const DAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
// "on thursday", "this friday", "next monday", "tomorrow", said with a word before it and after it.
const DAY_INSIDE = new RegExp(String.raw`\s+((?:on|by|this|next|this coming|on (?:this|next)) ${DAY}|tomorrow)\s*,?\s+(?=\w)`, 'i');
// The words after the day are a purpose or a place, not a second day or a "not".
const AFTER_THE_DAY = /^(?:to|for|at|with|in|and|about|so|morning|afternoon|evening|first thing)\b/i;

/** The step's words without the day said inside them, and that day; splitDate's reading when it finds one. */
export function splitDayInsideAStep(text: string, context: DateContext): { text: string; due: Date | null } {
  const split = splitDate(text, context);
  // "go in monday": "Go" alone is no step; only the day's own word leaves it ("Go in").
  if (split.due && !/\s/.test(split.text.trim()) && /\s/.test(text.trim())) return { text: withoutTheDayWord(text), due: split.due };
  if (split.due) return split;
  const inside = DAY_INSIDE.exec(text);
  if (!inside) return split;
  const after = text.slice(inside.index + inside[0].length);
  if (!AFTER_THE_DAY.test(after)) return split;
  const due = parseDueDate(inside[1]!, context);
  if (!due) return split;
  return { text: `${text.slice(0, inside.index)} ${after}`.replace(/\s+/g, ' ').trim(), due };
}

function withoutTheDayWord(text: string): string {
  const left = text.replace(new RegExp(String.raw`\s*\b(?:on |this |next )?(?:${DAY}|tomorrow)\b`, 'i'), ' ').replace(/\s+/g, ' ').trim();
  return left || text.trim();
}
