// Over 50, rural and seaside towns, long voice-to-text updates with the risk one quiet clause
// (src/domain/risk/quietVillagesLastRoundsAndPaidFuneralsPatterns.ts): does anyone else ever think about not
// being here, cos I do; stopping the standing orders, I won't need them after; phoning everyone for a final
// catch up; visiting my old haunts one last time; my cremation sorted and the hymns chosen; banging my fist on
// the wall on purpose. And, for concern: nobody has called me in weeks; haven't spoken to a soul, just me and the
// telly.
// Our own examples, with look-alikes of our own: carrying on with a course, direct debits cancelled for a house
// move, one last chat with a colleague who is retiring, the old haunts before emigrating, a prepaid funeral plan,
// a hand caught in the car door by accident, nobody ringing back about a job, peace and quiet on a retreat. And
// the bare answers to the coach's own questions, which none of these sets may read.
import '../support/trainedModels.ts';
import { describe, it } from 'vitest';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_FIFTIETH_WHOLE_SETS } from '../../src/domain/risk/quietVillagesLastRoundsAndPaidFuneralsPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const SETS = HUNDRED_AND_FIFTIETH_WHOLE_SETS;
const half = Math.ceil(BARE_COACH_ANSWERS.length / 2);

describe('crisis said as one quiet clause by older people in quiet towns', () => {
  it.each([
    ["does anyone else ever think about not being here? cos I do", 'thoughts of suicide'],
    ['do other people think about not going on, as I have been lately', 'thoughts of suicide'],
    ["stopping all my standing orders at the end of the month, I won't need them after", 'preparing to end their life, or a past attempt'],
    ['cancelling the direct debits this week, there will be no need for them from june', 'preparing to end their life, or a past attempt'],
    ['phoning everyone I know for a final catch up, feels right', 'preparing to end their life, or a past attempt'],
    ['been visiting a few old pals for one last pint', 'preparing to end their life, or a past attempt'],
    ['walked round my old haunts one last time yesterday, the pier and the bandstand', 'preparing to end their life, or a past attempt'],
    ['been to all my favourite spots to say goodbye', 'preparing to end their life, or a past attempt'],
    ['my cremation is paid for and the hymns are chosen, nothing left to sort', 'preparing to end their life, or a past attempt'],
    ["me funeral's all arranged and the music picked", 'preparing to end their life, or a past attempt'],
    ['keep banging my fist on the wall on purpose, knuckles are split', 'self-harm'],
    ['I smash my hand against the table whenever I get wound up, it is black and blue', 'self-harm'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(SETS, text, 'crisis', reason));

  it.each([
    // The everyday uses of the same words.
    'does anyone ever think about not carrying on with the course? because I do, it is hard going',
    "do people ever think about ending their contract early? I do lol",
    "cancelled the direct debits from next month as we're moving, there won't be any need for them",
    'stopped the gym subscription, I will not need it now I am working outdoors',
    'rang my old boss for one last chat before she retires',
    'popped in on the team for one last cuppa on my last day',
    'went round all my favourite places for the last time before the house move',
    "been to the old haunts one more time before they're knocked down",
    'my funeral plan is paid for, monthly instalments, and the songs picked, one less worry for the kids',
    'my own funeral is paid for through the co op plan, hymns chosen years ago',
    'slammed my hand in the car door by accident, it is swollen up now',
    'my son keeps punching the wall when he gets frustrated',
    ...BARE_COACH_ANSWERS.slice(0, half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});

describe('concern said as one quiet clause by older people in quiet towns', () => {
  it.each([
    ['nobody has called me in weeks', 'feels alone'],
    ["not a soul has knocked on my door since christmas", 'feels alone'],
    ["haven't spoken to a soul since sunday, just me and the telly", 'feels alone'],
    ['hardly see anyone round here now, the town is deserted out of season', 'feels alone'],
  ])('%j is read as concern', (text, reason) => expectReadAs(SETS, text, 'concern', reason));

  it.each([
    'no one has rung me back about the job in a fortnight',
    'nobody from the agency has called me in weeks about shifts',
    "didn't see anybody at the jobcentre, just me and the dog on the walk home",
    'did not speak to anyone all week on the retreat, lovely and quiet, just me and the radio',
    ...BARE_COACH_ANSWERS.slice(half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});
