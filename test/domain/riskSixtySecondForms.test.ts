// Plain messages weighted to the kinds first missed (src/domain/risk/goneAfterADayLastOfTheFoodAndStreetLoansPatterns.ts):
// not minding if the eyes never open again, nothing mattering after a day, nobody having to worry
// about them for long, not being around to sign the thing, all set up if the news is bad, letters
// to the family sealed and not sent, the sofas run out and a night in the car, the last of the food
// gone to the kids, nothing left for either of them; no interview without a drink, a loan off a
// stranger wanting extra back, the cards out of hand, someone lucky it was on the phone, hold me
// back from decking someone. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in plain messages of the kinds first missed', () => {
  it.each([
    ["honestly i wouldn't care if i didn't wake up in the morning", 'wishes to be dead'],
    ["i'd be happy to just close my eyes and never open them again", 'wishes to be dead'],
    ['come sunday none of this will matter anyway', 'intends to end their life'],
    ["after tonight it won't matter what the council decide", 'intends to end their life'],
    ['nobody will have to worry about me for much longer', 'intends to end their life'],
    ["thanks for all your help, you won't have to put up with me much longer", 'intends to end their life'],
    ["no need to post the letter, i won't be here to read it", 'intends to end their life'],
    ["don't bother booking the course, i won't be around to go", 'intends to end their life'],
    ["if they turn me down again that's me done, everything's ready", 'a plan to end their life'],
    ['if the scan results are bad then thats it, ive got it all planned', 'a plan to end their life'],
    ["the notes for the kids are done, they're sealed in the drawer", 'preparing to end their life, or a past attempt'],
    ["ive written my letters to my family, they'll find them after", 'preparing to end their life, or a past attempt'],
    ['ran out of sofas to crash on, sleeping in my car tonight', 'no safe place, food or power tonight'],
    ["mates can't put me up anymore so im kipping in the bus station", 'no safe place, food or power tonight'],
    ['gave the kids the last of the food for dinner, nothing for tomorrow', 'no safe place, food or power tonight'],
    ['they had beans for tea and that was the last of it', 'no safe place, food or power tonight'],
    ['no food left for me or the baby', 'no safe place, food or power tonight'],
    ['i go without meals so the kids can eat, now there is nothing for any of us', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "wouldn't mind if i never opened my eyes again before payday lol",
    'my baby would not mind if i never got up again, she loves the cuddles lol',
    'after friday it will not matter what they say, the contract is signed',
    "you won't have to worry about me after this weekend, i'll be settled in the new flat",
    "i won't be around to sign for the parcel tomorrow, can my neighbour take it",
    "i won't be here to answer the phone, i'm at work",
    "if i get the job thats it, ive got it all sorted",
    "if it rains thats it, everything is ready for a film day",
    'the letter to my landlord is written, just not posted yet',
    "the cards for my mum are written and stamped ready for mother's day",
    "i'm sat in the park eating lunch, my mates all said no to football",
    'we had the last of the cake for tea lol',
    'kids had the last of the bread, need to buy more',
    'nothing left for us here so we are moving to leeds',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern in plain messages of the kinds first missed', () => {
  it.each([
    ["can't face the jobcentre without a couple of cans", 'drinking or drugs to cope'],
    ['i need a few drinks before i can face people', 'drinking or drugs to cope'],
    ['owe a fella from the pub 200, he wants it back with interest by monday', 'money worries'],
    ['borrowed cash from some guy and he wants double back', 'money worries'],
    ['my klarna payments have spiralled out of control', 'money worries'],
    ['credit cards are getting on top of me', 'money worries'],
    ['the work coach is lucky it was over the phone lol', 'joked about hurting someone'],
    ["he's lucky there was a desk between us", 'joked about hurting someone'],
    ['somebody stop me before i deck my manager', 'joked about hurting someone'],
    ['hold me back or i will throttle the bloke next door lol', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "can't watch the match without a beer",
    "can't start the day without a cup of tea",
    "can't sign it off without my line manager",
    'borrowed a drill off a bloke next door, he wants it back friday',
    'the party got out of hand lol',
    "my sister's credit cards got out of hand",
    'the debts used to be out of control but all paid off now',
    'he is lucky to have a job',
    'we were lucky it was online so no travel',
    'i was lucky the interview was on teams',
    'hold me back from buying more shoes lol',
    'stop me from hitting the snooze button',
    'someone stop me before i kill the boss level in this game',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['drinking or drugs to cope', 'money worries', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
