// A red-teamer's set: risk hidden through hints, logistics, questions and cover stories
// (src/domain/risk/redTeamTrainTimesKnotsAndSofaDeadlinesPatterns.ts): all planned, the 6.15 freight and the
// crossing; what knot would hold my weight, not for camping; he'll be swimming with the fishes; kip on a
// mate's sofa until Sunday, then nowhere; I never really speak to anybody these days; the first time out of
// the house in weeks; cried in the car park and couldn't stop.
// Our own examples, with look-alikes of our own: the 8.15 train to Leeds and a walk over the level crossing;
// a knot for a hanging basket, knots on the sailing course; the diver at the Sea Life centre, The Godfather;
// dog sitting at my sister's till Sunday, my brother's stay; peace and quiet after retiring; out for the
// first time after the flu; crying laughing, my daughter at the school gate, happy tears at a graduation.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';

describe('crisis hidden in logistics and questions', () => {
  it.each([
    ["All planned now. The 6.15 freight, the crossing past the garden centre.", "a plan to end their life"],
    ["Made my mind up. The last train Sunday, the tracks behind the retail park.", "a plan to end their life"],
    ["Quick one, what knot would hold my weight from the loft hatch? Not for camping.", "thinking about a way to end their life"],
    ["what's the strongest knot, you know the one, for that", "thinking about a way to end their life"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "All planned: the 8.15 train to Leeds, then walk over the level crossing to the warehouse.",
    "Checked the times, the 7.20 train from the station, the crossing is shut for works so I'll be late.",
    "What kind of knot do you use for a hanging basket? You know the one with the loop.",
    "Learning knots for the sailing course, the bowline is the one that will hold a person's weight.",
  ])('%j is not read as crisis', (text) => {
    expect(applyRules(text).crisis.size).toBe(0);
  });
});

describe('concern hidden in asides', () => {
  it.each([
    ["If my brother eats my lunch again he'll be swimming with the fishes haha", "joked about hurting someone"],
    ["My flatmate used my mug again, getting him fitted for concrete wellies lol", "joked about hurting someone"],
    ["Can kip on my mate's sofa until Sunday, then nowhere.", "may lose their home"],
    ["Allowed to stay at my cousin's for a few more weeks and after that, who knows.", "may lose their home"],
    ["I never really speak to anybody these days.", "feels alone"],
    ["First time I've been out of the house in nearly three weeks, felt weird.", "feels alone"],
    ["Cried in the car park after the interview and couldn't stop.", "not coping"],
    ["I can't stop crying, every little thing sets me off.", "not coping"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expectAssessed(text, 'concern', reason);
  });

  it.each([
    ["Took the grandkids to the Sea Life centre, the diver was swimming with the fishes.", "joked about hurting someone"],
    ["Watched The Godfather last night, Luca Brasi sleeps with the fishes.", "joked about hurting someone"],
    ["Staying at my sister's till Sunday for the dog sitting, then no idea what she's bringing me back from Spain.", "may lose their home"],
    ["My brother can stay at my mum's till Friday then no idea where he'll go.", "may lose their home"],
    ["I hardly speak to anyone these days, peace and quiet after 30 years on the buses, bliss.", "feels alone"],
    ["First time I've left the house in a week, this flu has floored me.", "feels alone"],
    ["Cried laughing at the bus stop and couldn't stop, the grandkids' video.", "not coping"],
    ["My daughter cried at the school gate and couldn't stop, first day.", "not coping"],
    ["Happy tears at my son's graduation, I cried and couldn't stop.", "not coping"],
  ])('%j is not read as %j', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
    expect(assessRisk(text).reasons).not.toContain(reason);
  });
});
