// People of fifty and over, many by voice-to-text or writing formally
// (src/domain/risk/overFiftiesCheckingOutDoorwaysAndLevelCrossingsPatterns.ts): my daughter takes all my
// state pension and I never see a penny; I'll do it Saturday first thing at the railway bridge; the laptop
// out of the window with the tech guy attached; it'll be a bus shelter tonight; walk into the sea and never
// come back; checking out early as my pension plan; I stand at the railway bridge longer than I should.
// Our own examples, with look-alikes of our own: savings in a joint account which is fair enough; I'll do the form
// tomorrow first thing and walk the dog by the canal; cables still attached in the skip; whoever designed
// the form deserves a medal; the soup run and a bonfire tonight; snow angels with the grandchildren; checking out early
// from the hotel; the barriers stuck at the level crossing.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';

describe('crisis said by people of fifty and over', () => {
  it.each([
    ["My daughter takes all my state pension every week and I never see a penny of it.", "coercive control"],
    ["My son-in-law has my bank card. I have to ask him for bus fare.", "coercive control"],
    ["You asked when. I will do it on Saturday first thing, at the railway bridge by the old mill.", "a plan to end their life"],
    ["I have decided when I'll do it: tonight, the viaduct on the walk home.", "a plan to end their life"],
    ["The hostel is full so it will be a bus shelter tonight unless you know somewhere.", "no safe place, food or power tonight"],
    ["Friend's spare room has gone, sleeping in the car tonight, can we do the call by phone", "no safe place, food or power tonight"],
    ["Some nights I wish I could walk into the sea and never come back.", "wishes to be dead"],
    ["Part of me wants to lie down in the woods and not wake up.", "wishes to be dead"],
    ["At 58 with no job I am thinking of checking out early, that's my pension sorted.", "thoughts of suicide"],
    ["Might just check out before my time, nobody would notice.", "thoughts of suicide"],
    ["The railway bridge on my way to the library, I stand there longer than I should, looking down.", "thinking about a way to end their life"],
    ["Sat at the cliff top far too long yesterday. Didn't go to the job club.", "thinking about a way to end their life"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "My wife keeps all my savings in the joint account, which is fair enough, I never see a penny of the interest.",
    "My son manages my pension as my appointee, I never see it but the bills get paid.",
    "I'll do it tomorrow first thing, the form I mean, then walk the dog by the canal.",
    "Going to do it on Saturday, the railway photos for the camera club.",
    "Volunteering on the soup run tonight, we take tea to the people in doorways.",
    "Bonfire tonight on the streets behind ours, fireworks till late.",
    "Fish and chips on a park bench tonight with the grandchildren after the job fair.",
    "The grandchildren want to lie down in the snow and make snow angels and stay there all day.",
    "Wish I could lie in the sea on holiday and stay there, it's so grey here.",
    "Checking out early from the hotel on Sunday so can we move the call?",
    "Had to check out early from the course, my knee was bad.",
    "Stood at the level crossing too long, the barriers were stuck, and I missed my bus.",
    "Waited far too long at the railway station, the train was delayed again.",
  ])('%j is not read as crisis', (text) => {
    expect(applyRules(text).crisis.size).toBe(0);
  });
});

describe('harm joked about by people of fifty and over', () => {
  it.each([
    ["If this laptop freezes again it's going out the window with the tech guy attached lol", "joked about hurting someone"],
    ["Ready to set fire to the jobcentre phone system and whoever designed it haha", "joked about hurting someone"],
    ["That self-service till is going in the canal with the manager attached.", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expectAssessed(text, 'concern', reason);
  });

  it.each([
    ["Threw the old printer in the skip with the cables still attached.", "joked about hurting someone"],
    ["Whoever designed the new form deserves a medal, it was so easy.", "joked about hurting someone"],
    ["Please find attached my CV, and thank you to whoever made the template.", "joked about hurting someone"],
  ])('%j is not read as %j', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
    expect(assessRisk(text).reasons).not.toContain(reason);
  });
});
