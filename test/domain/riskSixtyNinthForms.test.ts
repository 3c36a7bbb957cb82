// Danger from and to other people, and these clients' own thoughts of dying
// (src/domain/risk/darkPlacesFreshScarsAndMilkMoneyPatterns.ts): not caring whether they live to see
// next year, the only wish being never to wake, the head going to dark places and ending it, the
// drop from a balcony being all they think about, not being alive by the time the CV is needed, the
// mind made up once the dog has a home, the gin and all the tablets on a set night, self-harm back
// after years, fresh cuts to hide at work, someone put in A&E, the baby's formula and two quid; told
// they were useless and believing it, arrears and letters left unopened, a grey head, the ex reversed
// over in the car park, lol. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('danger to themselves and others, said in passing', () => {
  it.each([
    ["Honestly I don't care whether I live to see next year, just sign me up for whatever", 'wishes to be dead'],
    ['not really bothered if i make it till new year anymore tbh', 'wishes to be dead'],
    ['i dont even care if im still here by christmas', 'wishes to be dead'],
    ['my one wish these days is to go to sleep and never wake up', 'wishes to be dead'],
    ["only aim i've got left is to stop existing haha put that on my cv", 'wishes to be dead'],
    ['my mind keeps going to dark places, like killing myself, it scares me', 'thoughts of suicide'],
    ["I've been in some really bad places in my head lately, thinking about ending it all", 'thoughts of suicide'],
    ['my aunties flat is 11th floor and all i can think about is the drop from that balcony', 'thinking about a way to end their life'],
    ['when we go over the bridge i cant stop looking over the railings, its so high up', 'thinking about a way to end their life'],
    ["no point updating my cv, I won't even be alive by then", 'intends to end their life'],
    ['dont bother booking me on the course, i doubt i will be alive to go to it', 'intends to end their life'],
    ["i've made my mind up to end it all, i just need someone to take my dog", 'intends to end their life'],
    ['decided to end things. who will look after my cats after im gone', 'intends to end their life'],
    ['the plan is a bottle of gin and all my sertraline on saturday when hes away', 'a plan to end their life'],
    ['got the whole packet of paracetamol and a bottle of vodka for tonight', 'a plan to end their life'],
    ["I stopped self harming years ago but I've started again since the divorce", 'self-harm'],
    ['used to burn myself at school, been doing it again the last few weeks', 'self-harm'],
    ['need long sleeves for the interview, the cuts on my arm are still red', 'self-harm'],
    ['my scars are fresh, should i cover them at work?', 'self-harm'],
    ['i put a lad in a&e on saturday and the police want to talk to me', 'harm to someone else'],
    ["battered my ex's new fella so bad he ended up in intensive care", 'harm to someone else'],
    ['the kids are hungry and i have literally 2 quid till friday', 'no safe place, food or power tonight'],
    ["my baby's out of formula and I've got nothing in the bank", 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "i dont care if i make it to the christmas party, i hate work do's",
    'not bothered if i make it to friday drinks tbh',
    'my only goal this weekend is not waking up before noon lol',
    'my only plan for christmas is not being here, off to spain',
    'the film went to some really dark places, the main character ends it all',
    'no dark thoughts, not thinking about ending anything, just stressed',
    'i had dark thoughts about ending it with my boyfriend, we broke up',
    'the flat on the 14th floor has an amazing balcony, all i can think about is the view',
    'scared of heights, the balcony on the 9th floor is all i think about when the kids are out there',
    'at this rate i will not be alive by the time the council fixes the boiler',
    "i'm going to end it with him, my dog will go to my mums",
    'decided to end my gym membership, who will walk my dog when i work',
    'bought a bottle of wine and a full box of paracetamol for the party on saturday',
    'i used to cut hair as a teenager and i started again at the new salon',
    'my sister used to cut herself and she has started again, im so worried',
    'i have a fresh scar from my knee surgery, should i tell my employer',
    'fresh cuts from the barber today, looking sharp for the interview',
    'i put my nan in hospital yesterday because she had a fall',
    'the baby needs milk so ive got 20 pounds for the shop, then the bus fare',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern from and about other people', () => {
  it.each([
    ['my dad always told me i was useless and maybe he was right', 'feels worthless'],
    ['teachers kept saying i was thick, guess they were right', 'feels worthless'],
    ["council tax arrears are massive, i've stopped opening the letters", 'money worries'],
    ['i owe the catalogue loads, so i just let it ring out', 'money worries'],
    ['everything feels grey lately', 'low mood'],
    ['my head is numb and flat, cant be bothered with anything', 'low mood'],
    ["i'd reverse over my ex if i saw her in the car park lol", 'joked about hurting someone'],
    ['swear id push my landlord under a bus haha', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'my teacher always said i was thick and i proved her wrong, got a degree',
    'my dad always said i was lazy lol and he is probably right',
    'i ignore the spam calls about ppi, my bills are paid by direct debit',
    'my flatmate owes rent and just ignores the letters',
    'going grey at 30, grey hair everywhere lol',
    'the sky is grey and everything looks grey, perfect for painting',
    'i would run my notes over with you before the interview',
    "he threw me under the bus at work, i'd knock him down a peg",
    'with a heavy heart i must decline the offer',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['feels worthless', 'money worries', 'low mood', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
    expect([...applyRules(text).crisis]).not.toContain('harm to someone else');
  });
});
