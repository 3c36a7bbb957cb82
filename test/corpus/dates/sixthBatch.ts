// SIXTH BATCH (2026-12-06), for training: 40 phrases and 10 sentences of our own, written for the
// leftovers of the fifth batch and for how clients type on a phone (slips, text-speak, UK forms). None
// is copied from a held-out part. Choices they pin, each said once in the code where it is made:
// "from next week" (or "starting", "commencing") is the Monday it starts, "from next month" the 1st
// (datePhrases.ts, partOfPeriod); a lone day.month with one figure after the dot ("7.1", "12.1") is a
// decimal, as "1.5" was, while "7.1.", "by 7.1" and "07.01" are days (dateWords.ts, daysWithDots);
// "next december" said in November is the coming December, and only the month we are in moves a year.
// "w/c 7th dec" (week commencing) is that Monday; "start in june" inside a step leaves "start" in it.
// Scored once before the changes made for it: 26 of the 40 phrases right (65.0%), 1 of the 10 sentences.
import { at, sentencesAt, type DateCase, type ExtractCase } from './moments.ts';

export const SIXTH_BATCH_PHRASES: DateCase[] = [
  ...at('MON', [
    ['frid', '2026-11-27'], ['by thurs latest', '2026-11-26'], ['a wk tmrw', '2026-12-01'], ['mon wk', '2026-12-07'],
    ['w/c 7th dec', '2026-12-07'], ['week commencing the 7th', '2026-12-07'], ['in a fortnights time', '2026-12-07'],
    ['tmoro mornin', '2026-11-24'], ['tues aft', '2026-11-24'], ['satday', '2026-11-28'], ['this comin friday', '2026-11-27'],
    ['cmng monday', '2026-11-30'], ['monday first thing', '2026-11-30'], ['by cob friday', '2026-11-27'], ['eod tmrw', '2026-11-24'],
    ['1st of the month', '2026-12-01'], ['from next week', '2026-11-30'], ['starting nxt wk', '2026-11-30'],
    ['from next month', '2026-12-01'], ['new yrs day', '2027-01-01'], ['b4 crimbo', '2026-12-25'], ['in 3 wks', '2026-12-14'],
    ['by 7.1.', '2027-01-07'], ['7.1', null], ['12.1', null], ['next december', '2026-12-31'],
    ['dunno yet', null], ['in a bit', null], ['wenever', null],
  ]),
  ...at('FRI', [['from next week', '2026-11-30'], ['frid', '2026-12-04'], ['tmrw arvo', '2026-11-28'], ['w/c the 7th', '2026-12-07']]),
  ...at('SUN', [['from nxt week', '2026-11-30'], ['wc monday', '2026-11-30'], ['eod tmrw', '2026-11-30']]),
  ...at('YEAR_END', [['start of jan', '2027-01-01'], ['from next month', '2027-01-01'], ['next december', '2027-12-31']]),
  ...at('MONTH_END', [['next october', '2026-10-31']]),
];

export const SIXTH_BATCH_SENTENCES: ExtractCase[] = [
  ...sentencesAt('MON', [
    ['start the forklift course in jan', 'start the forklift course', 'in jan', '2027-01-31'],
    ['book the first aid course and start in june', 'book the first aid course and start', 'in june', '2027-06-30'],
    ['look for warehouse jobs from next week', 'look for warehouse jobs', 'from next week', '2026-11-30'],
    ['go to the job club a wk tmrw', 'go to the job club', 'a wk tmrw', '2026-12-01'],
    ['send my cv to hays by end of play tmrw', 'send my cv to hays', 'by end of play tmrw', '2026-11-24'],
    ['ring the council this comin friday', 'ring the council', 'this comin friday', '2026-11-27'],
    ['book my cscs test monday first thing', 'book my cscs test', 'monday first thing', '2026-11-30'],
    ['start my new job w/c 7th dec', 'start my new job', 'w/c 7th dec', '2026-12-07'],
    ['call the nursery tues aft', 'call the nursery', 'tues aft', '2026-11-24'],
  ]),
  ...sentencesAt('SUN', [['pay my phone bill on the 1st of the month', 'pay my phone bill', 'on the 1st of the month', '2026-12-01']]),
];
