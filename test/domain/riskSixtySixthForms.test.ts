// A fifth plain mix, the kinds first missed said new ways
// (src/domain/risk/datesSetPetNotesAndMorningVodkaPatterns.ts): thinking about just ending it all and
// then back to the job search, the thought of everything over for good that keeps creeping back, a
// date picked with loose ends to tie up first, a countdown circled in the diary, the cat's feeding
// times left for whoever takes her, burns told away as the oven "but it wasnt", laxatives in his tea
// next time; "my future? what future", nothing worth liking about me, a can of cider to start the
// day, forgetting to eat half the time, the black dog come back, "i could never go through with it,
// my kids would be heartbroken", the bloke at the agency getting a slap haha. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in a plain mix, said new ways', () => {
  it.each([
    ['some nights i think about just ending it all, then i get up and do my job search like normal', 'thoughts of suicide'],
    ['I catch myself thinking about ending things when im filling in these forms', 'thoughts of suicide'],
    ['the thought of everything being over forever keeps creeping back when i sit down to do my cv', 'thoughts of suicide'],
    ["i can't shake the idea of it all being done for good", 'thoughts of suicide'],
    ['ive picked the date. just want to get through christmas with the kids first', 'a plan to end their life'],
    ['Date is set now. Need to tie up loose ends first so nobody can say I left a mess.', 'a plan to end their life'],
    ['counting down now. two weeks to go, i have circled it in the diary', 'a plan to end their life'],
    ["countdown's on, 5 days left, marked in red on my calendar", 'a plan to end their life'],
    ['left the cats feeding times and the vet number by the kettle for whoever takes her', 'preparing to end their life, or a past attempt'],
    ['wrote down his walks and what food the dog likes, for whoever ends up having him', 'preparing to end their life, or a past attempt'],
    ["got burns on my arm, told everyone it was the oven but it wasn't", 'self-harm'],
    ['needed steri strips on my wrist. i said the cat did it. truth is it was me', 'self-harm'],
    ['if he eats my shopping again i swear ill put laxatives in his tea', 'harm to someone else'],
    ['housemate keeps using my stuff, next time im slipping something into her coffee. not joking', 'harm to someone else'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'thinking about ending it with the agency and going self employed',
    'my mate keeps thinking about ending things with his missus',
    'love the idea of it being over for good, this course has been so long',
    'the idea of it all being over for good when i find work is such a relief',
    "the date's set for the wedding, just need to finish my course first",
    'interview date is set, gonna finish the practice questions first',
    'we have set the date for the move, want to finish the decorating first',
    "counting down to my holiday, 9 days left, it's on the calendar",
    'counting down the days till payday, 6 days to go, circled on the calendar lol',
    'counting down til my new job starts, 3 weeks to go, marked on the calendar in red',
    'put the dogs food and vet details on the fridge for whoever looks after him while im on holiday',
    'rehoming my rabbit as my new landlord says no pets, the food goes with whoever takes her',
    'my son had burns on his arm, he told school it was the oven but it was not',
    'got stitches on my leg from the dog, told work it was gardening, truth is i was too embarrassed lol',
    'i put a drop of whisky in his coffee on christmas morning',
    "next time im putting something in his tea, sweetener probably, he says its bitter",
    'in the film she slips poison into his wine',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern in a plain mix, said new ways', () => {
  it.each([
    ["my future? what future, i'm 58 with no qualifications", 'hopelessness'],
    ['what future is there for someone like me lol', 'hopelessness'],
    ['be honest, what is there even to love about me', 'feels worthless'],
    ["there's nothing worth liking about me", 'feels worthless'],
    ['i start the day with a can of cider now, before i even brush my teeth', 'drinking or drugs to cope'],
    ['a swig of gin stops the shakes in the morning', 'drinking or drugs to cope'],
    ['i forget about food most days now, just running on energy drinks', 'not eating or sleeping'],
    ['keep forgetting to eat half the time', 'not eating or sleeping'],
    ['think the black dog has come back, like it did after my divorce', 'low mood'],
    ["i'm getting depressed again, same as last winter", 'low mood'],
    ['i could never go through with it, my kids would be heartbroken', 'spoke of harm, then said they would not'],
    ["i won't do anything stupid, my nan would never get over it", 'spoke of harm, then said they would not'],
    ['the bloke at the agency who lost my cv is getting a slap haha', 'joked about hurting someone'],
    ['my landlord is gonna get decked if he texts me at 11pm again lol', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'what future is there for the high street if all the shops close',
    'what future do i have in this company if there is no progression',
    'interview tomorrow, how do i answer what is there to like about me',
    'first thing i do in the morning is a coffee, then the job sites',
    'christmas morning we always start the day with a bucks fizz',
    'my dad starts the day with a whisky, worried about him',
    'when i was at uni i forgot to eat most days lol',
    'my mums depression is back and i am looking after her',
    'in the film the black dog comes back to haunt him',
    'i would not actually do it, my mum would be devastated if i got a tattoo',
    'i would never quit, my dad would be gutted',
    'the council is getting a slap on the wrist lol',
    'my team is getting a kicking in the league lol',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['hopelessness', 'feels worthless', 'drinking or drugs to cope', 'not eating or sleeping', 'low mood', 'spoke of harm, then said they would not', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
