// THIRD BATCH: written after held-out part B, scored once before any change made for it (that
// score is in the README), then used for training.
import { at, sentencesAt, type DateCase, type ExtractCase } from './moments.ts';

export const THIRD_BATCH_PHRASES: DateCase[] = [
  ...at('MON', [
    ['tomorrow at half 2', '2026-11-24 14:30'], ['friday at quarter past 10', '2026-11-27 10:15'],
    ["tomorrow at 10 o'clock", '2026-11-24 10:00'], ['tomorrow midday', '2026-11-24 12:00'],
    ['lunchtime tomorrow', '2026-11-24'], ['tomorrow evening', '2026-11-24'], ['by the 3rd of next month', '2026-12-03'],
    ['next month sometime', '2026-12-31'], ['Tomorrow?', '2026-11-24'], ['fri?', '2026-11-27'], ['FRIDAY!!!', '2026-11-27'],
    ['on Friday.', '2026-11-27'], ['by Friday :)', '2026-11-27'], ['tomorrow 👍', '2026-11-24'],
    ['monday coming', '2026-11-30'], ['this coming weekend', '2026-11-28'], ['2 days time', '2026-11-25'],
    ['3 days from now', '2026-11-26'], ['a week from now', '2026-11-30'], ['7 days', '2026-11-30'],
    ['end of the week or early next', '2026-11-27'], ['Tues 24th', '2026-11-24'], ['24th nov', '2026-11-24'],
    ['2nite', '2026-11-23'], ['on the weekend', '2026-11-28'], ['now', '2026-11-23'], ['right now', '2026-11-23'],
    ['straight away', '2026-11-23'], ['2moz', '2026-11-24'], ['2mz', '2026-11-24'], ['b4 2moro', '2026-11-24'],
    ['monday the 30th', '2026-11-30'], ['by 5pm', '2026-11-23 17:00'], ['by 5', '2026-11-23 17:00'],
    ['tonight at 8', '2026-11-23 20:00'], ['this evening', '2026-11-23'], ['tomorrow or the day after', '2026-11-24'],
    ['wk on fri', '2026-12-04'], ['nxt thurs', '2026-12-03'], ['thur 26th', '2026-11-26'],
    ['in a week\'s time', '2026-11-30'], ['within the week', '2026-11-27'], ['by the end of the day', '2026-11-23'],
    ['before the weekend', '2026-11-27'], ['not sure, maybe friday', '2026-11-27'], ['erm thursday?', '2026-11-26'],
    ['idk maybe next week', '2026-12-04'], ['can we say monday', '2026-11-30'], ['when i get my money', null],
    ['not this week', null], ['depends on my kids', null], ['when the kids are back at school', null],
  ]),
  ...at('MONTH_END', [['sept 30', '2026-09-30'], ['30 sept', '2026-09-30'], ['oct', '2026-10-31']]),
];

export const THIRD_BATCH_SENTENCES: ExtractCase[] = [
  ...sentencesAt('MON', [
    ['ring the college tomorrow at half 2', 'ring the college', 'tomorrow at half 2', '2026-11-24 14:30'],
    ['apply for 2 jobs before the weekend', 'apply for 2 jobs', 'before the weekend', '2026-11-27'],
    ['phone the agency first thing monday', 'phone the agency', 'first thing monday', '2026-11-30'],
    ['send off 3 applications within the week', 'send off 3 applications', 'within the week', '2026-11-27'],
    ['go to the jobcentre monday coming', 'go to the jobcentre', 'monday coming', '2026-11-30'],
    ['Update my CV tonight.', 'Update my CV', 'tonight', '2026-11-23'],
    ['finish the form by 5pm', 'finish the form', 'by 5pm', '2026-11-23 17:00'],
    ['call the nursery on Tues 24th about hours', 'call the nursery about hours', 'on Tues 24th', '2026-11-24'],
  ]),
];
