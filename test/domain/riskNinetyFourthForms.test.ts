// A tenth plain mix (src/domain/risk/plainMixCurtainCallsKeptBurnsAndWrungNecksPatterns.ts): a wish
// to be dead "right now", not the worst thing if I didn't wake up, the curtain brought down on myself,
// hurting myself with the blade again, the marks I keep giving myself on my arms; a lump on the sofa,
// the house saying I must be out by the end of the month, a neck wrung, "do him an injury", a clock
// battered with a hammer. Our own examples, with look-alikes of our own: "dead right" about the
// interview, not the worst thing if I didn't get the job, the curtain down on a career, a burn from
// the iron while ironing a shirt, burns from the oven at the kitchen job, a lump on the sofa after
// Christmas dinner, a holiday let to leave by Friday, a chicken's neck, "you'll do yourself an injury".
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said plainly in a tenth mix', () => {
  it.each([
    ["Tbh I wish I was dead right now.", "wishes to be dead"],
    ["another rejection, i'd rather be dead right now", "wishes to be dead"],
    ["It wouldn't be so bad if I just didn't wake up tomorrow.", "wishes to be dead"],
    ["would it be the worst thing if i went to sleep one night and never woke up", "wishes to be dead"],
    ["Some nights I think about ringing down the curtain on my life.", "thoughts of suicide"],
    ["Ready to draw the final curtain on myself, I really am.", "thoughts of suicide"],
    ["cut myself with a razor again last night, on my thigh this time", "self-harm"],
    ["I burnt myself with the lighter again, it's what I do when I feel like this.", "self-harm"],
    ["Can I wear long sleeves? The cuts I keep giving myself on my arms are showing.", "self-harm"],
    ["do they ask about the scars i have been making on my thighs", "self-harm"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "You're dead right now I think about it, the interview was a mess.",
    "It wouldn't be the worst thing if I didn't get the job, to be fair.",
    "Wouldn't be so bad if I went to sleep early before the shift.",
    "After 30 years I'm bringing the curtain down on my career at the shop.",
    "Need to put the curtain pole up, can I bring it in on Monday?",
    "Burnt myself with the iron again on my arm ironing my interview shirt.",
    "Burnt myself with the iron by accident on my hand, silly me.",
    "The burns I keep getting on my arms from the oven at the kitchen job are healing.",
    "The marks I keep making on my hands are just pen from the stocktake.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said plainly in a tenth mix', () => {
  it.each([
    ["Ran a team of twenty once, now I'm just a spare part on the couch.", "feels worthless"],
    ["i feel like a useless lump on the settee all day", "feels worthless"],
    ["The hostel told me I have to be out in two weeks if I don't find work.", "may lose their home"],
    ["my landlady said we must leave by the end of next month", "may lose their home"],
    ["I'll wring that recruiter's neck if he rings again at 7am", "joked about hurting someone"],
    ["If the council put me on hold again I might have to do someone an injury, ha", "joked about hurting someone"],
    ["about to take a hammer to this printer lol, jammed again", "joked about hurting someone"],
    ["honestly gonna chuck my phone in the canal if one more agency rings haha", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ["Ate too much Christmas dinner, I'm a lump on the sofa lol", "feels worthless"],
    ["My husband is a lump on the couch every Sunday watching football.", "feels worthless"],
    ["The holiday cottage says we must leave by Friday at 10, gutted.", "may lose their home"],
    ["My flatmate has to move out at the end of the month, need a new one.", "may lose their home"],
    ["At the farm job I had to wring a chicken's neck, grim.", "joked about hurting someone"],
    ["Careful lifting those boxes, you'll do yourself an injury.", "joked about hurting someone"],
    ["My dad says he'll wring my neck if I miss the interview haha", "joked about hurting someone"],
    ["Going to smash my phone to bits, it keeps crashing.", "joked about hurting someone"],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
