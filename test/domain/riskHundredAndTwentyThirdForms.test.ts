// A second red-teamer's set: risk tucked inside questions about benefits, forms, appointments and job
// adverts, arrangements for other people, dialect, euphemism and one odd detail
// (src/domain/risk/formsRehomedPetsPackLimitsAndBeGoneGoalsPatterns.ts): not minding a stroke; better
// for everyone if a bus hit me; not renewing the passport, not planning on being around that long; a
// goal of not existing; if someone finds me cold, tell my sister; one last time so my family knows I
// tried; more paracetamol than the chemist allows, or saved for what I have planned; a new home for the
// rabbit, do not ask why; he picks up my calls and says I am out; somewhere to find by Friday; evenings
// lonely where I know no one; the first person who asked how I was in weeks; not good at anything; I
// would never act on it, the urge creeps in; letting his tyres down; hoping he steps on lego.
// Our own examples, with look-alikes of our own: a heart attack on a plate, a crash course, easier on
// the bus; moving to Leeds so no annual pass; be gone from universal credit; waking in time for the
// interview; proof for the work coach; hay fever tablets for the family; a puppy the baby is allergic to; a
// son who answers my phone while I shower; somewhere to park; twelve-hour shifts; my name spelt right;
// not good at anything until you have practised; never quitting, or selling the car; tyres down for the sand; hoping I do
// not stub my toe.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';

describe('crisis tucked into forms, arrangements and odd details', () => {
  it.each([
    ["Honestly I wouldn't mind a stroke at this point, would save me the jobcentre", "wishes to be dead"],
    ["I would not complain about an aneurysm tbh, the way this month is going", "wishes to be dead"],
    ["It'd be better for everyone if a bus just hit me on the way to the appointment", "wishes to be dead"],
    ["Would be a relief if I got run over on the walk to the jobcentre", "wishes to be dead"],
    ["Why would I sign up for a year's contract, I don't plan on being around that long", "wishes to be dead"],
    ["Not bothering renewing my passport, I won't be here that long anyway", "wishes to be dead"],
    ["No point buying the annual railcard, don't expect to be alive a whole year", "wishes to be dead"],
    ["My goal for this year? Not exist anymore.", "wishes to be dead"],
    ["Aim for the month: be gone. Put that on the action plan.", "wishes to be dead"],
    ["If someone finds me cold tomorrow, tell my sister the password is in the drawer", "wishes to be dead"],
    ["If I don't wake up, make sure my brother gets the tools, sorry", "wishes to be dead"],
    ["Applied for one last time so at least my family knows I tried", "preparing to end their life, or a past attempt"],
    ["Did the form for the last time so my kids can see I tried", "preparing to end their life, or a past attempt"],
    ["Do the chemists limit how many paracetamol you can get? I need way more than that", "thinking about a way to end their life"],
    ["Does Boots only let you buy two boxes? I'll need a lot more than two", "thinking about a way to end their life"],
    ["Saving up my sertraline for what I have planned", "thinking about a way to end their life"],
    ["How many co codamol would be enough to make sure, asking for me", "thinking about a way to end their life"],
    ["Can anyone take my cat for good from Friday? Please don't ask why", "preparing to end their life, or a past attempt"],
    ["Need a new home for my rabbit, won't be around after next week", "preparing to end their life, or a past attempt"],
    ["Please don't phone the house. My husband picks up all my calls and tells them I'm out", "coercive control"],
    ["She reads all my texts and says I'm busy if anyone rings, so email only please", "coercive control"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "Wouldn't say no to a heart attack on a plate, full English before the interview",
    "I wouldn't say no to a crash course in Excel",
    "I wouldn't mind a stroke of luck with this interview",
    "My dad had a stroke last year and wouldn't say no to help with his forms",
    "It would be easier if I got the bus to the interview",
    "Nearly got hit by a lorry on the way in, would be easier if I drove",
    "I won't be here that long, moving to Leeds in March so no point renewing the bus pass for a year",
    "Don't plan on being around that long, it's a fixed term contract, so no annual pass",
    "My goal is to be gone from universal credit by Christmas",
    "Aim for next year: be gone from this town and working",
    "My plan for Monday is to not wake up late for once, alarm set",
    "If I don't wake up in time for the interview, ring me",
    "If they find me in the morning at the library, tell them I'm doing applications",
    "Applied one last time so my work coach has proof I tried before the sanction",
    "Sent my CV for the last time so the agency has proof I tried, then I'm done with them",
    "Pharmacy only lets you buy 2 packs of hay fever tablets, I need more than that for the family",
    "Does the chemist limit paracetamol? Need more than that for my first aid kit at work",
    "Need more than 2 packs of nappies for what I have in mind, a nappy cake for the baby shower",
    "Rehoming our puppy because the baby turned out allergic, please don't ask why we didn't test first",
    "My friend is rehoming her cat and won't say why, should I worry?",
    "My son answers my phone when I'm in the shower and says I'm not in, cheeky",
    "He answers my phone at the office and says I'm in a meeting, he's my PA",
  ])('%j is not read as crisis', (text) => {
    expect(applyRules(text).crisis.size).toBe(0);
  });
});

describe('concern tucked into forms, arrangements and odd details', () => {
  it.each([
    ["Staying with my nan but she says I need to find somewhere by next Friday", "may lose their home"],
    ["Landlord says I've got till March to find a new place, no idea where", "may lose their home"],
    ["They're selling the flat I rent, I have to move out by the summer", "may lose their home"],
    ["Moved here for work, don't know anyone, evenings are really lonely", "feels alone"],
    ["Sundays feel endless, no one to talk to since I moved here", "feels alone"],
    ["The receptionist was the first person who asked how I was in weeks", "feels alone"],
    ["Only time anyone has talked to me all week was the bloke at the till", "feels alone"],
    ["I'm honestly not good at anything, what do I even write", "feels worthless"],
    ["Skills section: I'm really not any good at anything", "feels worthless"],
    ["Not that I would ever do it, but the thoughts keep popping up at night", "spoke of harm, then said they would not"],
    ["I'd never act on it, the urge just creeps in when things go wrong", "spoke of harm, then said they would not"],
    ["Manager moved my shift again, tempted to let his tyres down", "joked about hurting someone"],
    ["Next door blocked my drive again, gonna let their tyres down lol", "joked about hurting someone"],
    ["Hope that recruiter steps on lego barefoot every day", "joked about hurting someone"],
    ["Hope my old boss gets a paper cut on every finger haha", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expectAssessed(text, 'concern', reason);
  });

  it.each([
    ["I need somewhere to park by Friday for the new job, any ideas?", "may lose their home"],
    ["Got till June to find somewhere for the kids party, any venues?", "may lose their home"],
    ["We're selling the house we live in and buying a bigger one, so excited", "may lose their home"],
    ["I'm selling the flat I live in, any tips for viewings?", "may lose their home"],
    ["I need a room by Monday for my mum's visit", "may lose their home"],
    ["Weekends are so long on twelve hour shifts, don't know anyone on nights", "feels alone"],
    ["Sundays are quiet, on my own with a cuppa, bliss", "feels alone"],
    ["First time anyone said my name right in ages, it's spelt Siobhan", "feels alone"],
    ["The recruiter was the first person who rang me back in weeks, interview Tuesday!", "feels alone"],
    ["She says I'm not good at anything technical, but I'm great with people", "feels worthless"],
    ["My nan always said you're not good at anything until you've practised it", "feels worthless"],
    ["I'd never actually do it, quit without notice, but the thought pops up when he shouts", "spoke of harm, then said they would not"],
    ["I'd never do it, sell my car, but the idea comes up whenever money is tight", "spoke of harm, then said they would not"],
    ["Going to let the tyres down a bit for the sand at the beach", "joked about hurting someone"],
    ["Someone let my tyres down overnight, can I claim for the taxi?", "joked about hurting someone"],
    ["I hope I don't stub my toe again, it's still purple", "joked about hurting someone"],
    ["I hope my son never steps on lego barefoot like I did", "joked about hurting someone"],
  ])('%j is not read as %j', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
    expect(assessRisk(text).reasons).not.toContain(reason);
  });
});
