// A plain mix of job seekers across the UK and Ireland, the risk said plainly in everyday words or half
// hidden in a week's news (src/domain/risk/plainMixOldScarsDoneTryingAndWithheldNumbersPatterns.ts):
// punched in the face by my stepdad; I'll do it tomorrow night, just need to see the kids first; when
// am I doing it, on Friday, it's all planned; picking at the cuts on my arms so they never heal; wishing
// I was dead, with a laugh or without; taking something into the jobcentre and they'll remember it;
// nearly lobbing the boss off the balcony; not felt like doing anything, staring at the ceiling; "flat
// today, soz, nothing to report"; 12 grand on cards and the calls never stop; tried everything, done
// trying.
// Our own examples, with look-alikes of our own: kicked in the ribs at football or by the baby, going to
// do the CV this week, throwing the plan out the window, opening up old wounds in therapy, dead tired,
// cringing so hard I wished I was dead, bringing cakes people will remember, felt like doing nothing with
// the flu, low on battery, a job that pays 9 grand more a year, recruiters ringing, done trying on suits.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said plainly in everyday words', () => {
  it.each([
    ["Got punched in the face by my stepdad last night, eye's swollen.", "abuse or violence"],
    ["Was slapped across the face by my boyfriend again, can't face the interview.", "abuse or violence"],
    ["I'll do it tomorrow night. Just need to see the kids one last time first.", "a plan to end their life"],
    ["I'm going to do it on Friday, it's all planned.", "a plan to end their life"],
    ["When am I going to do it? On the 3rd, after payday. It's decided.", "a plan to end their life"],
    ["Been picking at the cuts on my arms again so they never heal.", "self-harm"],
    ["I keep reopening the scars on my thighs, they bleed every night.", "self-harm"],
    ["Still wishing I was dead most mornings haha anyway CV attached", "wishes to be dead"],
    ["I wish I was already dead, sorry.", "wishes to be dead"],
    ["Taking something into the jobcentre on Monday and they're all going to remember it.", "harm to someone else"],
    ["I'm bringing something to the office party so everyone will remember the day.", "harm to someone else"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "Got kicked in the ribs at football by my brother's mate, bruised but fine.",
    "Kicked in the ribs by the baby all night, 34 weeks now!",
    "Got hit in the face by my brother with a ball in the garden.",
    "I'm going to do it this week, the CV I mean, just need to finish the course first.",
    "When will I do it? After the course on the 20th, the application is sorted.",
    "Therapy keeps opening up old wounds and scars from my childhood, it's hard but helping.",
    "Keep picking at my eczema scars, they never heal in winter.",
    "So dead tired, wishing I was in bed.",
    "That interview was so cringe I wished I was dead lol",
    "I'm bringing something to the jobs fair and people are going to remember me.",
    "Bringing cakes to the jobs fair tomorrow, people are going to remember it!",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said plainly in everyday words', () => {
  it.each([
    ["Laptop froze again, nearly lobbed my flatmate off the balcony 😂", "joked about hurting someone"],
    ["If the recruiter ghosts me once more I'm going to throw him out the window lol", "joked about hurting someone"],
    ["Not felt like doing anything this week, just sat on the sofa staring at the ceiling.", "low mood"],
    ["Haven't had the energy to do anything, lying in bed with the tv on, not really watching it.", "low mood"],
    ["flat today, soz. nothing to report", "low mood"],
    ["Feeling pretty down, sorry, not a lot done this week.", "low mood"],
    ["I owe about 12 grand on cards and the phone never stops ringing.", "money worries"],
    ["The arrears are 3 thousand in total now and withheld numbers calling all day.", "money worries"],
    ["Tried every agency in town, still nothing. I'm about done trying.", "hopelessness"],
    ["Hundreds of applications and nothing back. Might as well give up.", "hopelessness"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "Nearly threw the plan out the window when the bus was late.",
    "Wanted to throw my laptop out of the window, the wifi is rubbish.",
    "Had the flu, not felt like doing anything, sat on the sofa all week.",
    "Didn't fancy doing much on the heatwave weekend, sat in the garden with the telly on.",
    "low on battery sorry, nothing to report",
    "Down the road sorry, nothing much to report though.",
    "The new job pays 9 grand more a year, recruiters ringing nonstop!",
    "Citizens advice role pays 25 grand a year, phone keeps ringing with agencies.",
    "Tried everything to fix the laptop, still nothing, done trying, off to the library.",
    "Tried all the suits on, still nothing fits, done trying on for today.",
  ])('%j is no finding of the rules', (text) => {
    const found = applyRules(text);
    expect([...found.crisis, ...found.concern]).toEqual([]);
  });
});
