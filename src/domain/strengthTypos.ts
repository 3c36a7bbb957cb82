// Strength words as people type them on a phone: "im relible and hard working", "very punctal",
// "freindly". Play-testing, round eleven: "im relible and hard working" at "Is there one more job
// you would like?" was kept as a job, as the strength check knew only the right spelling. A word
// one slip away (a letter left out, added, changed, or two swapped) from a strength word is read as
// it; words that are real in their own right and one slip away ("event organiser", "patent") are left.
import { isOneEditApart } from './risk/normalise.ts';

const STRENGTH_WORDS = ['reliable', 'organised', 'organized', 'punctual', 'patient', 'dependable', 'friendly', 'hardworking', 'working', 'worker', 'learner'];
const REAL_WORDS = new Set(['organiser', 'organizer', 'organise', 'organize', 'patent', 'patients', 'working', 'worker', 'workers', 'learners', 'reliably', 'friendlys']);
const SHORTEST = 6;

/** The words with any strength word typed one slip away spelt right; other words as they were. */
export function spellStrengthWords(words: string): string {
  return words
    .split(' ')
    .map((word) => (word.length < SHORTEST || REAL_WORDS.has(word) ? word : (STRENGTH_WORDS.find((right) => isOneEditApart(word, right)) ?? word)))
    .join(' ');
}
