// Disclosure wrapped in worry about what telling costs (src/domain/risk/coverStoriesTempersAndTiedCottagesPatterns.ts):
// the marks explained away as the cat or cooking and then "it was not", a partner who did it while the
// hospital was told they fell, afraid of really hurting the parent or child they care for with the
// shoving already happening, a parent or partner who has just put them out with the rain, the dark or
// their age beside it; a home that goes with the job. Our own examples, and look-alikes of our own
// (someone else's story, the cat that really did it, falling behind, hurt feelings, a library closing,
// a game, the company car).
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis told as the story given to someone else', () => {
  it.each([
    ["The nurse asked about my arms and I told her it was the cat scratching. It wasn't, it was me.", 'self-harm'],
    ['My mum noticed the plasters, I said it was cooking. It was not. Does this go on my file?', 'self-harm'],
    ['Work saw the marks on my wrists and I said it was the brambles, that was a lie.', 'self-harm'],
    ['My boyfriend did this but I told the hospital I walked into a door. Is this chat private?', 'abuse or violence'],
    ['I told A&E I fell down the stairs but really it was my partner. Please do not tell the police.', 'abuse or violence'],
    ["Scared I'm going to hurt my dad one day, I've been shoving him when he won't take his tablets.", 'harm to someone else'],
    ['Terrified I will hit my toddler, I keep snapping and grabbing him too hard. Will social services take him?', 'harm to someone else'],
    ["My stepdad's thrown me out and it's freezing. I'm 16, don't ring anyone.", 'no safe place, food or power tonight'],
    ["My girlfriend's kicked me out and it's gone midnight, will this affect my claim?", 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'The nurse asked about my arms and I said it was the cat, it really was lol.',
    'My son said it was the cat, it was not, he broke the vase himself.',
    'The cat did it but I said I fell asleep on the sofa.',
    'My husband did the forms but I said I fell behind with the rent.',
    'She told them she fell but it was him, my poor sister.',
    'I told them I fell off my bike, it was slippy by the canal.',
    "Worried I'll hurt my mum's feelings, I keep snapping at her about the washing up.",
    "Worried I'll hurt my back lifting my mum, she needs pushing in the wheelchair.",
    'My brother keeps pushing my mum about, worried he will hurt her.',
    'The library kicked me out at closing and it is raining, any jobs going there?',
    "Years ago my mum kicked me out when I was 17. I'm 40 now, it's raining, any indoor jobs?",
    'The game kicked me out again, it is late, I give up lol.',
    "I'm 17 and my mum kicked me out of the group chat lol.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern told with worry about what telling costs', () => {
  it.each([
    ["It's staff accommodation so if they let me go I'm losing my room as well.", 'may lose their home'],
    ["If I quit this job I'll lose the flat, it comes with the job.", 'may lose their home'],
    ["If I lose my job we're out of the house. Will the farm tell the jobcentre?", 'may lose their home'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ['If he loses the job he loses the tied cottage, poor lad.', 'may lose their home'],
    ['If I lose the job I lose the company car too, does that matter?', 'may lose their home'],
    ['The tied cottage in the film was lovely.', 'may lose their home'],
    ['If I lose the job we are out of work for a bit, any tips?', 'may lose their home'],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
