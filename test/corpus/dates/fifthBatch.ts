// FIFTH BATCH (2026-12-06), for training: gaps left after held-out part D, each in words of its own.
// A time with a day of the month; a corrected time; a month named as a deadline (its last day); a lone
// decimal ("2.5" is no date, "by 3.10" ten past three); a frequency before the day it starts.
import { at, sentencesAt, type DateCase, type ExtractCase } from './moments.ts';

export const FIFTH_BATCH_PHRASES: DateCase[] = [
  ...at('MON', [
    ['by 4 on the 15th', '2026-12-15 16:00'], ['the 20th at 11am', '2026-12-20 11:00'], ['thursday the 3rd at 2', '2026-12-03 14:00'],
    ['thursday at 2 no wait 3', '2026-11-26 15:00'], ['wed 10am oops 11am', '2026-11-25 11:00'],
    ['by next march', '2027-03-31'], ['before june', '2027-06-30'], ['next february', '2027-02-28'],
    ['2.5', null], ['3.5', null], ['by 3.10', '2026-11-23 15:10'], ['at 5.05', '2026-11-23 17:05'],
    ['every other thursday from tomorrow', '2026-11-24'],
  ]),
  ...at('FRI', [
    ['at half 10 on the 1st', '2026-12-01 10:30'], ['monday at 1 i mean 2', '2026-11-30 14:00'],
    ['by 2.10', '2026-11-28 14:10'], ['6.10', '2026-11-28 18:10'],
  ]),
  ...at('SUN', [
    ['tomorrow at 9 actually make it 10', '2026-11-30 10:00'], ['4.5', null], ['every second friday starting friday', '2026-12-04'],
  ]),
  ...at('MONTH_END', [
    ['on the 2nd at 9', '2026-10-02 09:00'], ['in october', '2026-10-31'], ['by next september', '2027-09-30'], ['until january', '2027-01-31'],
  ]),
  ...at('YEAR_END', [
    ['before 3pm on the 4th', '2027-01-04 15:00'], ['thursday at 11 or rather 12', '2026-12-31 12:00'],
    ['by next jan', '2027-01-31'], ['in feb', '2027-02-28'],
  ]),
  ...at('DST', [['monday at 3pm no 4pm', '2026-10-26 16:00']]),
  ...at('NY', [['by 5 on the 30th', '2026-11-30 17:00']]),
];

export const FIFTH_BATCH_SENTENCES: ExtractCase[] = [
  ...sentencesAt('MON', [
    ['post the forms by 2 on the 9th', 'post the forms', 'by 2 on the 9th', '2026-12-09 14:00'],
    ['finish my forklift course by next may', 'finish my forklift course', 'by next may', '2027-05-31'],
    ['call the nursery at 3.10', 'call the nursery', 'at 3.10', '2026-11-23 15:10'],
    ['revise for 1.5 hours', 'revise for 1.5 hours', null, null],
    ['go to the gym every other monday starting today', 'go to the gym every other monday', 'starting today', '2026-11-23'],
  ]),
  ...sentencesAt('FRI', [
    ['ring the garage monday at 11 wait no 12', 'ring the garage', 'monday at 11 wait no 12', '2026-11-30 12:00'],
    ['see my mentor every other wednesday starting on monday', 'see my mentor every other wednesday', 'starting on monday', '2026-11-30'],
  ]),
  ...sentencesAt('SUN', [
    ['alternate tuesdays at the job club starting tuesday', 'alternate tuesdays at the job club', 'starting tuesday', '2026-12-01'],
  ]),
  ...sentencesAt('MONTH_END', [
    ['start the college course in january', 'start the college course', 'in january', '2027-01-31'],
  ]),
  ...sentencesAt('YEAR_END', [
    ['do a mock interview every 2nd thursday starting on the 7th', 'do a mock interview every 2nd thursday', 'starting on the 7th', '2027-01-07'],
    ['book the dentist on the 5th at 10 no wait 11', 'book the dentist', 'on the 5th at 10 no wait 11', '2027-01-05 11:00'],
  ]),
  ...sentencesAt('DST', [
    ['run every other sunday starting this sunday', 'run every other sunday', 'starting this sunday', '2026-10-25'],
  ]),
];
