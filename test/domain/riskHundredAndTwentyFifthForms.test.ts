// A nineteenth plain mix: risk said in passing, in the middle of everyday talk
// (src/domain/risk/plainMixFireworkCoverGuttedMorningsAndHighFloorsPatterns.ts): no one will hear it over
// the fireworks; breaking his jaw if he doesn't give it back, not joking; the plan is to take all my
// tablets once the kids are at school; woke up again and gutted I had; would a jump off the car park roof
// definitely be fatal.
// Our own examples, with look-alikes of our own: the dog and the fireworks; my son broke his arm at
// football; "I'll break his legs lol"; taking the tablets the GP gave me with food; woke up at 5am, gutted
// I did not sleep in; gutted I did not get the job; working at height training on falls from a roof.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';

describe('crisis said in passing in a nineteenth plain mix', () => {
  it.each([
    ["Bonfire night's the one. Nobody will hear it over the fireworks.", 'a plan to end their life'],
    ["Picked the date, no one would even notice during the New Year's countdown.", 'a plan to end their life'],
    ['Saturday then. The fireworks will drown out the sound.', 'a plan to end their life'],
    ["If my flatmate doesn't give my money back I'm breaking his jaw, I mean it.", 'harm to someone else'],
    ["Next time my ex's new fella turns up I will smash his face in, I'm not joking.", 'harm to someone else'],
    ['I swear ill snap her fingers when I see her Friday, deadly serious', 'harm to someone else'],
    ['My plan is to take all my sleeping tablets once the kids are at school on Monday.', 'a plan to end their life'],
    ['The plan is to take the tablets on Sunday once the house is empty.', 'a plan to end their life'],
    ['Planning to swallow the tablets on Friday, get the interview out of the way first haha', 'a plan to end their life'],
    ['Woke up again. Gutted I did.', 'wishes to be dead'],
    ["Wake up every day and I'm disappointed that I did, honestly.", 'wishes to be dead'],
    ['Annoyed I woke up at all this morning', 'wishes to be dead'],
    ['Would a jump off the top of the multi-storey car park definitely be fatal?', 'thinking about a way to end their life'],
    ['How high does a bridge have to be so you would not survive the fall?', 'thinking about a way to end their life'],
    ['Is a fall from a 10th floor balcony always deadly, just curious.', 'thinking about a way to end their life'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    ["The dog's terrified of the fireworks, nobody will hear her over the bangs so I'm staying in.", 'a plan to end their life'],
    ['Can I slip out of the Christmas do early? No one will notice with the fireworks on.', 'a plan to end their life'],
    ['Went to the fireworks display at the park, loads of people, no one could hear a thing.', 'a plan to end their life'],
    ["My brother's a rugby player, broke his nose again, seriously.", 'harm to someone else'],
    ["If my nephew beats me at FIFA again I'm breaking his fingers lol", 'harm to someone else'],
    ['My son broke his arm at football so I need to move Tuesday, for real sorry.', 'harm to someone else'],
    ["Plan is to take the tablets the GP gave me with food on Monday and see how I get on.", 'a plan to end their life'],
    ['Going to take all my tablets with me on holiday next week, is that OK for the airport?', 'a plan to end their life'],
    ['My plan is to take the painkillers after dinner tonight, my back pain from the warehouse is bad.', 'a plan to end their life'],
    ['Woke up at 5am again, gutted I did, the baby is teething.', 'wishes to be dead'],
    ['Woke up to an email. Gutted I did not get the job but onwards.', 'wishes to be dead'],
    ['Woke up late and was annoyed I had missed the bus.', 'wishes to be dead'],
    ['Working at height training today, a fall from a roof of 2 metres can be fatal apparently.', 'thinking about a way to end their life'],
    ['Is it true cats always survive a fall from a high window?', 'thinking about a way to end their life'],
    ['My nan fell off the kitchen step, is a fall from that height usually fatal for the elderly? She is fine.', 'thinking about a way to end their life'],
  ])('%j is not read as %j', (text, reason) => {
    expect([...applyRules(text).crisis]).not.toContain(reason);
  });
});
