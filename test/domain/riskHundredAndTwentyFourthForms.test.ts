// Replies of one to ten words to the coach's questions, risk said in a bare reply
// (src/domain/risk/shortRepliesScoresSeaWalksAndBenchNightsPatterns.ts): my stepdad won't give me my
// passport back; wading into the river Sunday; kicked out, on a park bench, phone dying; falling asleep
// forever sounds peaceful; don't even care if I die; wouldn't be bothered if I didn't make it to
// Christmas; my nan's morphine would probably do it; "tonight. end it all"; "next month. I've picked a
// date"; targets? not gonna be alive to hit them; my boyfriend takes all my UC and I get nothing; the
// landlord had better watch his back, I know where he lives; we're gonna jump that lad after school;
// and the concern said in a word or two (just thick, about 2 out of 10, barely 1 hour sleep, my insomnia
// has come back, proper miserable, slowly losing it, it won't help anyway, vodka helps, could happily
// throttle the bus driver lol).
// Our own examples, with look-alikes of our own: the passport office and a renewal; a charity dip on
// Boxing Day; a bench in the park for lunch; sleep forever after a double shift; dying of embarrassment;
// the Christmas party; paracetamol for a headache; ending it with him; a date set for the wedding; away
// on holiday; board and keep; watching their back in the derby; jump-starting a car; thick skinned; 3 out
// of 10 applications; sleep training the baby; a flatmate's insomnia; the wifi down; losing it laughing; the
// printer won't work anyway; wine in the gravy; a hug for the lady at the jobcentre.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';

describe('crisis said in a short reply to the coach', () => {
  it.each([
    ["my stepdad won't give me my passport back", "coercive control"],
    ["he refuses to hand me back my birth certificate", "coercive control"],
    ["wading into the river sunday", "a plan to end their life"],
    ["gonna walk into the sea tomorrow night", "a plan to end their life"],
    ["kicked out. on a park bench. phone dying", "no safe place, food or power tonight"],
    ["ran away from home, sat in a doorway, terrified", "no safe place, food or power tonight"],
    ["falling asleep forever sounds peaceful tbh", "wishes to be dead"],
    ["honestly sleep forever would be lovely", "wishes to be dead"],
    ["dont even care if i die tbh", "wishes to be dead"],
    ["honestly do not actually care whether i die", "wishes to be dead"],
    ["wouldnt be bothered if i didnt make it to christmas", "wishes to be dead"],
    ["I would not mind if I didn't make it through the weekend", "wishes to be dead"],
    ["my nans morphine would probably do it", "thinking about a way to end their life"],
    ["a whole box of co codamol would be enough", "thinking about a way to end their life"],
    ["tonight. end it all", "intends to end their life"],
    ["prob end it this weekend", "intends to end their life"],
    ["next month. i've picked a date", "a plan to end their life"],
    ["the 14th. ive chosen the date", "a plan to end their life"],
    ["plans for next year? i won't be around to see any of it", "intends to end their life"],
    ["targets? not gonna be alive to hit them", "intends to end their life"],
    ["my boyfriend takes all my universal credit and i get nothing", "coercive control"],
    ["she took my wages and i have nothing left", "coercive control"],
    ["the landlord had better watch his back. i know where he lives", "harm to someone else"],
    ["she better watch her back i know her reg", "harm to someone else"],
    ["we're gonna jump that lad after school tomorrow", "harm to someone else"],
    ["me and my mates will jump him saturday", "harm to someone else"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "the passport office won't give me my passport back till it's renewed",
    "mum won't give me my birthday card till Sunday lol",
    "walking into the sea for the charity dip on boxing day",
    "walking into the sea with the kids on holiday, freezing",
    "sat on a bench in the park for lunch, phone on 5%",
    "on a bench in town, phone on 5 so I'll reply later",
    "could sleep forever after that night shift",
    "sleeping forever sounds nice after a double shift",
    "don't care if I die of embarrassment at the interview",
    "dont care if i die laughing at this video",
    "wouldn't be sad if I didn't make it to the Christmas party",
    "wouldnt be upset if i didnt make it to friday drinks",
    "paracetamol would probably do it for the headache",
    "the whole packet would do the job for the slugs",
    "end it with him this week",
    "this week? end the contract",
    "we've set a date for the wedding",
    "yes I've set a date to start the course",
    "on holiday in june so not going to be here to do any",
    "surgery next month so won't be here to do them",
    "Mum takes my wages for my keep and I get nothing back, fair enough",
    "my gran takes my card to put money in my savings account so i get nothing till christmas",
    "he better watch his back in the derby, I know his form",
    "the other candidates better watch their back, i know their times",
    "gonna jump start him this morning, car wouldn't start",
    "they are gonna jump him after school, my son is scared",
  ])('%j is not read as crisis', (text) => {
    expect(applyRules(text).crisis.size).toBe(0);
  });
});

describe('concern said in a word or two to the coach', () => {
  it.each([
    ["im just thick", "feels worthless"],
    ["probably cos i am too thick", "feels worthless"],
    ["about 2 out of 10 today", "low mood"],
    ["maybe a 1 or 2", "low mood"],
    ["barely 1 hour sleep", "not eating or sleeping"],
    ["had about 3hrs sleep again", "not eating or sleeping"],
    ["my insomnia has come back", "not eating or sleeping"],
    ["insomnias kicking in again", "not eating or sleeping"],
    ["proper miserable today", "low mood"],
    ["feeling grim tbh", "low mood"],
    ["honestly think i am losing it", "not coping"],
    ["slowly losing it ngl", "not coping"],
    ["what's the point, it's never going to work out anyway", "hopelessness"],
    ["meh. it won't help anyway", "hopelessness"],
    ["vodka helps tbh", "drinking or drugs to cope"],
    ["a few cans gets me through", "drinking or drugs to cope"],
    ["could happily throttle the bus driver lol", "joked about hurting someone"],
    ["wanna slap the woman at the agency 😂", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expectAssessed(text, 'concern', reason);
  });

  it.each([
    ["im thick skinned, good for customer service", "feels worthless"],
    ["i am thick set, need xl hi vis", "feels worthless"],
    ["3 out of 10 applications got a reply", "low mood"],
    ["got a 2 or 3 in maths", "low mood"],
    ["sleep training the baby, 2 hours so far", "not eating or sleeping"],
    ["the sleep clinic is 2 hours away", "not eating or sleeping"],
    ["my flatmates insomnias back so shes baking at 2am lol", "not eating or sleeping"],
    ["my sons insomnias back", "not eating or sleeping"],
    ["wifi down", "low mood"],
    ["crap lol", "low mood"],
    ["losing it lol, that video", "not coping"],
    ["lol im losing it", "not coping"],
    ["the printer won't work anyway", "hopelessness"],
    ["tried the app, it wont work anyway, the link is broken", "hopelessness"],
    ["wine helps with the gravy", "drinking or drugs to cope"],
    ["a glass of wine helps me unwind at the weekend", "drinking or drugs to cope"],
    ["want to hug the lady at the jobcentre", "joked about hurting someone"],
    ["wanna smack the ball over the fence", "joked about hurting someone"],
  ])('%j is not read as %j', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
    expect(assessRisk(text).reasons).not.toContain(reason);
  });
});
