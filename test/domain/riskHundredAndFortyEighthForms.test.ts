// People leaving the forces, prison and ambulance work, the police, door work and driving
// (src/domain/risk/serviceLeaversLaybysPayoutsAndCrewRoomsPatterns.ts): do you ever think about killing
// yourself, because I do; I don't mean retirement; going once the gratuity comes through, at least they get the
// payout; the power cut off for days, sat in the dark; it's all planned, the flyover on sunday; tried with a
// hosepipe, the doors shut; the rifle under my chin; my husband in my indeed, turning jobs down as me; the
// foreman getting a hiding when I walk in; had a go, woke up in intensive care, nobody knows. And, for concern:
// a couple of slabs a week by myself; a suplex for the self checkout; whoever made the rota deserves the
// gallows; slipping into a funk; my mood's in the bin; miss the lads, the house is dead quiet.
// Our own examples, with look-alikes of our own: the same words in a first-aid course, a lottery win, a
// holiday with the gratuity, a power cut at the depot, the flyover on a delivery route, a car fixed in the
// garage, a glue gun and a nail gun, a partner proofreading because I asked, a site that is unsafe, A&E after a
// fall, crates of water, judo with the kids, sales in a slump, the mood in the office, a new team that is
// quiet. And the bare answers to the coach's own questions, which none of these sets may read.
import '../support/trainedModels.ts';
import { describe, it } from 'vitest';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_FORTY_EIGHTH_WHOLE_SETS } from '../../src/domain/risk/serviceLeaversLaybysPayoutsAndCrewRoomsPatterns.ts';
import { BARE_COACH_ANSWERS } from '../support/bareCoachAnswers.ts';

const SETS = HUNDRED_AND_FORTY_EIGHTH_WHOLE_SETS;
const half = Math.ceil(BARE_COACH_ANSWERS.length / 2);

describe('crisis said stoic by people leaving the forces, the services and driving', () => {
  it.each([
    ['do you ever think about killing yourself? cos I do, most nights', 'thoughts of suicide'],
    ['did you ever think about ending it all, as I have been lately', 'thoughts of suicide'],
    ["can't wait for the day I never have to wake up, and I don't mean the pension", 'wishes to be dead'],
    ['roll on the day I never wake up again', 'wishes to be dead'],
    ['going once the gratuity comes through, at least they get the payout', 'a plan to end their life'],
    ['doing it when the life insurance policy is sorted, the kids will get something from me', 'a plan to end their life'],
    ["power's been cut off for 4 days, sat in the dark, phone about to die", 'no safe place, food or power tonight'],
    ['gas has run out a couple of days now and it is freezing', 'no safe place, food or power tonight'],
    ["it's all planned. sunday, the flyover by the retail park, first thing", 'a plan to end their life'],
    ['decided the day. the viaduct, friday, at dawn', 'a plan to end their life'],
    ['worked it all out, the footbridge over the bypass on tuesday, after my shift so no one at work wonders', 'a plan to end their life'],
    ['tried with a hosepipe in the summer, doors shut, it didnt work', 'preparing to end their life, or a past attempt'],
    ['came close in march, the car running in the garage', 'preparing to end their life, or a past attempt'],
    ['still have the rifle in the loft. I know where to put it', 'thinking about a way to end their life'],
    ['keep thinking about the shotgun under my chin', 'thinking about a way to end their life'],
    ['my husband goes through my indeed and turned down two jobs pretending to be me', 'coercive control'],
    ['my ex still logs into my emails and deletes the interview invites', 'coercive control'],
    ['the foreman is going to get a hiding when I walk in on monday', 'harm to someone else'],
    ['a couple of them at the depot will get hurt when I get back there', 'harm to someone else'],
    ['had a go in the spring, woke up in intensive care. nobody knows', 'preparing to end their life, or a past attempt'],
    ['attempted in june, ended up in hospital, stomach pumped, now doing my CV as if nothing happened', 'preparing to end their life, or a past attempt'],
  ])('%j is read as crisis', (text, reason) => expectReadAs(SETS, text, 'crisis', reason));

  it.each([
    // The everyday uses of the same words.
    'have you ever thought about ending your contract early? because I have',
    "roll on the day I don't have to get up at 5 for the early shift",
    "can't wait for the day I don't have to get up for work, I mean the lottery win lol",
    'booking a holiday once my gratuity clears, at least the family get something out of me for once',
    "the power's been off for 3 days at the depot, freezing in the cab office",
    "it's all worked out: thursday, the delivery route over the flyover, first thing",
    'had a go at fixing the exhaust in the garage with the engine running, sounds better now',
    'tried the glue gun on the frames, got the right angle in the end',
    'my partner checks my applications for typos and deletes the double spaces, because I asked',
    "someone is going to get hurt on that site the way they run it, when I go in I'll raise it with safety",
    'tried it at the trampoline park, ended up in a&e with a broken wrist, nobody knows at the new job',
    ...BARE_COACH_ANSWERS.slice(0, half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});

describe('concern said stoic by people leaving the forces, the services and driving', () => {
  it.each([
    ['going through a couple of slabs a week by myself', 'drinking or drugs to cope'],
    ['necking 2 bottles of wine a night to get to sleep', 'drinking or drugs to cope'],
    ['about to give the self checkout a suplex', 'joked about hurting someone'],
    ['the portal is getting a drop kick if it crashes again', 'joked about hurting someone'],
    ['whoever made the new rota deserves the gallows', 'joked about hurting someone'],
    ['the genius who designed this form needs a court martial', 'joked about hurting someone'],
    ['slipping into a funk again', 'low mood'],
    ["my mood's in the bin this week", 'low mood'],
    ["miss the lads, the house is dead quiet", 'feels alone'],
    ['I miss the camaraderie. just me and four walls now', 'feels alone'],
  ])('%j is read as concern', (text, reason) => expectReadAs(SETS, text, 'concern', reason));

  it.each([
    'we get through 3 crates of water a day at the warehouse, it is too much to carry',
    'used to do 2 crates a weekend when I was in the army, not now',
    'put my nephew in a headlock at judo, the computer club is next',
    'got the printer a headlock at karate class lol, sorry, the kids got me a headlock in class',
    'whoever wrote this deserves a medal, the form is so clear',
    'sales are in a slump so the agency has fewer shifts',
    'the mood in the office is rubbish since the restructure',
    'miss the banter, the new team is dead quiet, on my own at lunch but settling in',
    'I miss the crew but the new office is nice and quiet',
    ...BARE_COACH_ANSWERS.slice(half),
  ])('%j is not read by these sets, nor as crisis', (text) => expectLeftAlone(SETS, text));
});
