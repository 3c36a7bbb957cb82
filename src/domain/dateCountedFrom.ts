// A day counted from another the client names: "the day after my interview on thursday", "2 days
// before my interview on the 10th", "a week after the job fair on the 2nd", "the day before christmas
// eve" (eighth batch). The reader had taken the day named (Thursday, the 10th) and dropped the count,
// which put a wrong day on the plan. Pure: finds the words; dates.ts reads the day they count from.
import { NUMBER_WORDS } from './answers.ts';

const COUNT: Readonly<Record<string, number>> = { the: 1, a: 1, an: 1, ...NUMBER_WORDS };
const COUNTED_FROM = /(?:\b(the|an?|one|two|three|four|five|six|seven|\d{1,2})\s+)?\b(days?|weeks?)\s+(before|after)\s+(\S.*)$/;

export type CountedFrom =
  | { kind: 'days'; days: number; from: string }
  /** "The week before christmas": some day in a week, which names none. */
  | { kind: 'vague'; from: string };

/** The count and the words it counts from, or null when the text counts from no other day. */
export function countedFromAnotherDay(text: string): CountedFrom | null {
  const match = COUNTED_FROM.exec(text);
  if (!match) return null;
  const [, count, unit, way, from] = match;
  if (/^(?:next|that|then|it|this)\b/.test(from!)) return null; // "the week after next", "the day after that"
  if (unit!.startsWith('week') && count === 'the') return { kind: 'vague', from: from! };
  // "i have 2 days before my interview on friday", "it takes a week after the 2nd": how long, not when.
  if (/\b(?:have|has|had|got|only|just|takes?|took|need|needs|spend|for|about|around)\s+$/.test(text.slice(0, match.index))) {
    return { kind: 'vague', from: from! };
  }
  const number = count === undefined ? 1 : COUNT[count] ?? Number(count);
  if (unit!.endsWith('s') !== number > 1) return null; // "2 day after", "a days after": not a count we read
  const days = number * (unit!.startsWith('week') ? 7 : 1);
  return { kind: 'days', days: way === 'before' ? -days : days, from: from! };
}
