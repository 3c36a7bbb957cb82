// Forms of src/domain/risk/methodPlansHomeBlowsAndRelapsePatterns.ts: a plan to end it with a
// named means, a parent or partner hitting the client now, a home held against a debt; and, as
// concern, mood dipping now, using again after months clean, restricting food, a flat lost while
// on the ward, benefits docked, "not doing great", "that ship has sailed for good", a script
// topped up from the street, gas when things get bad. With the everyday look-alikes. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { normaliseForMatching } from '../../src/domain/risk/normalise.ts';
import { THIRTY_EIGHTH_WHOLE_SETS } from '../../src/domain/risk/methodPlansHomeBlowsAndRelapsePatterns.ts';

describe('crisis forms', () => {
  it.each([
    ['when the dog has gone to my sister i am going to end it with my insulin', 'a plan to end their life'],
    ['gonna finish things with the pills ive saved up once rent day has passed', 'a plan to end their life'],
    ['i have decided to end my life with an overdose after my birthday', 'a plan to end their life'],
    ['my dad punches me when hes had a drink', 'abuse or violence'],
    ['my boyfriend keeps slapping me if dinner is late', 'abuse or violence'],
    ['she hit me again last night over the phone bill', 'abuse or violence'],
    ['they reckon i owe them 300 and till its paid off my house is theirs', 'coercive control'],
    ['he says my flat is his until i pay back what i owe', 'coercive control'],
  ])('%j is crisis, found by the rules', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });
});

describe('concern forms', () => {
  it.each([
    ['stopped my sertraline a few weeks back and my mood is sinking', 'low mood'],
    ['rough fortnight, my mood has been through the floor', 'low mood'],
    ['been having dark days, can barely get out of bed', 'low mood'],
    ['scored last night for the first time in two years, i feel gutted', 'drinking or drugs to cope'],
    ['back to restricting again and i know its bad', 'not eating or sleeping'],
    ['living on about 600 calories a day at the minute', 'not eating or sleeping'],
    ['my tenancy got ended while i was sectioned so i dont know where ill go', 'may lose their home'],
    ['my esa is being deducted for an overpayment and theres nothing left', 'money worries'],
    ['i am honestly not doing well since my mum passed', 'not coping'],
    ['im 61, that boat has sailed for me', 'hopelessness'],
    ['been topping up my script with gear off a lad on the estate', 'drinking or drugs to cope'],
    ['i do nos balloons whenever the stress gets on top of me', 'drinking or drugs to cope'],
  ])('%j is concern to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });
});

describe('the everyday look-alikes', () => {
  it.each([
    'i want to end things with my boyfriend, hes a waste of space',
    'going to end it with the tablets, they make me feel sick so the gp is switching me',
    'my little one kicks me in her sleep every night',
    'the flat is theirs until the mortgage is paid off, i just rent a room',
    'the mood in the office is on the floor since the redundancies',
    'struggling to get up at 5 for the early shift',
    'used my bus pass for the first time in months',
    'the restricting hours thing at work is annoying',
    'my depot injection is every two weeks and i take my tablets as prescribed',
    'i was poorly last year but i have recovered and feel good now',
    'my pay got docked for being late once',
    'i am not doing great at interviews, any tips',
    'i use gas canisters when we go camping',
    'the ship has sailed on that job, they gave it to someone else',
  ])('%j is none of these forms to the rules', (text) => {
    const { crisis, concern } = applyRules(text);
    for (const reason of ['a plan to end their life', 'abuse or violence', 'coercive control']) expect([...crisis]).not.toContain(reason);
    for (const reason of ['low mood', 'drinking or drugs to cope', 'not eating or sleeping', 'may lose their home', 'money worries', 'not coping', 'hopelessness']) expect([...concern]).not.toContain(reason);
  });
});

// Older rules read some of these; the new forms must not.
describe('look-alikes the new forms leave alone', () => {
  it.each([
    'my brother beats me at fifa every time',
    'my mum hits me up every morning asking about jobs',
    'my dad used to hit me when i was a kid but thats all behind me now',
    'my partner kicks me out of the kitchen when he cooks',
    'my mood was rock bottom years ago but its all behind me',
    'i lost my flat while i was in hospital years ago, im housed now',
  ])('%j is not read by the new forms', (text) => {
    const whole = normaliseForMatching(text);
    const found = THIRTY_EIGHTH_WHOLE_SETS.filter(([gate, groups]) => gate.test(whole) && groups.some(({ patterns }) => patterns.some((p) => p.test(whole))));
    expect(found).toEqual([]);
  });
});
