// "every week", "every monday", "weekly": how often, typed where the first day of a step is asked;
// and "asap", soon without a day.
// A plan keeps one day a step, so the answer is read as the first time: the day named, or the
// nearest day the rhythm gives (play-testing: "every week" had "That sounds hard", and "every
// monday" "I didn't catch that date").
import { normaliseAnswer } from './answers.ts';
import { expandDay } from './datePhrases.ts';
import { saysSoon } from './soonWords.ts';

const WEEKDAY = '(monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)';
const LEAD = String.raw`^(?:(?:i will|ill|i can|i could|i would|id|probably|maybe|prob|hopefully|ok|okay|yeah|yes|um|erm)\s+)*(?:(?:do it|do them|do that|try|aim for it)\s+)?`;
const EVERY = new RegExp(`${LEAD}(?:every|each|evry|evey|once a|once every|on)\\s+(?:single\\s+)?(day|week|weekday|morning|fortnight|two weeks|other week|${WEEKDAY}s?)(?:\\s+(?:morning|afternoon|evening|night))?$`);
// Only a whole day name makes a plural: "tues", "thurs" and "weds" are one day, not every week
// (play-testing, 2026-12-08: "tues" had "Good, doing it often helps").
const ALONE = new RegExp(`${LEAD}(daily|weekly|fortnightly|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s)$`);

/** The first time, as words the date reader takes ("monday", "tomorrow", "in a week"); null when the words say no rhythm. */
export function firstTimeOfARepeat(text: string): string | null {
  const words = normaliseAnswer(text);
  const found = EVERY.exec(words)?.[1] ?? ALONE.exec(words)?.[1];
  if (!found) return null;
  if (found === 'day' || found === 'daily' || found === 'morning' || found === 'weekday') return 'tomorrow';
  if (found === 'week' || found === 'weekly') return 'in a week';
  if (found === 'fortnight' || found === 'fortnightly' || found === 'two weeks' || found === 'other week') return 'in 2 weeks';
  return expandDay(found.replace(/s$/, ''));
}

// "asap", "as soon as i can", "straight away": soon, read as tomorrow (it had been a week away, after
// three "I didn't catch that date"s). The soon words live in soonWords.ts.

/** Soon, said without a day: the words the date reader takes for it, or null. */
export function soonWithoutADay(text: string): string | null {
  return saysSoon(text) ? 'tomorrow' : null;
}
