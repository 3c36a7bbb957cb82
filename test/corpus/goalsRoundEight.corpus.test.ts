// Round eight (2026-12-07): goals typed to "What would you like to work on?" in many voices (text-speak,
// ESOL, vague, two in one line, a day inside, a feeling or barrier after, a question, a request for help
// finding work, formal, a number), roundEight.tsv, split by a fixed hash before scoring. Read as the
// goal question reads them (a goal asked for is the goal it names). Before any change for it: tuning
// kept 82.0%, all three 83.6%, both 70.5% (all three 88.5%, both 73.8% with the three tuning labels
// changed later, said in the file); held-out kept 86.7%, all three 80.0%, both 70.0%. After the
// tuning part's mends: tuning 98.4%, 95.1%, 95.1%; held-out 90.0%, 80.0%, 70.0% (its misses were
// printed once by a slip while this test was written; nothing was mended or relabelled from them).
// The floors are those figures, truncated.
import { describe } from 'vitest';
import { readRoundEight, scoreRoundEight } from './goals/roundEightSplit.ts';
import { keptAtLeast } from './goals/keptAtLeast.ts';

describe.each([
  ['tuning', 61, { kept: 0.983, allThree: 0.95, both: 0.95 }],
  ['held-out', 30, { kept: 0.9, allThree: 0.8, both: 0.7 }],
] as const)('goals clients type, round eight: the %s part', (half, total, floors) => {
  keptAtLeast(scoreRoundEight(readRoundEight(half)), total, floors);
});
