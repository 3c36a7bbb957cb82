// A fourteenth plain mix, risk said in passing (src/domain/risk/plainMixNeverGettingUpSelfInThirdPersonAndRentRisesPatterns.ts):
// lay there wishing I'd never get out of bed again; who would employ a woman like me who wants to end her
// life; my future? can't really see one; the landlord's putting the rent up and we'll have to move.
// Our own examples, with look-alikes of our own: wishing I'd never get up for the early shift again; a care
// job supporting residents who tried to kill themselves; the apply button, don't see one; the office rent
// going up and the firm relocating.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said in passing in a plain mix', () => {
  it.each([
    ["Interview was a disaster. Spent the afternoon under the covers wishing I could never get out of bed again.", "wishes to be dead"],
    ["Some nights I go to bed hoping I never open my eyes again", "wishes to be dead"],
    // "I'm" reads "i am" and the kids are often in the same breath: neither shuts the set.
    ["I'm lying here wishing I'd never get up again, the kids would be better off", "wishes to be dead"],
    ["Who would employ a woman who keeps thinking about ending her own life?", "thoughts of suicide"],
    ["Would anyone take on a bloke who talks about topping himself every other day, honestly", "thoughts of suicide"],
    ["what job is there for someone like me who wants to kill himself", "thoughts of suicide"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "Night shifts this week, I wish I'd never get up at 5am again.",
    "New mattress arrived, so comfy I wish I could never get out of bed again.",
    "Would anyone hire me for a care job supporting residents who tried to kill themselves?",
    "The counselling course covers clients who have thought about ending their own life, would they hire a trainee?",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said in passing in a plain mix', () => {
  it.each([
    ["My future? Can't really see one at the moment.", "hopelessness"],
    ["A purpose, you asked. I don't honestly see one these days", "hopelessness"],
    ["Landlord's putting the rent up again in May, we'll have to move.", "may lose their home"],
    ["The mortgage rate has doubled, no way I can keep paying.", "may lose their home"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "My goal is to apply today but where's the upload button? I don't see one.",
    "Is there a future dates filter on the listings page? I can't see one.",
    "The office rent went up so the firm will have to move, we're relocating to Leeds.",
    "Rent's going up but we found a new flat nearer my work, so we will have to move, can't wait!",
  ])('%j is no finding of the rules', (text) => {
    const found = applyRules(text);
    expect([...found.crisis, ...found.concern]).toEqual([]);
  });
});
