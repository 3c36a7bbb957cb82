// Day names typed with two slips or cut short ("thrusdy", "wedsnday", "wednsdy", "frdy", "satdy"),
// which the one-slip check in dates.ts (correctSlips) and the SPELLINGS list do not reach (seventh
// batch). Pure: a word in, the day name or null out.
import { WEEKDAY_NAMES } from './dateCalendar.ts';

// The part of each day name before "day": "frdy" is "fr" + "dy", "satdy" is "sat" + "dy".
const STEMS = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'];
const LONG_NAMES = ['tuesday', 'wednesday', 'thursday', 'saturday'];

/**
 * The day a slipped word means, or null. Three kinds are read:
 * - the start of the day's name (two letters or more) and "dy" or "day": "frdy", "satdy", "wedday";
 * - a word ending "dy" or "day" within two slips of a long day name (seven letters or more), with the
 *   same first letter: "thrusdy", "wedsnday", "wednsdy". Short names are left to one slip, since two
 *   would take "midday", "mandy", "sandy" and "moody" for Monday or Sunday;
 * - the start of a long name with its letters jumbled, one or two left out, before "dy" or "day".
 * Plurals ("thursdays") say how often and are never read here.
 */
export function daySpeltAnyWay(word: string): string | null {
  const shape = /^([a-z]{2,6})d(?:a|e)?y$/.exec(word);
  if (!shape) return null;
  const start = shape[1]!;
  const byStem = STEMS.findIndex((stem) => stem.startsWith(start));
  if (byStem >= 0) return dayNamed(STEMS[byStem]!);
  const long = word.length >= 6 && LONG_NAMES.find((name) => name[0] === word[0] && slipsBetween(word, name) <= 2);
  if (long) return long;
  // The start's letters in another order, one or two perhaps left out ("wedsn" and "wens" for "wednes",
  // "thrus" for "thurs", "tus" for "tues"), from a name of four letters or more before "day".
  const jumbled = STEMS.find((stem) => stem.length >= 4 && stem.startsWith(start.slice(0, 2)) && isJumbleOf(start, stem));
  return jumbled ? dayNamed(jumbled) : null;
}

function isJumbleOf(start: string, stem: string): boolean {
  if (start.length > stem.length || start.length < Math.max(3, stem.length - 2)) return false;
  const left = [...stem];
  for (const letter of start) {
    const at = left.indexOf(letter);
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}

function dayNamed(stem: string): string {
  return WEEKDAY_NAMES.find((name) => name.startsWith(stem))!;
}

/** Letters added, dropped, changed, or two next to each other swapped, to turn one word into the other. */
function slipsBetween(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}
