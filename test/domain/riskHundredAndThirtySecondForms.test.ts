// People in recovery and IPS clients, ex-forces, care leavers, people out of prison and people in
// insecure work (src/domain/risk/recoveryForcesCareLeaversAndPrisonPatterns.ts): the couch I was crashing
// on fell through and I'm wandering the streets; with any luck I won't be alive to see 30; "so it's happening
// tomorrow, I just want it over with" (concern: it is also an interview on the day); not feeling the best, heavy, hard to put into words; the housing
// association want the house back; I know what I'm good for, nothing; the twins on Gumtree; urges but my
// safety plan; my brother's pregabalin to take the edge off; a fine being docked from my UC.
// Our own examples, with look-alikes of our own: walking round town with my CVs; hopefully not around
// the office; an interview happening tomorrow; a heavy cold; the landlord wanting the flat back clean;
// £12 an hour; old bikes on eBay; a site safety plan; tramadol for my back; deductions on a payslip. And
// everyday answers to the coach's own questions, which none of these sets may read.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectLeftAlone, expectReadAs, reasonsReadBy } from '../support/riskAssertions.ts';
import { HUNDRED_AND_THIRTY_SECOND_WHOLE_SETS } from '../../src/domain/risk/recoveryForcesCareLeaversAndPrisonPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const readBySets = (text: string): string[] => reasonsReadBy(HUNDRED_AND_THIRTY_SECOND_WHOLE_SETS, text);

describe('crisis said by people in recovery, ex-forces, care leavers and people out of prison', () => {
  it.each([
    ["The couch I was crashing on fell through, so I'm wandering the streets with my rucksack.", 'no safe place, food or power tonight'],
    ["Got chucked out by my cousin after the row. Just walking round town in the rain.", 'no safe place, food or power tonight'],
    ["Probation want me on the course till I'm 30. With any luck I won't be alive to see 30.", 'wishes to be dead'],
    ["They keep talking about my pension. Fingers crossed I won't be around that long.", 'wishes to be dead'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(HUNDRED_AND_THIRTY_SECOND_WHOLE_SETS, text, 'crisis', reason));

  it.each([
    "Spent the day walking round town handing out my CVs, the sofa in the jobcentre is gone too lol",
    'My mate got kicked out of his flat, he is walking round town, can I bring him to the drop in?',
    'Got kicked out of the football team, just walking round the park now for exercise.',
    "Hopefully I won't be around the office much, the role is mostly on the road.",
    "Hopefully I won't be here by then, the council said a flat is coming up.",
    // "Here" is the job centre, the warehouse, the contract: they hope to be in work by then.
    "They've given me a two year plan at the job centre. Hopefully I won't be here by then.",
    'still at the warehouse in march? hopefully i wont be here by then',
    "The restructure lands in 2030, hopefully I won't be around by then, I'll have retired.",
    'hopefully i wont be around by then, the course ends in may',
    "My hostel review is in March, hopefully I won't be here by then.",
    'The ward round is on Friday, fingers crossed I will not still be here by then.',
    "Hopefully I won't be around next week, I'm on annual leave.",
    "Hopefully I won't be sneezing through the interview.",
    "It's happening tomorrow, the interview at the depot. I just want it over with.",
    "It's happening! Start date is Monday, can't wait.",
    // Everyday answers to the coach's own questions ("when will you do it?", "how did it go?").
    ...BARE_COACH_ANSWERS,
    "I've set a date for the interview",
    "it's happening tonight, once the kids are asleep I'll do the cover letter",
  ])('%j is not read as crisis by these sets', (text) => expectLeftAlone(HUNDRED_AND_THIRTY_SECOND_WHOLE_SETS, text));
});

describe('concern said by people in recovery, ex-forces, care leavers and people out of prison', () => {
  it.each([
    ["so it's happening tomorrow, i just want it over with", 'not coping'],
    ['yeah its happening this week, i just want it finished', 'not coping'],
    ['Not feeling the best, heavy, difficult to put into words', 'low mood'],
    ["not feeling right lately, can't explain it, just heavy", 'low mood'],
    ['The housing association wants the house back now my dad has died.', 'may lose their home'],
    ["My grandad's gone into a care home and I was never on the tenancy, so I have to leave.", 'may lose their home'],
    ["Ten years in the army and now I know what I'm good for. Nothing.", 'feels worthless'],
    ["After the sentence, I know what I'm worth. Sod all.", 'feels worthless'],
    ['The twins have been fighting all day, putting them both on Gumtree', 'joked about hurting someone'],
    ['My husband ate my lunch again, flogging him on eBay', 'joked about hurting someone'],
    ['The urges are back but I have a safety plan and I follow it.', 'spoke of harm, then said they would not'],
    ['Dark thoughts this week, went through my crisis safety plan with my key worker, feeling ok.', 'spoke of harm, then said they would not'],
    ["I've been taking my brother's pregabalin to take the edge off.", 'drinking or drugs to cope'],
    ['Had a few extra diazepam when everything got on top of me.', 'drinking or drugs to cope'],
    ['An old court fine is being docked from my UC, £60 a month gone.', 'money worries'],
    ["They're clawing back the overpayment from my ESA and I can't make it stretch.", 'money worries'],
  ])('%j is read as concern', (text, reason) => expectReadAs(HUNDRED_AND_THIRTY_SECOND_WHOLE_SETS, text, 'concern', reason));

  it.each([
    ['Not feeling great, heavy cold, might be late.', 'low mood'],
    ['not feeling great about the heavy lifting in the warehouse job', 'low mood'],
    ['Moving out Friday, the landlord wants the flat back clean for the inventory.', 'may lose their home'],
    ["I'm not on the lease for the van, can I still drive it for the job?", 'may lose their home'],
    ["I know what I'm worth, not taking less than £12 an hour.", 'feels worthless'],
    ["I know what I'm worth now, nothing less than the living wage.", 'feels worthless'],
    ["Selling the kids' old bikes on eBay, they've outgrown them.", 'joked about hurting someone'],
    ['My daughter wants me to list her old clothes on Vinted', 'joked about hurting someone'],
    ['We had to write a site safety plan on the CSCS course, thoughts?', 'spoke of harm, then said they would not'],
    ['Is a health and safety plan something I should have thoughts on for the interview?', 'spoke of harm, then said they would not'],
    ['I take an extra tramadol when my back pain gets too much, GP knows.', 'drinking or drugs to cope'],
    ['Grabbed a couple of extra shifts to get through the month', 'drinking or drugs to cope'],
    ['Got my first payslip, what are the deductions for?', 'money worries'],
    ["How much will they take off my UC if I start 16 hours?", 'money worries'],
    ...BARE_COACH_ANSWERS.map((answer) => [answer, 'low mood']),
  ])('%j is not read as %j by these sets', (text, reason) => {
    expect(readBySets(text)).not.toContain(reason);
  });
});
