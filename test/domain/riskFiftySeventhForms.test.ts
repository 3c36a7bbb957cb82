// Answers typed into the coach's own steps (src/domain/risk/coachStepAnswersPatterns.ts): not bothered
// if the gp said weeks left, sure "about ending things" and not the goal, not planning on being
// around for the week, not getting past the weekend, the day, the spot and the stuff got, someone
// holding the passwords for everything, slapped about for using the computer, not allowed a mobile,
// the step done if a bed is found tonight; every plan back at square one, a reminder making no
// difference, nothing helps, the day started with a beer, a goal of not losing the house, deductions
// leaving half, everything done alone and getting to them, a mood that has been awful, no joy in
// the things they loved. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in answers to the coach steps', () => {
  it.each([
    ["honestly wouldn't be too bothered if my gp said i had weeks to live", 'wishes to be dead'],
    ['9/10 sure, not about the cv step tho, about ending things', 'intends to end their life'],
    ['how sure? very. certain about ending my life', 'intends to end their life'],
    ["target for the week? i'm not planning on being around for the week", 'intends to end their life'],
    ["don't think i'll make it past the weekend, so no goal", 'a plan to end their life'],
    ['picked the day, found the spot, bought the stuff. nearly there', 'a plan to end their life'],
    ['my brother has got the passwords for everything now, he knows where it all is', 'preparing to end their life, or a past attempt'],
    ['how it went: 2/10, i keep getting knocked about for using the computer', 'abuse or violence'],
    ["I'm not allowed a mobile of my own, this is my mates", 'coercive control'],
    ['when? once i find a place to kip tonight', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "wouldn't be that bothered if they said i had weeks left on the contract",
    'sure about ending it with him, best decision of the year',
    "i'm not planning on being here for the month, i'm going to my mums in spain",
    "i won't get past friday without a coffee lol",
    "wont make it past this friday's deadline without help",
    'got the date, got the place, got the stuff for the wedding sorted',
    'interview: got the day, found the location, have everything printed',
    'my partner has the logins for everything because i can not read well',
    'the it department has got the passwords for everything on the new laptop',
    'got knocked about a bit at rugby training, all good',
    'my aunt used to get slapped about by her first husband, she is happy now',
    "i'm not allowed a phone on the warehouse floor",
    'need to find somewhere to stay tonight near the interview, any cheap hotel?',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern in answers to the coach steps', () => {
  it.each([
    ['first step? dunno, every plan just leads back to square one', 'hopelessness'],
    ["fine, do the reminder, it's not going to make a difference", 'hopelessness'],
    ['how it went: nothing helped. nothing ever helps', 'hopelessness'],
    ['kicking off every morning with a couple of beers lately', 'drinking or drugs to cope'],
    ["goal for the week: try not to lose the house", 'may lose their home'],
    ['the advance deductions on my uc leave me with less than half', 'money worries'],
    ["cook on my own, eat on my own, sleep on my own. it's getting me down", 'feels alone'],
    ["3/10, my mood's been awful for weeks", 'low mood'],
    ["i've stopped looking forward to the things i used to love", 'low mood'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'every bus route ends up at the same place, the station',
    'word or pdf? it will not make any difference right',
    'nothing helps my hay fever this time of year',
    'nothing helps with the nerves like a good walk',
    'start the day with a can of monster before the shift',
    "don't lose the flat keys when you move out",
    'we did not lose the house in monopoly lol',
    'the deductions from my wage for the pension leave me with about half a day off in lieu',
    'did the cv on my own, the form on my own, the call on my own, proud of myself',
    'the mood in the office has been rubbish since the restructure',
    'stopped enjoying retail years ago, thats why i want out',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['hopelessness', 'drinking or drugs to cope', 'may lose their home', 'money worries', 'feels alone', 'low mood']) expect([...concern]).not.toContain(reason);
  });
});
