// People outside cities (src/domain/risk/farmsSeaAndStoppingPlacesPatterns.ts): jealous of the old
// collie when she was put to sleep, hoping the boat sinks with them in it, the tractor running in the
// barn with the door closed, a shotgun and turning it on themselves, whether the sheep dip would work on
// a person, waded into the river and got dragged out, holding the barbed wire on purpose, punching
// their own leg when stressed, not turning the wheel at the drop, an axe in hand with the farmer
// outside, moved on with nowhere to pull in, the caravan out today and no fare home; who would take on
// a 61 year old, what does that make me after going under, wasting his time on me, pills that get you
// through the shift, the landlord wanting the house back, owing the feed merchant more than they
// earned, the mooring and the insurance unpaid, talking to the cat more than anyone, no bus no
// neighbours and cut off, whole days without a word, pulling in to breathe, thought of the cliffs then
// the kids, feeding the foreman to the pigs lol. Our own examples, and look-alikes.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis told by people outside cities', () => {
  it.each([
    ['When they put our old collie to sleep I was jealous of her, is that mad.', 'wishes to be dead'],
    ["Honestly I wouldn't mind if the boat sank with me in it, as long as the crew got off.", 'wishes to be dead'],
    ["I've thought about leaving the tractor running in the barn with the door closed.", 'thinking about a way to end their life'],
    ['Got the shotgun back from the repair shop and thought about turning it on myself.', 'thinking about a way to end their life'],
    ["There's sheep dip in the store, I wondered if it would work on a person.", 'thinking about a way to end their life'],
    ["There's a sharp corner by the quarry, I keep thinking about just not braking.", 'thinking about a way to end their life'],
    ['Last winter I waded into the river and a fisherman dragged me out. Nobody knows.', 'preparing to end their life, or a past attempt'],
    ['I hold the barbed wire on purpose till it hurts.', 'self-harm'],
    ['I punch my own leg when I get stressed, it has become a habit.', 'self-harm'],
    ["I've got the axe in my hand and the farmer is out in the field.", 'harm to someone else'],
    // "help" shut this set until it was narrowed to helping someone out: a cry for help is no look-alike.
    ["I've got the knife in my hand and the gaffer is in the yard. Help.", 'harm to someone else'],
    ['Police moved us on again and there is nowhere to pull in for miles, the baby is in the van.', 'no safe place, food or power tonight'],
    ['The caravan goes tonight with the job and I have no money for the fare home.', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'The vet put the old dog to sleep, my sister was jealous of how calm she went.',
    'The cat is spoilt rotten, sleeps on my bed all day, I envy her lol.',
    'I hope the ferry does not sink with me on it, the forecast is awful lol.',
    'Never run the engine in the garage with the doors shut, carbon monoxide.',
    "Got my shotgun licence renewed, all I can think is what I'd use it for, rabbits mostly.",
    'Does the flea spray for the dogs work on a person? I keep getting bitten.',
    "Walked into the sea for the new year dip, got pulled out by my mate as I'm a wimp.",
    'The kids dared each other to hold the electric fence for as long as they can.',
    'Hit my own thumb with the hammer again by accident, clumsy.',
    "I've got the shears in my hand and the boss is out in the yard, so I'll crack on with the hedge.",
    'They were moved on last year and there was no stopping place, it was on the news.',
    'The holiday cottage booking ends today at 10, no money left for a taxi so we will walk.',
    'In the game I keep not turning the wheel at the bend, mario kart is hard.',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern told by people outside cities', () => {
  it.each([
    ['Who would take on a 61 year old stockman these days.', 'hopelessness'],
    ['Three generations and the farm went under with me. What does that make me?', 'feels worthless'],
    ["The work coach is wasting his time on me, he should help someone else.", 'feels worthless'],
    ['The gangmaster sells pills that get you through a double shift, I am on them every day now.', 'drinking or drugs to cope'],
    ['The landlord wants the house back to sell. We have nowhere else.', 'may lose their home'],
    ['I owe the feed merchant more than I earned all year.', 'money worries'],
    ["Can't afford the mooring fees and the insurance this winter.", 'money worries'],
    ['I speak to the cat more than anybody these days.', 'feels alone'],
    ['No bus, no neighbours, proper cut off up here.', 'feels alone'],
    ['Whole weeks go by and I never say a word to anyone.', 'feels alone'],
    ['Had to pull in on the coast road, could not catch my breath.', 'not coping'],
    ['Thought about the cliffs for a moment then thought of my kids. I am fine.', 'spoke of harm, then said they would not'],
    ["If the foreman docks my pay again I'll feed him to the pigs haha", 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ['Who would take on a 12 year old collie, she needs a home.', 'hopelessness'],
    ['My sister had a baby girl, so what does that make me, an auntie!', 'feels worthless'],
    ['The call centre kept me on hold, wasting my time again.', 'feels worthless'],
    ['Coffee is the stuff that keeps me going on long shifts, on it all the time now.', 'drinking or drugs to cope'],
    ['We want the caravan back to normal after the grandkids leave.', 'may lose their home'],
    ['Owe the quiz team a round more than I made them lose lol', 'money worries'],
    ['Cannot pay the licence or the fees through the portal, it keeps crashing.', 'money worries'],
    ['No signal, no wifi, lovely peaceful break in the cottage.', 'feels alone'],
    ['Long days with nobody in the office are great, so productive.', 'feels alone'],
    ['Had to pull over in the fog, could not see a thing.', 'not coping'],
    ['Thought about the quarry job for a second then thought of my dog, I would miss her.', 'spoke of harm, then said they would not'],
    ['I will feed the scraps to the pigs tonight.', 'joked about hurting someone'],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
