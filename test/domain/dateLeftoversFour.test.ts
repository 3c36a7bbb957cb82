// The kinds the eighth date batch found (test/corpus/dates/eighthBatch.ts), each pinned with words
// of its own: holiday times that name no day ("into the new year", "the christmas hols", "bank holiday"),
// "christmass" misspelt, Easter, a day counted from another ("the day before new years eve", "3 days
// before the course starts on the 12th"), voice typing ("by thirs day", "the thirty first", "by
// eleven tomorrow"), second-language forms ("next to next monday", "thursday next", "after 3 days"),
// and the words that go with the date inside a step.
import { describe, expect, it } from 'vitest';
import { due, MONDAY_MORNING } from '../support/dueOnMondayMorning.ts';
import { extractDueDate } from '../../src/domain/dates.ts';
import { easterSunday } from '../../src/domain/dateHolidays.ts';


describe('eighth batch: what each kind now reads', () => {
  it.each([
    ['by christmass day', '2026-12-25'], ['good friday', '2027-03-26'], ['the day before new years eve', '2026-12-30'], ['2 days after boxing day', '2026-12-28'],
    ['a week after christmas eve', '2026-12-31'], ['easter sunday', '2027-03-28'],
    ['the day after my assessment on weds', '2026-11-26'], ['3 days before the course starts on the 12th', '2026-12-09'],
    ['a week after my induction on monday', '2026-12-07'], ['by thirs day', '2026-11-26'], ['the thirty first', '2026-12-31'],
    ['the nineteenth', '2026-12-19'], ['by eleven tomorrow', '2026-11-24 11:00'], ['next to next monday', '2026-12-07'],
    ['thursday next', '2026-12-03'], ['start of the next month', '2026-12-01'],
  ])('%j is %s', (text, day) => {
    expect(due(text)).toBe(day);
  });

  it.each([
    'later in the new year', 'into the new year', 'over the christmas break', 'the christmas hols', 'on the bank holiday monday',
    'the week after my interview on friday', 'the week before new years eve',
  ])('%j names no day', (text) => {
    expect(due(text)).toBeNull();
  });

  it('finds Easter Sunday in the years around now', () => {
    expect([2026, 2027, 2030].map(easterSunday)).toEqual([
      { year: 2026, month: 4, day: 5 }, { year: 2027, month: 3, day: 28 }, { year: 2030, month: 4, day: 21 },
    ]);
  });

  it.each([
    ['chase the agency after 3 days', 'chase the agency', 'after 3 days'],
    ['see the nurse on next week monday', 'see the nurse', 'on next week monday'],
    ['go to the job fair tomorrow itself', 'go to the job fair', 'tomorrow itself'],
    ['ring them the day after my course on the 2nd', 'ring them', 'the day after my course on the 2nd'],
  ])('inside a step, %j keeps %j and takes %j', (text, rest, phrase) => {
    expect(extractDueDate(text, MONDAY_MORNING)).toMatchObject({ rest, phrase });
  });

  it('takes "next week" before a day, not "a week" said for how often', () => {
    expect(extractDueDate('visit the careers hub nxt wk monday', MONDAY_MORNING)).toMatchObject({ rest: 'visit the careers hub', phrase: 'nxt wk monday' });
    expect(extractDueDate('i work 3 days a week monday', MONDAY_MORNING)).toMatchObject({ rest: 'i work 3 days a week', phrase: 'monday' });
  });

  it('gives no day for "in the new year" while "by the new year" is still 1 January', () => {
    expect([due('in the new year ideally'), due('by the new year')]).toEqual([null, '2027-01-01']);
  });
});
