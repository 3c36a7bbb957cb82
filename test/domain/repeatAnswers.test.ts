// How often a step is done, typed where its first day is asked: read as the first time.
import { describe, expect, it } from 'vitest';
import { firstTimeOfARepeat, soonWithoutADay } from '../../src/domain/repeatAnswers.ts';
import { weekdayThatDisagrees } from '../../src/domain/dateDisagreement.ts';

describe('firstTimeOfARepeat', () => {
  it.each([
    ['every week', 'in a week'],
    ['Weekly', 'in a week'],
    ['every monday', 'monday'],
    ['each fri', 'friday'],
    ['on tuesdays', 'tuesday'],
    ['fridays', 'friday'],
    ['i will do it every day', 'tomorrow'],
    ['ill do it every morning', 'tomorrow'],
    ['every fortnight', 'in 2 weeks'],
    ['probably every other week', 'in 2 weeks'],
  ])('%j is first %j', (said, first) => {
    expect(firstTimeOfARepeat(said)).toBe(first);
  });

  it.each(['friday', 'tues', 'thurs', 'weds', 'next week', 'every time i get paid', 'i go to the gym every day after work', 'every week is too much'])('%j says no rhythm to read', (said) => {
    expect(firstTimeOfARepeat(said)).toBeNull();
  });
});

describe('soonWithoutADay', () => {
  it.each(['asap', 'ASAP!!', 'as soon as possible', 'straight away', 'ill do it asap'])('%j is tomorrow', (said) => {
    expect(soonWithoutADay(said)).toBe('tomorrow');
  });

  it.each(['asap on friday', 'soon', 'not asap, next week'])('%j is not', (said) => {
    expect(soonWithoutADay(said)).toBeNull();
  });
});

describe('weekdayThatDisagrees', () => {
  const friday3July = new Date('2026-07-02T23:00:00Z');
  it('"monday 3rd" where the 3rd is a Friday names both', () => {
    expect(weekdayThatDisagrees('monday 3rd', friday3July, 'Europe/London')).toEqual({ said: 'Monday', isReally: 'Friday' });
  });

  it.each(['friday 3rd', 'fri the 3rd', 'the 3rd', 'next monday'])('%j agrees, or names no date', (said) => {
    expect(weekdayThatDisagrees(said, friday3July, 'Europe/London')).toBeNull();
  });
});
