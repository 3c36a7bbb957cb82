// Plain, second-language English, recovery, leaving prison, single parents and disability
// (src/domain/risk/secondLanguageCleanMonthsAndSanctionsPatterns.ts): better in the grave than living
// like this, whether the car exhaust still does it, signing off forever with "not your fault", the pills
// not got yet but knowing which bridge and which night, cut myself again the first time in months, not
// going out with this black eye after he hit me, a partner pouring boiling water on them; maybe never
// and who cares, the plan made for people with a future, given up on dreams, weeks sober but nearly at
// the off licence, smashed and on it since saturday, a tenner a week to live on, sanctioned and how will
// I eat, sinking with bills and court, too many appointments in one week, a phone nearly thrown at his
// face. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said in plain, second-language English', () => {
  it.each([
    ['Where I come from we say it is better in the grave than living like this, and I feel it.', 'wishes to be dead'],
    ['Honestly better to be dead than carry on like this.', 'wishes to be dead'],
    ['Does the car exhaust still work for that, or is it old news?', 'thinking about a way to end their life'],
    ['Is the gas oven thing a myth these days?', 'thinking about a way to end their life'],
    ["Signing off forever now. Thank you for everything, it's not your fault.", 'intends to end their life'],
    ["Haven't got the pills yet but I know where and when.", 'a plan to end their life'],
    ['I know which bridge and which night already.', 'a plan to end their life'],
    ['Came home and cut myself, first time in two years.', 'self-harm'],
    ["I can't go out looking like this with my black eye, my partner hit me again.", 'abuse or violence'],
    ['My boyfriend poured boiling water on my arm because I was late back.', 'abuse or violence'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'Better dead than red, my grandad used to say about the cold war.',
    'In the film the hero says it is better to be dead than live like a slave.',
    'Does the gas oven still work for that pizza or should I use the microwave?',
    'The gas cooker is broken, does the oven still work for it, the landlord says fix it yourself.',
    'Signing off jobseekers for good, I got the job! Thanks for everything.',
    "I'm leaving the whatsapp group for good, goodbye all.",
    "Haven't bought the rope yet for the climbing wall, I know which gym though.",
    'I know which tree and which night for the fireworks picnic lol.',
    'Cut my hair myself, first time in years, looks ok.',
    'They cut my hours, first time in two years that has happened.',
    "Can't go to the interview with this face, the rash from the allergy is bad, he said rest.",
    "I can't come in with this black eye, I fell off my bike and he laughed at me.",
    'The toddler threw hot tea on me by accident, small burn, all fine.',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said in plain, second-language English', () => {
  it.each([
    ['Next week? Maybe never. Who cares.', 'hopelessness'],
    ['The course is good but it is only for people who have a future.', 'hopelessness'],
    ["Dreams? I've given up on dreams, just surviving.", 'hopelessness'],
    ['Six weeks sober and I was nearly in the off licence tonight.', 'drinking or drugs to cope'],
    ["Still smashed, I've been on it since saturday.", 'drinking or drugs to cope'],
    ['The overpayment deductions leave me with 40 pounds a week to live on.', 'money worries'],
    ['They sanctioned me for a month, how am I supposed to eat?', 'money worries'],
    ['Sinking. Rent behind, son poorly, court on Monday.', 'not coping'],
    ["I can't keep up with all the appointments, housing, probation, GP, all at the same time.", 'not coping'],
    ['The agency man was so rude I nearly threw my phone at his stupid face lol', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ['Will it snow this year? Maybe never, who cares, it is london lol.', 'hopelessness'],
    ['The raffle is only for people who have a chance of being there on the night.', 'hopelessness'],
    ['I gave up on smoking plans, never mind, trying again in january.', 'hopelessness'],
    ['Gave up on everything sugary for lent, day three.', 'hopelessness'],
    ['My brother is ten years clean but he still drives past the pub.', 'drinking or drugs to cope'],
    ["Been on it since friday, the cv is nearly done, my brain is smashed.", 'drinking or drugs to cope'],
    ['The holiday savings leave me 20 quid a day to live on in spain, bargain.', 'money worries'],
    ['The news is all about sanctions on russia, how do I pay for the course online?', 'money worries'],
    ['Drowning in interview offers, good problem.', 'not coping'],
    ['Sinking feeling at the swimming pool, my son is learning, he cried and was sick.', 'not coping'],
    ["As a receptionist I can't manage all the appointments at the same time without an app.", 'not coping'],
    ['In the game I wanted to throw the ball at his head but missed, haha.', 'joked about hurting someone'],
    ['My sister said she wanted to throw a chair at her boss lol.', 'joked about hurting someone'],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
