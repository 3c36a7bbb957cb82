// Round eight's tuning goals (test/corpus/goals/roundEight.tsv), their kinds pinned in other words: a
// thinking sound before the goal is not kept, "first aid" is a course and not a first step, an older
// client's "telephone", "put my cv on" a site, "snd" typed for send, and a day and month from the last
// few days taken out of the step as gone, never as next year's day.
import { describe, expect, it } from 'vitest';
import { analyseGoal } from '../../src/domain/smart.ts';
import { splitDate, tidyAim } from '../../src/domain/goalWords.ts';
import { readGoalSaid } from '../../src/domain/goalSaid.ts';

const MONDAY = { now: new Date('2026-11-23T10:00:00Z'), timeZone: 'Europe/London' };
const read = (text: string) => {
  const { specific, measurable, timeBound } = analyseGoal(text, MONDAY);
  return [specific, measurable, timeBound];
};

describe('goals, round eight: what is kept', () => {
  it.each([
    ['umm ring the college', 'Ring the college'],
    ['hmm, look for jobs online every day', 'Look for jobs online every day'],
    ['book onto a first aid course', 'Book onto a first aid course'],
    ['get a job in a shop, first update my cv', 'Get a job in a shop'],
  ])('%j keeps %j', (typed, kept) => {
    expect(tidyAim(readGoalSaid(typed).aim, MONDAY)).toBe(kept);
  });
});

describe('goals, round eight: the doing words', () => {
  it.each([
    ['I shall telephone the surgery about the receptionist post', [true, true, false]],
    ['put my cv on reed', [true, true, false]],
    ['put my cv up on linkedin tomorrow', [true, true, true]],
    ['snd an email to the agency', [true, true, false]],
  ] as const)('%j reads %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('goals, round eight: a day in the step that has just gone', () => {
  it.each([
    ['email the manager 21/11', 'email the manager', '2026-11-21'],
    ['ring the college on 18th november', 'ring the college', '2026-11-18'],
  ])('%j keeps %j, and its day is gone (%s), not next year', (typed, text, gone) => {
    const split = splitDate(typed, MONDAY);
    expect(split).toMatchObject({ text, due: null });
    expect(split.gone?.toISOString().slice(0, 10)).toBe(gone);
  });

  it('keeps a day from today on, and one long gone is still next year (the far-day check asks about it)', () => {
    expect(splitDate('email the manager 23/11', MONDAY)).toEqual({ text: 'email the manager', due: new Date('2026-11-23T00:00:00Z') });
    expect(splitDate('email the manager 1/11', MONDAY)).toEqual({ text: 'email the manager', due: new Date('2027-11-01T00:00:00Z') });
  });
});
