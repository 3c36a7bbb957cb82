// Lone parents going back to work
// (src/domain/risk/loneParentsBirthdayVideosLabelledFoldersAndSchoolGatesPatterns.ts): hoping I catch
// something and never recover; the top floor of the multi storey, said as the answer to where; the old gas
// cooker, it's crossed my mind; it's happening, my mind is made up; not the CV, the other thing; letters
// written for their 18ths in case I'm not here; passwords in one envelope for my sister; nothing left for the
// kids to sort out; a jar of tablets I keep adding to; messaged my brother after years to say goodbye; he
// froze the joint account so I can't buy food; fled the flat, nowhere to go. And, for concern: lost all my
// mates when we broke up; none of the other mums at the playground talk to me; I fell apart at the checkout;
// I can't keep on top of it all; mood 1/10.
// Our own examples, with look-alikes of our own: sat in the car at lunch in the car park; crying in a shop
// from stress; "about a 3 today"; it's happening, I start Monday; the joint account with my ex is being
// closed; cards bought in advance; documents in one folder for the jobcentre; tidying for the inspection;
// a stash of Calpol; goodbye at the hospice; running out of the house late; lost my friends' numbers; I
// can't do it all in one day; mood 8/10. And the bare answers to the coach's own questions, which none of
// these sets may read.
import '../support/trainedModels.ts';
import { describe, it } from 'vitest';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_FORTY_FOURTH_WHOLE_SETS } from '../../src/domain/risk/loneParentsBirthdayVideosLabelledFoldersAndSchoolGatesPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const SETS = HUNDRED_AND_FORTY_FOURTH_WHOLE_SETS;
const half = Math.ceil(BARE_COACH_ANSWERS.length / 2);

describe('crisis said by lone parents going back to work', () => {
  it.each([
    ["keep hoping I'll catch something and never recover, terrible thing to think with three kids", 'wishes to be dead'],
    ['some nights I pray I get really sick and just don’t get better', 'wishes to be dead'],
    ['top floor of the multi-storey by the hospital. I go up most days after drop off', 'thinking about a way to end their life'],
    ['the very top of the car park in town. been up twice this week', 'thinking about a way to end their life'],
    ["we've still got the old gas cooker. it's crossed my mind", 'thinking about a way to end their life'],
    ["the oven here is gas, the old sort. I've thought about it more than once", 'thinking about a way to end their life'],
    ["it's happening on Friday, my mind is made up", 'intends to end their life'],
    ["don't try to talk me out of it, it's happening", 'intends to end their life'],
    ['when? sunday. not the CV, the other thing', 'a plan to end their life'],
    ['not my applications, the other thing. thursday night', 'a plan to end their life'],
    ["wrote letters for each of their 18ths in case I'm not here", 'preparing to end their life, or a past attempt'],
    ['made video messages for my son for his birthdays until he turns 18', 'preparing to end their life, or a past attempt'],
    ['all my passwords and bank details are in one envelope for my sister', 'preparing to end their life, or a past attempt'],
    ['labelled everything so my brother knows where it all is', 'preparing to end their life, or a past attempt'],
    ["paid the catalogue off so that there's nothing for the kids to sort out", 'preparing to end their life, or a past attempt'],
    ['sorting my stuff so there will be no mess for anybody to clear', 'preparing to end their life, or a past attempt'],
    ['got a jar of tablets in the wardrobe, been adding to it every week', 'preparing to end their life, or a past attempt'],
    ["there's a pile of my old tramadol hidden, got enough now", 'preparing to end their life, or a past attempt'],
    ['messaged my brother after years of not speaking to say goodbye', 'preparing to end their life, or a past attempt'],
    ['called my nan to say sorry and goodbye', 'preparing to end their life, or a past attempt'],
    ["he froze the joint account so I can't buy food for the kids", 'coercive control'],
    ['my ex cancelled my card without telling me, I have nothing for the nursery fees', 'coercive control'],
    ['fled the flat with the baby at 2am, nowhere to go', 'no safe place, food or power tonight'],
    ["got out of the house with the kids, he's smashing the place up", 'no safe place, food or power tonight'],
    ['late last night we ran out of the flat, he went mad, grabbed my keys, nowhere to go now', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(SETS, text, 'crisis', reason));

  it.each([
    // The look-alikes the lead named for this population.
    'I sit in the car in the car park at lunch, only quiet half hour I get',
    'sat in the car at the school gates for ten minutes before pick up',
    'the top floor of the car park is always free, I park up there and eat my sandwich',
    // Found on review: where to park before an appointment is the answer to where, not a method.
    'top of the multi storey is the only place to park near the jobcentre',
    'top level of the car park by the interview place, is that ok to leave it all day?',
    'cried in Tesco today, just stress, I am fine now',
    'about a 3 today',
    "it's happening! I start Monday at the nursery office, not changing my mind about the hours",
    "it's happening, we move on the 12th, my mind is made up about the flat",
    'my ex and I are closing the joint account, he stopped his card last week so I can pay the last bills',
    // Our own, with the same words.
    'hope I get better before the interview on Monday',
    "praying I don't get ill and miss my first week",
    "the oven is broken again, I've thought about it, I'll ring the landlord",
    "the gas cooker's ancient, thinking about an air fryer, I've thought about it",
    'not the blue one, the other one',
    'not the cv, the other thing you sent, the cover letter',
    'bought cards for the kids birthdays for the next few years in advance, they were on offer',
    'recorded videos at my kids birthdays every year since they were born',
    'put all my documents in one folder for the jobcentre appointment',
    'labelled the school uniform for my mum so she knows whose is whose while I am at work',
    "tidying up so there's nothing for the landlord to deal with at the inspection",
    'got a stash of calpol for the kids, keep adding to it',
    'my friend has a stash of pills, I told her mum',
    'went to the hospice to say goodbye to my nan',
    'rang my sister to say goodbye, she flies to Spain tomorrow',
    'my best friends husband controls all the money, she has to show him receipts',
    'ran out of the house late for the bus, had nowhere to sit so stood all the way',
    'left the house at 7 to get to the interview',
    ...BARE_COACH_ANSWERS.slice(0, half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});

describe('concern said by lone parents going back to work', () => {
  it.each([
    ['lost all my mates when we broke up', 'feels alone'],
    ['since the divorce my friends were all his really, now I have no one', 'feels alone'],
    ['none of the other mums at the playground talk to me', 'feels alone'],
    ['nobody on the school run ever says hello to me', 'feels alone'],
    ['I completely fell apart at the checkout yesterday', 'not coping'],
    ['had a panic attack in Lidl and left my basket and ran', 'not coping'],
    ["I can't keep on top of it all, the washing, the forms, the kids", 'not coping'],
    ["honestly I can't cope with everything", 'not coping'],
    ["since we split I can't do it all, the school run, the washing, the forms", 'not coping'],
    ['mood 1/10 this week', 'low mood'],
    ['mood is rubbish, 2 out of 10', 'low mood'],
  ])('%j is read as concern', (text, reason) => expectReadAs(SETS, text, 'concern', reason));

  it.each([
    "lost all my friends' numbers when my phone died",
    'lost all my mates at the gig lol',
    'nobody at the school gate speaks to me before 9, everyone is half asleep',
    'no one at the nursery talks to me about the fees, can you help',
    'lost it in the supermarket, my purse I mean, found it at customer services',
    'my toddler had a tantrum so I had to leave the trolley',
    'lost it at the checkout, my bank card I mean, the lady found it',
    "I can't do it all in one day so I split it across the week",
    "nobody can do it all, so I'm doing the cv first",
    'mood 8/10. best week in ages',
    'mood was 2/10 last week but 7/10 now',
    "my son's mood is 2/10 since the move",
    ...BARE_COACH_ANSWERS.slice(half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});
