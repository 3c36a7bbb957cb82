// Goals and steps as clients type them, read by analyseGoal: is it one clear action, could you tell
// when it is done, and does it name a day? The held-out part was written blind (test/corpus/goals/
// brief.md) and scored once before any change: specific 86.5%, measurable 88.5%, time-bound 98.0%,
// all three 77.5%. Its misses were then read once, for their kinds (training.tsv and
// test/domain/smartKinds.test.ts mend those kinds in other words), so part A is no longer blind:
// after the change it reads specific 99.0%, measurable 100.0%, time-bound 99.0%, all three 98.0%.
// The floors below are those figures, truncated; the next blind part is the fair measure.
import { describe, expect, it } from 'vitest';
import { readGoalRows, scoreGoals } from './goals/goalRows.ts';
import { readKeptRows, scoreKept } from './goals/keptRows.ts';
import { readRoundSeven } from './goals/roundSevenSplit.ts';
import { keptAtLeast } from './goals/keptAtLeast.ts';

const split = (name: string) => new URL(`./goals/${name}.tsv`, import.meta.url);

describe('goals clients type: the training rows', () => {
  // trainingTwo.tsv: a second set in many voices, scored before its mends (all three 92.1% of 151).
  it.each(['training', 'trainingTwo'])('reads every one in %s.tsv as labelled', (name) => {
    const score = scoreGoals(readGoalRows(split(name)));
    expect(score.misses).toEqual([]);
  });
});

describe('goals clients type: held-out part A', () => {
  const score = scoreGoals(readGoalRows(split('heldOutA')));
  it('holds 200 goals of every kind', () => {
    expect(score.total).toBe(200);
  });

  it.each([
    ['specific', score.specific, 0.99],
    ['measurable', score.measurable, 1],
    ['time-bound', score.timeBound, 0.99],
    ['all three', score.allThree, 0.98],
  ] as const)('reads %s right at least as often as measured', (_, right, floor) => {
    expect(right / score.total).toBeGreaterThanOrEqual(floor);
  });
});

// Part B was written blind by a second writer while part A's kinds were being mended, scored before
// that change (specific 83.0%, measurable 88.5%, time-bound 99.0%, all three 75.5%) and after it,
// never read: the fair measure of the change. These floors are its figures after.
describe('goals clients type: held-out part B', () => {
  const score = scoreGoals(readGoalRows(split('heldOutB')));
  it('holds 200 goals of every kind', () => {
    expect(score.total).toBe(200);
  });

  it.each([
    ['specific', score.specific, 0.95],
    ['measurable', score.measurable, 0.955],
    ['time-bound', score.timeBound, 0.995],
    ['all three', score.allThree, 0.92],
  ] as const)('reads %s right at least as often as measured', (_, right, floor) => {
    expect(right / score.total).toBeGreaterThanOrEqual(floor);
  });
});


// Round six (2026-12-07): goals typed to "What would you like to work on?", with what the read-back
// should keep (roundSix.tsv). Split before scoring (odd lines tuning, even lines held-out). Before any
// change for it: tuning kept 93.2%, all three 81.4%, both 76.3%; held-out kept 91.5%, all three 89.8%,
// both 84.7%. After the tuning half's mends: tuning 100.0%, 84.7%, 84.7%; held-out (never read) 96.6%,
// 89.8%, 88.1%. The floors are those figures, truncated.
describe.each([
  ['tuning', 59, { kept: 1, allThree: 0.847, both: 0.847 }],
  ['held-out', 59, { kept: 0.966, allThree: 0.898, both: 0.881 }],
] as const)('goals clients type, round six: the %s half', (half, total, floors) => {
  keptAtLeast(scoreKept(readKeptRows(split('roundSix'), half)), total, floors);
});

// Round seven (2026-12-07): goals typed in many voices (vague, too big, several in one, a day inside,
// a feeling or a barrier after, ESOL), roundSeven.tsv, split at random before scoring. Before any
// change for it: tuning kept 85.0%, all three 96.7%, both 83.3%; held-out kept 76.2%, all three 95.2%,
// both 71.4%. After the tuning part's mends: tuning 100%, 100%, 100%; held-out (never read) 81.0%,
// 95.2%, 76.2%. The floors are those figures, truncated.
describe.each([
  ['tuning', 60, { kept: 1, allThree: 1, both: 1 }],
  ['held-out', 21, { kept: 0.809, allThree: 0.952, both: 0.761 }],
] as const)('goals clients type, round seven: the %s part', (half, total, floors) => {
  keptAtLeast(scoreKept(readRoundSeven(half)), total, floors);
});
