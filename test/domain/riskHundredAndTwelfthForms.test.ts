// A plain mix of everyone who uses a public employment service: risk said in passing, in ordinary words
// (src/domain/risk/quietWishesStowedSuppliesAndLonelinessPatterns.ts): wouldn't mind if the ferry sank;
// I'd happily not make it to 50; wrists bandaged up from what I did last night; burning myself is the only
// way I cope; picked up everything I need, it's hidden under the bed; he won't let me take a job where
// blokes work; a rough few days I'd rather not talk about; been using again since the sanction; scared
// we'll get kicked out; the grandkids never visit, nobody round here knows my name.
// Our own examples, with look-alikes of our own: the bus came down our street; the flight price went
// down; never see another queue at the jobcentre; hands cut from what I did in the garden; cost cutting;
// a hairdresser's cutting; got the stuff for the party, it's in the boot; a women-only course; a faith
// that keeps work apart from men; a bad week for the car or for United; using the app again; the gym
// reopened; kicked out of the course; a brother's landlord selling; the kids and the dentist; agencies
// that never ring back.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said in passing, in ordinary words', () => {
  it.each([
    ["Honestly I wouldn't mind if the ferry sank on the way over to Belfast.", 'wishes to be dead'],
    ["Wouldn't even care if the train came off the rails with me on it tomorrow.", 'wishes to be dead'],
    ["I'd happily not make it to 50, to be honest.", 'wishes to be dead'],
    ["Turning 40 next month. I'd gladly never see 41.", 'wishes to be dead'],
    ['Sorry I missed the call, my wrists are bandaged up from what I did last night.', 'self-harm'],
    ['Can I wear long sleeves to the trial shift? My arms are cut up from what I did.', 'self-harm'],
    ['Burning myself is the only way I cope with the waiting now.', 'self-harm'],
    ['Honestly hurting myself is how I deal with every no from an employer.', 'self-harm'],
    ["Picked up the stuff, it's hidden under the bed.", 'preparing to end their life, or a past attempt'],
    ["Got the bits from the chemist. It's all in my drawer now.", 'preparing to end their life, or a past attempt'],
    ["He won't let me take any job where there are blokes working.", 'coercive control'],
    ["I'm not allowed to work alongside men, so the warehouse is out.", 'coercive control'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "I wouldn't mind if the bus came down our street, it'd save me the walk.",
    "Wouldn't mind if the flight price went down before the holiday.",
    "I'd happily never see another queue at the jobcentre.",
    "Hope I don't see 30 still living with my mum haha.",
    'My hands are all cut from what I did in the garden yesterday.',
    'My back is sore from what I did at the gym, can we move the session?',
    'Cost cutting is how the council gets through the year.',
    "Cutting is how I get by, I'm a hairdresser, so salon jobs please.",
    "Got the stuff for the party, it's in the boot of the car.",
    "Got everything I need for my first day, it's all in my bag.",
    // "What I need" in a bag or the car is how people get ready for work: only "the stuff" or "the bits" carries it.
    "Got everything I need, it's all in my bag ready for Monday.",
    "Got the stuff for my new job, it's in the car.",
    "The course is women only, so I'm not allowed to apply for it if I'm a man.",
    "My faith means I'm not allowed to work alongside men, are there female only roles?",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said in passing, in ordinary words', () => {
  it.each([
    ["Rough few days. I'd rather not talk about it, can we look at the application?", 'low mood'],
    ["Not a good one. Horrible week. Don't really want to go into it.", 'low mood'],
    ['Been using again since the sanction, only a bit.', 'drinking or drugs to cope'],
    ["I've gone back to using again, not every day.", 'drinking or drugs to cope'],
    ["The landlord's selling and I'm scared we'll get kicked out before Christmas.", 'may lose their home'],
    ["Universal credit hasn't paid the rent bit, terrified I'll get thrown out.", 'may lose their home'],
    ['My grandkids never visit anymore and the days drag.', 'feels alone'],
    ['Nobody round here even knows my name, been in this flat two years.', 'feels alone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "Bad week for the car, don't want to talk about it lol, the garage bill.",
    "Rough week for United, don't even want to talk about it.",
    "I've started using again the app you showed me, it's great.",
    "The gym reopened so I'm using again, three times a week.",
    "Worried I'll get kicked out of the course if I miss another day.",
    "My brother's worried he'll get kicked out, his landlord's selling.",
    "The kids don't visit the dentist enough, can I get help with travel?",
    'Nobody rings me back from the agencies, is that normal?',
  ])('%j is no finding of the rules', (text) => {
    const found = applyRules(text);
    expect([...found.crisis, ...found.concern]).toEqual([]);
  });
});
