// Goals and steps as clients type them, read by analyseGoal: is it one clear action, could you tell
// when it is done, and does it name a day? The held-out part was written blind (test/corpus/goals/
// brief.md) and scored once before any change: specific 86.5%, measurable 88.5%, time-bound 98.0%,
// all three 77.5%. Its misses were then read once, for their kinds (training.tsv and
// test/domain/smartKinds.test.ts mend those kinds in other words), so part A is no longer blind:
// after the change it reads specific 99.0%, measurable 100.0%, time-bound 99.0%, all three 98.0%.
// The floors below are those figures, truncated; the next blind part is the fair measure.
import { describe, expect, it } from 'vitest';
import { readGoalRows, scoreGoals } from './goals/goalRows.ts';

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
