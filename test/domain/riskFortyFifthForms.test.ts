// Care, kitchen, warehouse and driving work (src/domain/risk/careWorkKnowledgeAndShiftTalkPatterns.ts):
// driving the van into a bridge, a nurse who knows which dose you do not come back from, drinking the
// bleach, nearly doing it at the bridge, cutting with blades from work, something in the boss's tea,
// waiting outside work to do him in, a partner binning the job offer; a dream never happening now,
// "what am i good at? nothing", benefits wanted back, a social life that was the job, joking about
// punching a caller. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in work words', () => {
  it.each([
    ['some nights i picture steering the lorry straight into a bridge support on the a1', 'thinking about a way to end their life'],
    ['fifteen years on the wards, i know how many of the insulin pens would do it', 'thinking about a way to end their life'],
    ['i know exactly which tablets you do not come back from, i gave them out every day', 'thinking about a way to end their life'],
    ['i might just swallow the drain cleaner from the cleaning cupboard', 'thinking about a way to end their life'],
    ['drove to the multi storey after my last shift and almost went over', 'preparing to end their life, or a past attempt'],
    ['i kept a box cutter from the warehouse to cut myself with at night', 'self-harm'],
    ['i could slip a few of my sleeping pills into her coffee and no one would know', 'harm to someone else'],
    ['i will be waiting in the car park when he clocks off and i am going to batter him', 'harm to someone else'],
    ['my husband ripped up my contract and said it was for my own good', 'coercive control'],
    ['she keeps telling me i am too stupid to hold down a job', 'coercive control'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
  });

  it.each([
    'i drove into the depot at six and loaded the van',
    'i skidded on black ice and drove into a wall last winter, the insurance paid out',
    'i know exactly which medication each resident needs on the drugs round',
    'i know what works for me in interviews now',
    'the toddler i nanny for nearly drank the bleach so we moved it up high',
    'did the charity bungee off the bridge on saturday and nearly bottled it at the edge',
    'i used the box cutter to cut the tape on the deliveries',
    'i always put two sugars in the managers tea',
    'that double shift did him in, he slept all weekend',
    'the recruiter deleted the job offer email by mistake and had to resend it',
  ])('%j is no crisis to these rules', (text) => {
    const { crisis } = applyRules(text);
    expect([...crisis]).toEqual([]);
  });
});

describe('concern in work words', () => {
  it.each([
    ['i always wanted to be a ward sister, that is not going to happen now', 'hopelessness'],
    ['am i actually good for anything? nope, nothing', 'feels worthless'],
    ['the dwp say i owe them 2 grand from an overpayment', 'money worries'],
    ['all my mates were from the depot and i never see any of them now', 'feels alone'],
    ['next customer who shouts at me, i swear ill lamp him lol', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'i used to think i would never pass my driving test and now i have',
    'what am i good at? stock rotation, customer service and night shifts',
    'they overpaid me by ten pounds and took it off my next payslip',
    'my whole social life was the restaurant and it still is, we meet up every week',
    'we are killing it on the tills lol',
    'chef said to 86 the fish lol',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['hopelessness', 'feels worthless', 'money worries', 'feels alone', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
