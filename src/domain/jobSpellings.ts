// Job words as typed on a phone: "i wud like to werk in a kichen" read as "i would like to work in a
// kitchen" (play-testing, round sixteen). Used by jobWanted.ts before it reads the job.
import { typoDistance } from './answers.ts';

// Phone spellings of the words around a job, and job words spelt a little wrong ("kichen").
const PHONE_SPELLINGS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:wud|wld|wuld|woud)\b/g, 'would'],
  [/\b(?:werk|wrk|wurk|wok)\b/g, 'work'],
  [/\b(?:lik|lyk|liek)\b/g, 'like'],
];
const FIXABLE_JOB_WORDS = [
  'kitchen', 'warehouse', 'cleaner', 'cleaning', 'cooking', 'catering', 'reception', 'receptionist', 'security', 'driver', 'driving',
  'delivery', 'hospitality', 'construction', 'labourer', 'plumber', 'electrician', 'carpenter', 'mechanic', 'gardener', 'gardening',
  'hairdresser', 'cashier', 'factory', 'nursery', 'childcare', 'forklift', 'barista', 'waitress',
];

export function respelt(words: string): string {
  let fixed = words;
  for (const [pattern, word] of PHONE_SPELLINGS) fixed = fixed.replace(pattern, word);
  return fixed.replace(/\b[a-z]{5,}\b/g, (word) => {
    if (FIXABLE_JOB_WORDS.includes(word)) return word;
    return FIXABLE_JOB_WORDS.find((job) => typoDistance(word, job) <= (job.length >= 8 ? 2 : 1)) ?? word;
  });
}
