// ROUND SEVEN (2026-12-07): answers typed to "When will you do it?", written by us before the date code
// was read this round, in many voices: text-speak ("tmrw arvo", "b4 xmas"), typos, UK phrases ("a week
// on friday", "in a fortnight", "the 3rd"), days that hang on something we cannot know ("after payday"),
// times, feelings and hedges, ESOL English, refusals and "dunno", a day name that does not fit the date,
// and days gone or absurdly far away. Each row says what the coach should do:
// - a day ('yyyy-MM-dd', or 'yyyy-MM-dd HH:mm' with a time): read it and say it back;
// - null: "I didn't catch that date" and ask again (a garbled or two-way typo is never guessed);
// - 'CHECK': a day gone, a day name that does not fit the date, or a day absurdly far off (over a
//   year): check it with the client before anything is saved.
// Split BEFORE scoring, at random: a row is held out when a fixed hash of its moment and words lands
// on 0 of 4 (heldOutByHash below), about a quarter. The held-out rows are never read for mends.
// One tuning label was changed after scoring: "thusday" null -> Thursday (one letter from Thursday,
// two from Tuesday, so it reads one way only).
import { at, type DateCase, type MomentName } from './moments.ts';

export type RoundSevenCase = Omit<DateCase, 'expected'> & { expected: string | null | 'CHECK' };

const CHECK = 'CHECK';

function rows(moment: MomentName, list: Array<[string, string | null]>): RoundSevenCase[] {
  return at(moment, list);
}

const ALL: RoundSevenCase[] = [
  // Text-speak, said on Monday 23 November 2026, 09:30.
  ...rows('MON', [
    ['tmrw arvo', '2026-11-24'], ['2moz arvo', '2026-11-24'], ['tmoro', '2026-11-24'], ['2mora', '2026-11-24'], ['tmrw 2pm', '2026-11-24 14:00'],
    ['2day l8r', '2026-11-23'], ['fri pm', '2026-11-27'], ['nxt wk', '2026-12-04'], ['wed nxt wk', '2026-12-02'], ['b4 fri', '2026-11-27'],
    ['b4 xmas', '2026-12-25'], ['by xmas', '2026-12-25'], ['thurs @ 11', '2026-11-26 11:00'], ['sat', '2026-11-28'], ['tues', '2026-11-24'],
    ['wkend', '2026-11-28'], ['end of wk', '2026-11-27'], ['end of mnth', '2026-11-30'], ['in 2 wks', '2026-12-07'], ['in a cpl of days', '2026-11-25'],
    ['2nite', '2026-11-23'], ['fri innit', '2026-11-27'], ['mon nxt wk', '2026-11-30'], ['tmrw deffo', '2026-11-24'], ['b4 the wkend', '2026-11-27'],
  ]),
  // UK phrases for a day, Monday.
  ...rows('MON', [
    ['a week on friday', '2026-12-04'], ['a week on fri', '2026-12-04'], ['in a fortnight', '2026-12-07'], ['a fortnight today', '2026-12-07'], ['end of the month', '2026-11-30'],
    ['by the end of the month', '2026-11-30'], ['the 3rd', '2026-12-03'], ['on the 3rd', '2026-12-03'], ['3rd', '2026-12-03'], ['the 30th', '2026-11-30'],
    ['in 3 days', '2026-11-26'], ['in three days', '2026-11-26'], ['in 10 days', '2026-12-03'], ['day after tomorrow', '2026-11-25'], ['the day after tomorrow', '2026-11-25'],
    ['this time next week', '2026-11-30'], ['a week tomorrow', '2026-12-01'], ['a week on wednesday', '2026-12-02'], ['next month', '2026-12-31'], ['start of next month', '2026-12-01'],
    ['first thing tomorrow', '2026-11-24'], ['this afternoon', '2026-11-23'], ['later today', '2026-11-23'], ['thursday week', '2026-12-03'], ['wednesday after next', '2026-12-09'],
    ['in a month', '2026-12-23'], ['the 20th', '2026-12-20'], ['christmas eve', '2026-12-24'], ['before christmas', '2026-12-25'], ['in 3 months', '2027-02-23'],
  ]),
  // Times, Monday.
  ...rows('MON', [
    ['tmrw at 3', '2026-11-24 15:00'], ['fri half 2', '2026-11-27 14:30'], ['wed 9am', '2026-11-25 09:00'], ['thurs at 10.30', '2026-11-26 10:30'], ['2day 4pm', '2026-11-23 16:00'],
    ['friday noon', '2026-11-27 12:00'], ['mon at 9', '2026-11-30 09:00'], ['at 3', '2026-11-23 15:00'], ['fri 2.30pm', '2026-11-27 14:30'], ['by 5 tomorrow', '2026-11-24 17:00'],
    ['tomorrow 10am', '2026-11-24 10:00'], ['wednesday at 11am', '2026-11-25 11:00'],
  ]),
  // Typos we can read one way only, Monday.
  ...rows('MON', [
    ['tuseday', '2026-11-24'], ['wendsday', '2026-11-25'], ['fridya', '2026-11-27'], ['tomrow', '2026-11-24'], ['tmorrow', '2026-11-24'],
    ['nxt frday', '2026-12-04'], ['decmeber 4', '2026-12-04'], ['4th decmber', '2026-12-04'], ['mnoday', '2026-11-30'], ['thrusday', '2026-11-26'],
    ['tomorrowww', '2026-11-24'], ['saturdya', '2026-11-28'], ['fortnihgt', '2026-12-07'], ['end of teh month', '2026-11-30'], ['by wedensday', '2026-11-25'],
  ]),
  // Typos and dates that cannot be read one way: ask again, Monday.
  ...rows('MON', [
    ['thuesday', null], ['thusday', '2026-11-26'], ['31/11', null], ['30/02', null], ['the 32nd', null],
    ['13/13', null], ['xyz', null], ['asdf', null], ['12/21', null], ['the 0th', null],
    ['fri 33rd', null], ['45/12', null],
  ]),
  // A day name that does not fit the date, Monday (5 Dec is a Saturday, 1 Dec a Tuesday, 4 Dec a Friday,
  // 26 Nov a Thursday, 2 Dec a Wednesday): check it.
  ...rows('MON', [
    ['friday 5th', CHECK], ['monday 1st december', CHECK], ['thurs 4th', CHECK], ['wednesday the 26th', CHECK], ['tues 2nd dec', CHECK],
    ['sat 3rd', CHECK], ['friday 10th dec', CHECK],
  ]),
  // Days gone and days absurdly far off, Monday: check them.
  ...rows('MON', [
    ['yesterday', CHECK], ['last friday', CHECK], ['20/11', CHECK], ['1st november', CHECK], ['20/11/2026', CHECK],
    ['last week', CHECK], ['1/1/2030', CHECK], ['in 2 years', CHECK], ['5/6/2029', CHECK], ['25/12/2027', CHECK],
    ['in 18 months', CHECK], ['march 2031', CHECK],
  ]),
  // No day we can plan for: ask again, Monday.
  ...rows('MON', [
    ['after payday', null], ['when i get paid', null], ['dunno', null], ['dont know', null], ['idk', null],
    ['no idea mate', null], ['not sure yet', null], ['whenever', null], ['when i can', null], ['soon', null],
    ['not till the new year', null], ['not til after xmas', null], ['after christmas', null], ['in the new year', null], ['sometime', null],
    ['i dont want to set a date', null], ['no', null], ['rather not say', null], ['depends on my kids', null], ['when my money comes in', null],
    ['after my appointment', null], ['?', null], ['maybe', null], ['not this week', null], ['dunno tbh', null],
  ]),
  // A feeling or a hedge with the day, Monday.
  ...rows('MON', [
    ['fri i hope, bit nervous tbh', '2026-11-27'], ['thursday i guess', '2026-11-26'], ['monday, fingers crossed', '2026-11-30'], ['by friday hopefully x', '2026-11-27'], ['next tuesday if the kids are ok', '2026-12-01'],
    ['tmrw if im feeling up to it', '2026-11-24'], ['wednesday but its a lot', '2026-11-25'], ['prob sat lol', '2026-11-28'],
  ]),
  // English as a second language, Monday.
  ...rows('MON', [
    ['in the friday', '2026-11-27'], ['tomorrow in morning', '2026-11-24'], ['after two days', '2026-11-25'], ['on next week', '2026-12-04'], ['the 3 december', '2026-12-03'],
    ['3 of december', '2026-12-03'], ['until friday', '2026-11-27'], ['this coming wednesday', '2026-11-25'], ['after 1 week', '2026-11-30'], ['before the end of this month', '2026-11-30'],
  ]),
  // Said on Friday 27 November, 19:00.
  ...rows('FRI', [
    ['tmrw', '2026-11-28'], ['monday', '2026-11-30'], ['fri', '2026-12-04'], ['a week on monday', '2026-12-07'], ['end of next week', '2026-12-04'],
    ['in a fortnight', '2026-12-11'], ['the 3rd', '2026-12-03'], ['2nite', '2026-11-27'], ['after the weekend', '2026-11-30'], ['this weekend', '2026-11-28'],
    ['sun', '2026-11-29'], ['end of the month', '2026-11-30'], ['b4 xmas', '2026-12-25'], ['xmas eve', '2026-12-24'], ['after payday', null],
    ['dunno', null], ['yesterday', CHECK], ['thurs just gone', CHECK], ['tues 1st', '2026-12-01'], ['wed 3rd', CHECK],
    ['mon arvo', '2026-11-30'], ['monday 9am', '2026-11-30 09:00'], ['tmrw at 10', '2026-11-28 10:00'],
  ]),
  // Said on Tuesday 29 December, with the year turning.
  ...rows('YEAR_END', [
    ['not till the new year', null], ['new years day', '2027-01-01'], ['mon', '2027-01-04'], ['next week', '2027-01-08'], ['end of the month', '2026-12-31'],
    ['end of jan', '2027-01-31'], ['the 5th', '2027-01-05'], ['5/1', '2027-01-05'], ['tmrw', '2026-12-30'], ['after new year', null],
    ['20/12', CHECK], ['jan 4th', '2027-01-04'], ['fri', '2027-01-01'], ['in a fortnight', '2027-01-12'], ['2moro arvo', '2026-12-30'],
    ['new years eve', '2026-12-31'], ['the 2nd', '2027-01-02'], ['a week on monday', '2027-01-11'], ['b4 xmas', CHECK],
  ]),
  // Said on Sunday 29 November, 11:00.
  ...rows('SUN', [
    ['tmrw', '2026-11-30'], ['monday', '2026-11-30'], ['fri', '2026-12-04'], ['2day', '2026-11-29'], ['a week on friday', '2026-12-11'],
    ['end of the month', '2026-11-30'], ['the 1st', '2026-12-01'], ['after payday', null], ['fri 4th', '2026-12-04'], ['thurs 4th', CHECK],
  ]),
];

/** A fixed hash of the row's moment and words, so the split is random but the same every run. */
function heldOutByHash(row: RoundSevenCase): boolean {
  let hash = 2166136261;
  for (const char of `${row.moment}|${row.text}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash % 4 === 0;
}

export const ROUND_SEVEN_TUNING: RoundSevenCase[] = ALL.filter((row) => !heldOutByHash(row));
export const ROUND_SEVEN_HELD_OUT: RoundSevenCase[] = ALL.filter(heldOutByHash);
