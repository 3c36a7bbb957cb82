// The kinds the second goal training set found (test/corpus/goals/trainingTwo.tsv), each pinned with
// words of its own: one agency or site whose name ends in s, "go through" and "go over", "plan",
// "pop into" a place, "have a look at", a job's or course's length that is not a count, and a list
// of days after "every" that says how often; "the christmas rota" is a kind of work, not a day.
import { describe, expect, it } from 'vitest';
import { analyseGoal } from '../../src/domain/smart.ts';

const MONDAY = { now: new Date('2026-11-23T10:00:00Z'), timeZone: 'Europe/London' };
const read = (text: string) => {
  const { specific, measurable, timeBound } = analyseGoal(text, MONDAY);
  return [specific, measurable, timeBound];
};

describe('goals: the second training set, in other words', () => {
  it.each([
    ['ring greggs about the christmas rota', [true, true, false]],
    ['register with pertemps on friday', [true, true, true]],
    ['go over my personal statement with my mum tonight', [true, true, true]],
    ['plan my journey to the assessment centre', [true, true, false]],
    ['pop round to the leisure centre tmrw', [true, true, true]],
    ['have a look at jobs on the council website', [true, false, false]],
    ['apply for 20 hour jobs near me', [true, false, false]],
    ['apply for 2 of the 6 week courses', [true, true, false]],
    ['go to the pool every tuesday and thursday', [true, true, false]],
  ] as const)('%j reads %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('keeps "for 1 hour" an amount of effort', () => {
    expect(read('look for jobs for 1 hour today')).toEqual([true, true, true]);
  });
});
