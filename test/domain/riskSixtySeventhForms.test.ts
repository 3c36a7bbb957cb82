// Risk through the body and the day's routines (src/domain/risk/bodyRoutinesKnotsAndMeterCreditPatterns.ts):
// tired enough to crawl into bed and never get out again, the chest or heart playing up and "good,
// let it give out", happy not to wake after the op, how peaceful to stop existing, cannot be bothered
// to live, tablets and a locked door and the phone off, practising the knot "not the wedding kind",
// double the dose to numb it, a safety pin or sharpener blade on their own arm, a fag stubbed out on
// them or the iron or boiling water, asking his permission and told no, a missed text and he turns
// up, the meter nearly out and a machine needing power, bleach in the boss's coffee; not the
// application but them, everyone from school with houses and them with debts, only themselves after a
// few cans, the UC on weed, a supplier saying they owe hundreds, arrears with every bill, lunch alone
// at the placement, antifreeze in his tea haha. Look-alikes from the gym, the kitchen, the tattooist,
// weddings, sailing, the boss and the news stay quiet. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said through the body and daily routines', () => {
  it.each([
    ["Honestly I'm that worn out I just want to crawl into bed and never get out of it again.", 'wishes to be dead'],
    ["I'm exhausted, like I could lie down and not get up ever again.", 'wishes to be dead'],
    ['My chest keeps going tight and a bit of me thinks good, maybe it will just give out.', 'wishes to be dead'],
    ["My heart's been skipping beats and honestly I wouldn't mind if it just stopped.", 'wishes to be dead'],
    ["Got my knee op next week and tbh I'd be happy if I didn't wake up after it.", 'wishes to be dead'],
    ["Part of me hopes I don't come round from the anaesthetic on Friday.", 'wishes to be dead'],
    ['Sometimes I think how peaceful it would be to just stop existing.', 'wishes to be dead'],
    ['How lovely it would be to not be alive any more.', 'wishes to be dead'],
    ["Can't even be bothered to live anymore, never mind do the CV.", 'wishes to be dead'],
    ['Cba with existing today or any day really.', 'wishes to be dead'],
    ['My plan is simple, all my tablets tonight, lock the door and turn my phone off.', 'a plan to end their life'],
    ['Sorted it for Saturday. The pills, the door locked, nobody will find me till Monday.', 'a plan to end their life'],
    ['Been practising tying the knot, not the wedding kind.', 'preparing to end their life, or a past attempt'],
    ["I've been teaching myself to tie a slip knot that'll take my weight. Sorry.", 'preparing to end their life, or a past attempt'],
    ["I've been taking double the dose of my tramadol on purpose, it numbs everything.", 'self-harm'],
    ['Took way more of the sleeping tablets than the box says, I just wanted to switch off.', 'self-harm'],
    ["I've been scratching my arm with a safety pin in the loos at work.", 'self-harm'],
    ['I dug a pencil sharpener blade into my thigh last night.', 'self-harm'],
    ['My boyfriend stubbed his fag out on my arm when I answered back.', 'abuse or violence'],
    ["He burnt my wrist with the iron because I hadn't done his shirts.", 'abuse or violence'],
    ['My husband threw boiling water over me last night.', 'abuse or violence'],
    ['I have to ask my partner for permission to see my own sister.', 'coercive control'],
    ['I had to ask if I could apply for the warehouse job and he just said no.', 'coercive control'],
    ["I can't go to the jobcentre without his say so.", 'coercive control'],
    ["If I don't reply to his texts within five minutes he turns up at my work.", 'coercive control'],
    ['If I miss his call he goes mad and rings me forty times.', 'coercive control'],
    ["My electric's about to go off and I'm on a nebuliser, there's 60p on the meter.", 'no safe place, food or power tonight'],
    ["Emergency credit's nearly run out and my dialysis machine needs the power.", 'no safe place, food or power tonight'],
    ["If my boss says that once more I'm putting bleach in his coffee.", 'harm to someone else'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'After leg day I want to lie down and never get up again.',
    'That Sunday roast was huge, I could lie down and never get up again lol.',
    'I want to lie down and never get up again after that 12 hour shift lol.',
    'My heart was racing before the interview, I just wished it would stop.',
    "My heart's been fluttering since I cut out caffeine, hope it stops soon, GP on Monday.",
    'Tried the new hot yoga, thought my heart would give out, good fun though.',
    "I'll never come round to his way of thinking about the car.",
    "Wouldn't it be nice if Mondays didn't exist.",
    'It would be nice to not exist for a weekend, just off grid on holiday.',
    "Can't be bothered with the living room today, it can wait.",
    "Can't be bothered with breathing exercises, the app is so boring.",
    'The plan for tonight: tablets for my migraine, bed, phone off, interview tomorrow.',
    'Lock the door and phone off, tablets by the bed, early night before my shift tomorrow.',
    "We're tying the knot in June! I know how that sounds after six months.",
    'Been practising tying the knot on my tie for the interview, the Windsor is hard.',
    'Been learning to tie knots for the sailing course, rope work is fun.',
    'I took more paracetamol than it says for my toothache, is that bad?',
    "My mum took double the dose of her tablets by accident, the pharmacist said she's fine.",
    'Used a pen on my hand to write down the interview time.',
    'Used a safety pin to get a splinter out of my hand.',
    'Stuck a needle in my finger doing the blood sugar test.',
    'The tattoo artist pressed the needle into my arm for three hours.',
    'Burnt my hand on the oven at work, first aid kit was empty.',
    'My husband burnt the toast again, honestly.',
    'He put his cigarette out on the doorstep and came in for the interview.',
    'I had to ask my manager if I could go on the first aid course and he said no.',
    'I had to ask if I could take the day off and he said no.',
    'I need to ask my husband if I can take the car on Tuesday.',
    "If I don't answer my mum's calls she panics and comes round to check on me.",
    "If I don't answer the recruiter's calls he gives the job to someone else.",
    "My nan's on oxygen and the news says energy bills are going up.",
    'I volunteer with a charity that helps people whose oxygen machines need power.',
    'The Agatha Christie one where she puts arsenic in his tea was brilliant.',
    'I put rat poison down in the shed for the mice.',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said through the body and daily routines', () => {
  it.each([
    ["It's not my application that's the problem, it's me.", 'hopelessness'],
    ["What's the point updating anything, the problem is me and my body.", 'hopelessness'],
    ["Everyone I went to school with has kids and a mortgage and I've got nothing but debts.", 'feels worthless'],
    ["All my mates from college are married with houses and I'm still living with my mum on universal credit.", 'feels worthless'],
    ['I only feel like myself after a few cans.', 'drinking or drugs to cope'],
    ['I need a couple of drinks before I can face the day.', 'drinking or drugs to cope'],
    ["I've been blowing all my UC on weed, I know, I know.", 'drinking or drugs to cope'],
    ['Been spending half my wages on coke lately.', 'drinking or drugs to cope'],
    ['The water company say I owe them £600 from a billing mistake.', 'money worries'],
    ['The council wants 1200 back from my housing benefit overpayment.', 'money worries'],
    ["I'm in arrears with all my bills now, can the course pay travel?", 'money worries'],
    ['I always eat lunch on my own at the placement, everyone else is in their little group.', 'feels alone'],
    ['Everybody on the course has got a mate except me.', 'feels alone'],
    ["If he leaves the seat up again I'll put antifreeze in his tea haha.", 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "It's not the cv that's the problem, it's the job market.",
    "It's not you, it's me, she said to him.",
    "Everyone my age has a house and I've just got the keys to mine, so excited!",
    "Everyone I know is on TikTok and I've got no idea how it works lol.",
    'I only feel human after a coffee in the morning.',
    'I only feel normal after my antidepressants kick in.',
    "I've been spending most of my money on spices for my curry business.",
    'Spending all my wages on weedkiller for the allotment this year.',
    'The electric company wants 2 meter readings from me.',
    'The council wants 3 references for the caretaker job.',
    'The water company is taking on 50 new apprentices.',
    'My neighbour is in arrears with everything, poor thing.',
    'I sit on my own at lunch to read my book, I like the quiet.',
    "Everyone on the course has someone to revise with, so I'm doing it with my sister.",
    'I spent my lunch break by myself on a phone call with the bank.',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['hopelessness', 'feels worthless', 'drinking or drugs to cope', 'money worries', 'feels alone', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
