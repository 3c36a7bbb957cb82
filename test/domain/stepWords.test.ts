// Two steps in one answer, and a step said to repeat, read from the client's words (play-testing).
import { describe, expect, it } from 'vitest';
import { repeats, stepsInOne } from '../../src/domain/stepWords.ts';
import { splitDate } from '../../src/domain/goalWords.ts';
import { matchJobWanted } from '../../src/domain/jobWanted.ts';
import { needsCheck, readChoice } from '../../src/domain/partialAnswers.ts';

// Monday 8 June 2026, 10am in London.
const context = { now: new Date('2026-06-08T09:00:00Z'), timeZone: 'Europe/London' };
const londonMidnight = (day: string) => new Date(`${day}T00:00:00+01:00`);

describe('stepsInOne', () => {
  it.each([
    ['apply for 3 jobs and update my cv', ['apply for 3 jobs', 'update my cv']],
    ['ring the agency, then look at 2 job adverts', ['ring the agency', 'look at 2 job adverts']],
    ['update my cv & email the agency & print my cv', ['update my cv', 'email the agency', 'print my cv']],
  ])('%j holds more than one step', (typed, steps) => {
    expect(stepsInOne(typed, context)).toEqual(steps);
  });

  it.each(['look for jobs in retail and hospitality', 'call and email the agency', 'apply for 3 jobs', 'ok so, apply for 3 jobs', 'get a job and update my cv'])(
    '%j is one answer, kept whole',
    (typed) => {
      expect(stepsInOne(typed, context)).toEqual([typed]);
    },
  );
});

describe('repeats', () => {
  it.each(['apply for 2 jobs every week', 'each monday call the agency', 'apply for 3 jobs a week', 'call the agency on mondays'])('%j repeats', (typed) => {
    expect(repeats(typed, context)).toBe(true);
  });

  it.each(['apply for 2 jobs', 'update my cv in a week', 'apply for 3 jobs this week'])('%j is a one-off', (typed) => {
    expect(repeats(typed, context)).toBe(false);
  });
});

describe('splitDate with a day said as how often', () => {
  it.each([
    ['call the agency every monday', '2026-06-15'],
    ['each friday ring the agency', '2026-06-12'],
  ])('%j keeps its words and is first due on the next such day', (typed, day) => {
    expect(splitDate(typed, context)).toEqual({ text: typed, due: londonMidnight(day) });
  });

  it('"on fridays" keeps its words and names no first day: the question that asks when does', () => {
    expect(splitDate('ring the agency on fridays', context)).toEqual({ text: 'ring the agency on fridays', due: null });
  });

  it('still takes a plain day off the words', () => {
    expect(splitDate('ring the agency on friday', context)).toEqual({ text: 'ring the agency', due: londonMidnight('2026-06-12') });
  });
});

describe('a job pointed at, not named', () => {
  const notSure = { value: 'Not sure', label: 'Not sure', synonyms: ['dont know', 'no idea', 'none', 'both', 'all'] };
  const one = [{ value: 'Cleaner', label: 'Cleaner' }, notSure];
  const two = [{ value: 'Cleaner', label: 'Cleaner' }, { value: 'Shop work', label: 'Shop work' }, notSure];

  it.each(['yes', 'yeah', 'yep', 'that one', 'yes that one', 'thats the one', 'sure', 'ok', 'yes please', 'this one'])('%j is the only job on the buttons', (typed) => {
    expect(matchJobWanted(typed, ['Cleaner'])).toEqual({ kind: 'that-one' });
    expect(readChoice(typed, one, 'job')).toBe('Cleaner');
  });

  it('with two jobs, "yes" is no answer and is checked; "the first one" and a name still are', () => {
    expect(readChoice('yes', two, 'job')).toBeNull();
    expect(needsCheck('yes', 'job')).toBe(true);
    expect(needsCheck('hmm', 'job')).toBe(false);
    expect(readChoice('the first one', two, 'job')).toBe('Cleaner');
    expect(readChoice('shop', two, 'job')).toBe('Shop work');
  });

  it.each(['no', 'neither', 'none of them', 'not sure'])('%j keeps the goal with no job', (typed) => {
    expect(readChoice(typed, two, 'job')).toBe('Not sure');
  });
});
