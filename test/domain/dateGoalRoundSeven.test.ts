// Dates and goals, round seven: the kinds of miss the round-seven tuning parts showed
// (test/corpus/dates/roundSeven.ts, test/corpus/goals/roundSeven.tsv), each mended as a kind and
// checked here in other words than the corpus rows.
import { describe, expect, it } from 'vitest';
import { parseDueDate } from '../../src/domain/dates.ts';
import { dayAlreadyGone } from '../../src/domain/dateChecks.ts';
import { readGoalSaid } from '../../src/domain/goalSaid.ts';
import { analyseGoal } from '../../src/domain/smart.ts';
import { dateNotReadSorry } from '../../dialogs/goalDateReading.ts';
import * as say from '../../src/messages/en/smartGoal.ts';
import { dayGone } from '../../src/messages/en/review.ts';
import { asCorpusDay } from '../corpus/dates/score.ts';

// Monday 23 November 2026, 09:30 in London; and Friday 27 November, 19:00.
const context = { now: new Date('2026-11-23T09:30:00Z'), timeZone: 'Europe/London' };
const friday = { now: new Date('2026-11-27T19:00:00Z'), timeZone: 'Europe/London' };
const day = (text: string, at = context) => asCorpusDay(parseDueDate(text, at), at.timeZone);

describe('a day number no month has', () => {
  it.each(['sat 34th', 'on the 40th', 'monday 0th', 'tues the 35th'])('%j saves no day: the client hears "I didn\'t catch that date"', (text) => {
    expect(day(text)).toBeNull();
    expect(dayAlreadyGone(text, context)).toBeNull();
    expect(dateNotReadSorry(text, context)).toBe(say.dateNotCaught);
  });

  it('still reads real day numbers and counts', () => {
    expect(day('sat 28th')).toBe('2026-11-28');
    expect(day('the 31st')).toBe('2026-12-31');
    expect(day('in 40 days')).toBe('2027-01-02');
  });
});

describe('days that have just gone', () => {
  it.each(['wednesday just gone', 'the monday thats just gone'])('%j is told the day has gone, not given next week', (text) => {
    expect(day(text, friday)).toBeNull();
    expect(dateNotReadSorry(text, friday)).toBe(dayGone);
  });
});

describe('words around a day', () => {
  it('reads a hedge before a short day name as the day, not as "I sat"', () => {
    expect(day('maybe sun')).toBe('2026-11-29');
    expect(day('probably wed tbh')).toBe('2026-11-25');
    expect(dayAlreadyGone('prob sat', context)).toBeNull();
  });

  it('hears "not until the new year" as no day yet, so the coach asks again', () => {
    expect(day('not until the new year')).toBeNull();
    expect(day('not till after the new year')).toBeNull();
    expect(day('by the new year')).toBe('2027-01-01');
  });

  it('reads "cpl" and "teh"', () => {
    expect(day('a cpl of days')).toBe('2026-11-25');
    expect(day('teh 3rd')).toBe('2026-12-03');
  });

  it('does not take how long someone has been out of work as a day', () => {
    expect(day('after 5 years')).toBeNull();
    expect(analyseGoal('go back to nursing after 20 years', context).timeBound).toBe(false);
    expect(day('after 2 weeks')).toBe('2026-12-07');
  });
});

describe('a feeling or a barrier said after the goal', () => {
  it.each([
    ['ring the agency, feeling a bit low about it', 'ring the agency', 'feeling'],
    ['go to the interview but i hate talking to people', 'go to the interview', 'feeling'],
    ['apply for 3 jobs but i have no car', 'apply for 3 jobs', 'barrier'],
    ['book the course, i cant afford the train', 'book the course', 'barrier'],
    ['do the maths test, my english isnt great', 'do the maths test', 'barrier'],
  ])('%j keeps %j and answers the %s', (typed, aim, kind) => {
    const said = readGoalSaid(typed);
    expect(said.aim).toBe(aim);
    expect(said.step).toBe(aim);
    expect({ feeling: said.feeling, barrier: said.barrier }).toEqual({ feeling: kind === 'feeling', barrier: kind === 'barrier' });
  });

  it('keeps a worry answered as before', () => {
    expect(readGoalSaid('ring the college but im scared').worry).toBe(true);
  });
});

describe('"get it sorted" is a step', () => {
  it.each(['get my cscs card sorted', 'get the application form sorted'])('%j is one clear thing to do', (text) => {
    expect(analyseGoal(text, context)).toMatchObject({ specific: true, measurable: true });
  });
});
