// A twenty-first set of short replies to the coach's questions
// (src/domain/risk/shortRepliesNailsWatchersRiverMorningsAndDrunkByElevenPatterns.ts): been digging my
// nails into my arm till it bleeds; can't text, she's reading over my shoulder; once the kids are at
// nursery I'll wade into the canal; going round tonight to sort him out properly; not going home ever
// again; gonna do it and end it tonight. Concern: tipsy at 10am again; sleeps wrecked; down,
// so down.
// Our own examples, with look-alikes of our own: nails dug into the soil or the armrest; he's watching
// the match; a Boxing Day dip, a canal side office; sorting him out with a CV, helping mum with her
// meds; ending it with the agency or a boyfriend; not coming home till late, staying at a friend's;
// drunk at a wedding at 2am; sleep shot from night shifts; low battery, the low down. And everyday
// answers to the coach's own questions, which none of these sets may read.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectLeftAlone, expectReadAs, reasonsReadBy } from '../support/riskAssertions.ts';
import { HUNDRED_AND_THIRTY_FOURTH_WHOLE_SETS } from '../../src/domain/risk/shortRepliesNailsWatchersRiverMorningsAndDrunkByElevenPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const readBySets = (text: string): string[] => reasonsReadBy(HUNDRED_AND_THIRTY_FOURTH_WHOLE_SETS, text);

describe('crisis said in a short reply to the coach', () => {
  it.each([
    ['been digging my nails into my arm till it bleeds', 'self-harm'],
    ['dig my fingernails in so hard it draws blood', 'self-harm'],
    ["can't text, she's reading over my shoulder", 'coercive control'],
    ['cant reply much, hes checking my phone', 'coercive control'],
    ["once the kids are at nursery I'll wade into the canal", 'a plan to end their life'],
    ['after signing on friday im walking into the sea', 'a plan to end their life'],
    ['going round his tonight to sort him out proper', 'harm to someone else'],
    ['know where she lives. got something for her and not flowers', 'harm to someone else'],
    ['not going home ever again', 'a plan to end their life'],
    ["after the jobcentre I'm not coming back, decided", 'a plan to end their life'],
    ['gonna do it n end it tonight', 'intends to end their life'],
    ['i will just do it and end it all', 'intends to end their life'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(HUNDRED_AND_THIRTY_FOURTH_WHOLE_SETS, text, 'crisis', reason));

  it.each([
    'dug my nails into the soil weeding till my fingers bled',
    'dug my nails into the armrest at the dentist so hard',
    "can't talk long, he's watching the match",
    'cant text long, my boss is watching',
    'walking into the sea for the boxing day dip',
    "i'm walking into the canal side office for my interview",
    'ill step into the water at the lido',
    'going in tomorrow to sort him out proper, his cv is a mess',
    'got something for her birthday, going round tonight',
    'going round to my mums to sort her out properly, she needs her meds sorted',
    'just do it, end it with the agency',
    'going to do it, end it with my boyfriend',
    "i'm not coming home till late, got it planned",
    'never going home again lol best holiday ever',
    // Everyday answers to the coach's own questions ("when will you do it?", "how did it go?").
    ...BARE_COACH_ANSWERS,
    'tomorrow morning',
    'sorted it',
    'tonight after tea',
    "friday, I've got it all planned",
    'done it, end of',
  ])('%j is not read as crisis by these sets', (text) => expectLeftAlone(HUNDRED_AND_THIRTY_FOURTH_WHOLE_SETS, text));
});

describe('concern said in a short reply to the coach', () => {
  it.each([
    ['tipsy at 10am again', 'drinking or drugs to cope'],
    ['hammered by 9am again lol', 'drinking or drugs to cope'],
    ['sleeps wrecked', 'not eating or sleeping'],
    ['sleep is all over the place tbh', 'not eating or sleeping'],
    ['down, so down', 'low mood'],
    ['feeling low, really low today', 'low mood'],
  ])('%j is read as concern', (text, reason) => expectReadAs(HUNDRED_AND_THIRTY_FOURTH_WHOLE_SETS, text, 'concern', reason));

  it.each([
    ['drunk at 2am at a wedding lol', 'drinking or drugs to cope'],
    ["still drunk from last night lol it's 11am", 'drinking or drugs to cope'],
    ['drunk my coffee by 11am', 'drinking or drugs to cope'],
    ['sleep schedule shot from night shifts', 'not eating or sleeping'],
    ['sleep is for the weak', 'not eating or sleeping'],
    ['low battery', 'low mood'],
    ['low low prices at the new shop', 'low mood'],
    ['the low down', 'low mood'],
    ...BARE_COACH_ANSWERS.map((answer) => [answer, 'low mood']),
    ...BARE_COACH_ANSWERS.map((answer) => [answer, 'drinking or drugs to cope']),
  ])('%j is not read as %j by these sets', (text, reason) => {
    expect(readBySets(text)).not.toContain(reason);
  });
});
