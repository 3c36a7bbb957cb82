// The kinds of date held-out part D showed we misread (2026-12-06), each checked with words of its
// own: none of these are rows of part D. The corpus (test/corpus/dates/training.ts) has more of each.
import { describe, expect, it } from 'vitest';
import { due, MONDAY_MORNING } from '../support/dueOnMondayMorning.ts';
import { extractDueDate } from '../../src/domain/dates.ts';
import { normaliseDateText } from '../../src/domain/dateWords.ts';
import { addDays, dayForWeekday, mondayOf } from '../../src/domain/dateCalendar.ts';


function taken(text: string): { rest: string; phrase: string | null; due: string | null } {
  const found = extractDueDate(text, MONDAY_MORNING);
  return { rest: found.rest, phrase: found.phrase, due: found.dueAt && due(found.phrase!) };
}

describe('parseDueDate: the kinds held-out part D found', () => {
  it.each(['tomo', 'tmoro', '2mw', 'tmrrw', 'tomorra', 'the morra', 'TMOZ', '2MW'])('%j is tomorrow', (text) => {
    expect(due(text)).toBe('2026-11-24');
  });

  it.each([['04.12', '2026-12-04'], ['4.12', '2026-12-04'], ['04.12.', '2026-12-04'], ['4-12', '2026-12-04'], ['by 11.01', '2027-01-11']])(
    'reads %j as day then month', (text, day) => expect(due(text)).toBe(day),
  );

  it.each([['tomorrow at 4.10', '2026-11-24 16:10'], ['at 4.12', null], ['9-5', null], ['2-3 jobs a week', null], ['earn 7.50 an hour', null]])(
    'leaves %j a time, a range or a number', (text, day) => expect(due(text)).toBe(day),
  );

  it.each([
    ['thurs scratch that fri', '2026-11-27'], ['tomorrow, oops, i meant wednesday', '2026-11-25'],
    ['fri or rather sat', '2026-11-28'], ['monday wait no tuesday no wait thursday', '2026-11-26'],
    ['the 5th actually make it the 6th', '2026-12-06'], ['why not friday', '2026-11-27'], ['friday rather than monday', '2026-11-27'],
  ])('a correction gives the last day named after it: %j', (text, day) => expect(due(text)).toBe(day));

  it.each([['day after tomorrow', '2026-11-25'], ['the day after tmoz', '2026-11-25'], ['day after 2moro at 10', '2026-11-25 10:00']])(
    '%j is two days away', (text, day) => expect(due(text)).toBe(day),
  );

  it.each(['every other thursday', 'every second monday', 'every 2nd fri', 'alternate saturdays', 'each wednesday', 'mondays', 'every other week'])(
    '%j says how often, not when', (text) => expect(due(text)).toBeNull(),
  );

  it('leaves "i sat week after week" alone', () => expect(due('i sat week after week')).toBeNull());

  it.each([['sat week', '2026-12-05'], ['sun wk', '2026-12-06'], ['wed week', '2026-12-02'], ['mon week', '2026-12-07'], ['thurs week', '2026-12-03']])(
    '%j is that day of next week', (text, day) => expect(due(text)).toBe(day),
  );
});

describe('extractDueDate: the kinds held-out part D found', () => {
  it('takes a day taken back out with the day it became', () => {
    expect(taken('ring the housing office weds, sorry i meant thurs')).toEqual({ rest: 'ring the housing office', phrase: 'weds, sorry i meant thurs', due: '2026-11-26' });
    expect(taken('see the adviser tmrw actually make it mon')).toEqual({ rest: 'see the adviser', phrase: 'tmrw actually make it mon', due: '2026-11-30' });
    expect(taken('post my form by the 9th, oops, the 10th')).toEqual({ rest: 'post my form', phrase: 'by the 9th, oops, the 10th', due: '2026-12-10' });
    expect(taken('pay the deposit 11/12 no wait 15/12')).toEqual({ rest: 'pay the deposit', phrase: '11/12 no wait 15/12', due: '2026-12-15' });
  });

  it('keeps a clock time said before the day with it', () => {
    expect(taken('send the timesheet by 4 tomorrow')).toEqual({ rest: 'send the timesheet', phrase: 'by 4 tomorrow', due: '2026-11-24 16:00' });
    expect(taken('meet the job coach at 2 on wednesday')).toEqual({ rest: 'meet the job coach', phrase: 'at 2 on wednesday', due: '2026-11-25 14:00' });
  });

  it('takes a hedge after the date with it, but not words that say more', () => {
    expect(taken('clear out my inbox thursday at some point')).toEqual({ rest: 'clear out my inbox', phrase: 'thursday at some point', due: '2026-11-26' });
    expect(taken('ring the bank friday if i can find my card')).toEqual({ rest: 'ring the bank if i can find my card', phrase: 'friday', due: '2026-11-27' });
  });

  it('leaves the shop Next in the step, but not "next" before a day', () => {
    expect(taken('ask at next about christmas hours by wednesday').rest).toBe('ask at next about christmas hours');
    expect(taken('hand my cv in to next on thursday')).toEqual({ rest: 'hand my cv in to next', phrase: 'on thursday', due: '2026-11-26' });
    expect(taken('hand my cv in next thursday')).toEqual({ rest: 'hand my cv in', phrase: 'next thursday', due: '2026-12-03' });
  });
});

describe('the split date code', () => {
  it('normalises spellings, frequencies and dotted days in dateWords.ts', () => {
    expect(normaliseDateText('Tmoro')).toBe('tomorrow');
    expect(normaliseDateText('every other Tues')).toBe('regularly');
    expect(normaliseDateText('by 04.12')).toBe('by 4/12');
    expect(normaliseDateText('by 5 today')).toBe('today at 5');
  });

  it('counts days in dateCalendar.ts', () => {
    const monday = { year: 2026, month: 11, day: 23 };
    expect(mondayOf(addDays(monday, 6))).toEqual(monday);
    expect(dayForWeekday(monday, 5, 'next')).toEqual({ year: 2026, month: 12, day: 4 });
  });
});
