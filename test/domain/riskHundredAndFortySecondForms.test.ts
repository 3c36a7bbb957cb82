// Replies to the coach's weekly review and reminders
// (src/domain/risk/weeklyReviewPaybacksScanHopesAndBehindOnEverythingPatterns.ts): sat outside his flat,
// he's going to pay for what he did; someone's following me, hiding in the chemist; the man who abused me
// when I was 12 is living with us now; a bat to that guy from the interview; I'd gladly vanish for good;
// part of me hopes the biopsy is cancer; I swear the supervisor is getting stabbed; an accident on the
// way home wouldn't be such a bad thing; not killing myself would be a good start; if I text back he'll
// see, can't talk. And, for a check-in: my sleep's wrecked; behind on everything, the gas, the council tax.
// Our own examples, with look-alikes of our own: my dad's going to pay for the course; following me on
// LinkedIn; the kids started again at school; a hammer to the old tiles; disappear to Spain for good;
// hope it's not bad news; the team leader post is getting cut; a crash course; not killing myself over the
// overtime; if I reply he might see how keen I am; the baby's sleep; my lodger behind on his rent.
// And the bare replies to a weekly review or a reminder ("done", "sorted, train at 8", "sorry, missed it",
// "slept badly", "it's set for Friday"), which none of these sets may read: a time, a day, a train or a
// "sorry" alone is no risk word.
import '../support/trainedModels.ts';
import { describe, it } from 'vitest';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_FORTY_SECOND_WHOLE_SETS } from '../../src/domain/risk/weeklyReviewPaybacksScanHopesAndBehindOnEverythingPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const SETS = HUNDRED_AND_FORTY_SECOND_WHOLE_SETS;
const half = Math.ceil(BARE_COACH_ANSWERS.length / 2);

describe('crisis said in replies to the weekly review', () => {
  it.each([
    ["I've been sat outside his flat every night, he's going to pay for what he did", 'harm to someone else'],
    ["waiting on that prick after his shift, he's going to pay", 'harm to someone else'],
    ["I know where my old supervisor drinks. I'll make him pay", 'harm to someone else'],
    ["someone's been following me since the station, I'm hiding in the chemist", 'no safe place, food or power tonight'],
    ["a man followed me off the bus and he's still outside, I'm scared", 'no safe place, food or power tonight'],
    ["there's a car following me home, I'm terrified what do I do", 'no safe place, food or power tonight'],
    ['the man who abused me when I was 12 is living with us now, my mum let him', 'abuse or violence'],
    ["my stepbrother used to come in my room when I was small and he's moved back in, it's happening again", 'abuse or violence'],
    ["I'm going to take a bat to that guy who laughed at me in the interview", 'harm to someone else'],
    ["next time he starts I'll take the hammer to his head", 'harm to someone else'],
    ["honestly I'd gladly just vanish for good", 'wishes to be dead'],
    ['I want to disappear forever and never come back', 'wishes to be dead'],
    ['the biopsy comes back Tuesday and part of me hopes it is cancer', 'wishes to be dead'],
    ["still waiting on my bloods, hoping it's something serious if I'm honest", 'wishes to be dead'],
    ['I swear the supervisor is getting stabbed', 'harm to someone else'],
    ['I mean it, my ex is getting glassed tonight', 'harm to someone else'],
    ["an accident on the way home wouldn't be such a bad thing", 'wishes to be dead'],
    ["getting hit by a bus wouldn't be the worst thing some days lol", 'wishes to be dead'],
    ['not killing myself would be a good start this week', 'thoughts of suicide'],
    ['my goal for the week is not topping myself', 'thoughts of suicide'],
    ["if I text back he'll see, I'm fine, can't talk", 'coercive control'],
    ['if i answer she might find out, she checks my phone', 'coercive control'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(SETS, text, 'crisis', reason));

  it.each([
    "my dad's going to pay for the course, he said it's fine",
    'waiting for the plumber after his shift friday, he is going to pay me back for the part',
    "the agency is going to pay me on friday, I'm waiting for the payslip",
    'waiting for the plumber after his shift friday, he is going to pay for the van he bought off me',
    'someone keeps following me on LinkedIn, is that normal',
    "the neighbour's dog followed me home and I'm hiding it from my landlord lol",
    "someone keeps following me on tiktok and I'm scared it's a bot",
    'the same guy keeps following me on linkedin, hiding my profile',
    "my brother did stuff to me as a kid, pranks mostly, and now he's moved back in lol",
    'the kids started again at school today, all good',
    "my uncle taught me to fish as a kid and he's moved back in with nan",
    "I'm taking a hammer to the old tiles in the bathroom tomorrow",
    'the physio took a hammer to my knees to test reflexes',
    "I'd happily disappear to Spain for good if I won the lottery",
    "I'd happily disappear for a week to a cottage",
    'I could disappear forever in the middle aisle of lidl lol',
    "hope it's not bad news from the scan, fingers crossed",
    'the doctor said the results are fine, I was hoping it is nothing serious',
    'back and forth to the gp for months, part of me is hoping they find something serious so someone takes me seriously',
    'I hope it is bad weather so the match is off',
    'not a joke, the team leader post is getting cut from the structure',
    'I swear my hours are getting cut again',
    'my cousin is getting cut from the team, not joking',
    "a crash course in excel wouldn't be the worst thing",
    "crashing at my mate's wouldn't be the worst thing while the flat's sorted",
    "the stock market crash wouldn't be the worst thing for buyers",
    'not killing myself over the overtime would be a start',
    'my goal for the week is not killing myself at the gym',
    'if I reply he might see how keen I am, the recruiter I mean',
    "if I ring he'll hear the baby, I'll text instead",
    // Bare replies to the weekly review and reminders: a time, a day, a train, "sorry" or "sorted" alone.
    'sorry',
    'sorted',
    'friday 10am',
    'tomorrow morning, the 7.15 bus',
    'sorry, the 6.40 train tomorrow',
    'done it, sorry for the late reply',
    'all booked for thursday',
    'missed it, sorry, can we do next week',
    "it's all sorted for monday morning",
    'yep, printed and ready',
    ...BARE_COACH_ANSWERS.slice(0, half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});

describe('concern said in replies to the weekly review', () => {
  it.each([
    ["my sleep's wrecked since the new rota", 'not eating or sleeping'],
    ['my sleep is wrecked, awake till 4 most nights', 'not eating or sleeping'],
    ["I'm behind on everything, the gas, the council tax, the catalogue", 'money worries'],
    ['fallen behind with the rent again and the electric', 'money worries'],
  ])('%j is read as concern', (text, reason) => expectReadAs(SETS, text, 'concern', reason));

  it.each([
    "my baby's sleep is all over the place",
    "my sleep was shot but it's much better now",
    "my sleep is all over the place with the night feeds, but I'm coping",
    'slept badly but did two applications',
    'my lodger is behind on his rent again',
    'behind on everything this week, the course, the washing, my emails',
    'not behind on the bills any more, all paid off',
    ...BARE_COACH_ANSWERS.slice(half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});
