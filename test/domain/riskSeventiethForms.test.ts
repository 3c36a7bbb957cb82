// A plain mix (src/domain/risk/quietGoingsSofaNightsAndShotNervesPatterns.ts): content just to slip
// away, their own funeral feeling like a rest, thinking they should just end it, saving up tablets
// or getting them without the chemist knowing, a last session and "that is when", hospital after
// taking too many, giving things away while people think they are moving, making someone suffer
// while following them, running someone down "i mean it", told they cannot stay on a sofa tonight,
// days on water alone; the booze getting them through, a court summons over an unpaid bill, sleep
// wrecked, nerves in shreds at the post. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in a plain mix', () => {
  it.each([
    ["Honestly I'd be content to just slip away now, nothing left for me.", 'wishes to be dead'],
    ["I'm ready to just go peacefully tbh, what's the point of the forms", 'wishes to be dead'],
    ["I keep imagining my own funeral and it honestly feels like a relief.", 'wishes to be dead'],
    ['Been thinking about my death a lot, it does not even seem scary, looking forward to it.', 'wishes to be dead'],
    ['Kept thinking on the bus home maybe I should just end it all.', 'thoughts of suicide'],
    ['all i can think about was perhaps i might as well finish it', 'thoughts of suicide'],
    ["I've been saving up my sleeping pills in a drawer.", 'thinking about a way to end their life'],
    ['how do i get extra codeine without the doctor knowing', 'thinking about a way to end their life'],
    ['Friday, after our final session. That will be the day.', 'a plan to end their life'],
    ['Ended up in hospital last night after I swallowed too many, sorry I missed the call.', 'preparing to end their life, or a past attempt'],
    ['i took too many tablets on saturday and nobody knows', 'preparing to end their life, or a past attempt'],
    ["Gave all my records away to my cousin, everyone reckons I'm decluttering.", 'preparing to end their life, or a past attempt'],
    ['Giving my tools to the lads at work, won\'t need them where I am going.', 'preparing to end their life, or a past attempt'],
    ["I'm going to make my ex suffer. I know where she lives now.", 'harm to someone else'],
    ["Gonna make the manager pay for what he did, been sat outside his house for days.", 'harm to someone else'],
    ["I'll knock the supervisor down in the car park, not joking.", 'harm to someone else'],
    ['Next time I bump into my old landlord I am going to batter him, I am serious.', 'harm to someone else'],
    ["Been couch surfing for weeks and now he's told me I can't sleep there tonight.", 'no safe place, food or power tonight'],
    ["I'm homeless and my cousin said I have to leave tonight.", 'no safe place, food or power tonight'],
    ["Haven't eaten for four days, only tap water.", 'no safe place, food or power tonight'],
    ["Not had any food in a couple of days, I'm skint till Monday.", 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "If they offer me a redundancy package I'd be happy to just go quietly.",
    "Don't make a fuss at my leaving do, I'd be happy to slip away early.",
    "I've been planning my own funeral with the co op, it feels like a relief to have it sorted.",
    "Thinking I should just finish it tonight, the cover letter I mean.",
    'Wondering if I should just end it with my boyfriend, he never texts back.',
    'Can I get my prescription without the pharmacy asking for ID?',
    'Last bus is at 11, that is when.',
    'Monday after my last exam, that is when I start at the warehouse.',
    'Took too many shots at the hen do and ended up in A&E lol',
    'My brother took too many of his tablets and went to hospital, he is fine now.',
    "Giving my clothes away to the charity shop, my mum thinks I'm moving but I'm not.",
    "Gonna make my old boss regret it by smashing it at my new job and posting on LinkedIn.",
    'In the game you run him over with a tractor, I mean it, it is hilarious.',
    "My mate said I can't stay tonight cos his girlfriend is over, so I'm going home.",
    "Haven't eaten in three days after the operation, just water and tea.",
    'My son has been fasting for Ramadan, only water, for days.',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern in a plain mix', () => {
  it.each([
    ['The vodka has been doing most of the heavy lifting this month.', 'drinking or drugs to cope'],
    ['Weed is the only thing getting me through at the minute.', 'drinking or drugs to cope'],
    ["I've had a summons from the county court over council tax I owe.", 'money worries'],
    ['Got a warrant letter about the unpaid parking fines, no idea how to pay.', 'money worries'],
    ['My sleep is all over the place, up at 3 every night.', 'not eating or sleeping'],
    ['My body clock has been wrecked since I lost the job.', 'not eating or sleeping'],
    ['My nerves are in shreds these days.', 'not coping'],
    ['I feel sick every time the letterbox goes, brown envelopes mostly.', 'not coping'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'The wine is doing the heavy lifting in this stew recipe.',
    'I got a letter about jury service at the magistrates, can I still do the course?',
    'Applied for a court usher role at the magistrates, the old one left with arrears of paperwork unpaid.',
    'My sleep is shot with the new baby, but we are managing.',
    'My nerves were shot before the interview but it went fine.',
    'My nerves are shot before the driving test tomorrow haha.',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['drinking or drugs to cope', 'money worries', 'not eating or sleeping', 'not coping']) expect([...concern]).not.toContain(reason);
  });
});
