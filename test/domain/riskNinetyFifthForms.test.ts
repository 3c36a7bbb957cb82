// Replies typed into the coach's steps, reminders and weekly reviews
// (src/domain/risk/coachStepRepliesAndReviewsPatterns.ts): hoping I never reach 50, praying tonight is
// the end of me, wishing my body would give out; a plan for next year of not being around for it;
// thinking of ways out, not the job kind; googling how high the viaduct is, not for a course; hours
// on street view at the bridge instead of applying; not gone through with it yet, I will; my mind is
// made up, no one will hear from me; a time, a walk to the river and walking in; letters for my son
// so he has something of me; a bottle over his head, dead serious; a manager groping me and no
// shifts unless I go with him; no food for days and nothing till payday; a useless human, stop being
// so pathetic, not worth your time, everyone I knew has drifted off, "low. really low".
// Our own examples, with look-alikes of our own: grey hairs, the gym and the treadmill, moving to
// Spain, the fire exit, a lorry under the bridge, a hiking route, the application, a new job, a wild
// swim, a school project, a slap in a film, the toddler, Ramadan, a people person, a burden on the
// taxpayer, running late, a reunion, a meal that went down well.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis told beside an answer to the coach', () => {
  it.each([
    ["Skills to work on? Dunno. Secretly hoping I never make it to 50.", "wishes to be dead"],
    ["Honestly praying I don't see another Christmas.", "wishes to be dead"],
    ["Every night I lie down praying tonight is the end of me.", "wishes to be dead"],
    ["Review: no calls made. Mostly wishing my body would just give out.", "wishes to be dead"],
    ["Plan for next year is not to be around for it.", "wishes to be dead"],
    ["My resolution for the new year: not being here by then.", "wishes to be dead"],
    ["Spent the week thinking of exits, and not the job sort.", "thoughts of suicide"],
    ["Kept thinking about a way out, and I don't mean the job.", "thoughts of suicide"],
    ["Step done: googled how high the viaduct is. It wasn't for a course.", "thinking about a way to end their life"],
    ["Worked out how far down it is from the multi storey car park, not for work.", "thinking about a way to end their life"],
    ["Spent hours staring at the bridge on street view instead of applying for jobs.", "thinking about a way to end their life"],
    ["Half the night looking at the quarry on google earth, more than at the vacancies.", "thinking about a way to end their life"],
    ["Barriers? Only that I've still not gone through with it. I will this week.", "intends to end their life"],
    ["Never went through with it last time, but I will soon.", "intends to end their life"],
    ["I've made my peace. Nobody will hear from me after Friday.", "intends to end their life"],
    ["Mind is made up, you won't get an answer next week.", "intends to end their life"],
    ["Tomorrow after the appointment I'm going to head down to the canal and walk in.", "a plan to end their life"],
    ["Sunday night I'll go to the river behind the estate and keep walking.", "a plan to end their life"],
    ["Been writing letters for my son so he has something of me.", "preparing to end their life, or a past attempt"],
    ["Made voice notes for the kids so they can remember me.", "preparing to end their life, or a past attempt"],
    ["Next time I see that landlord it's a bottle over his head. Dead serious.", "harm to someone else"],
    ["He's getting a hammer to the face, not his car, I mean it.", "harm to someone else"],
    ["The manager at the car wash gropes me and won't give me shifts unless I go with him.", "abuse or violence"],
    ["My landlord touches me and says he won't let me keep my room unless I sleep with him.", "abuse or violence"],
    ["Not had anything to eat in four days and no money till payday.", "no safe place, food or power tonight"],
    ["Haven't eaten for two days, nothing left until the 3rd.", "no safe place, food or power tonight"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "Hoping I never see 40 grey hairs lol.",
    "Hoping I never see that bloke again.",
    "Hoping my heart doesn't give out on the treadmill at the gym.",
    "Wishing my heart would stop pounding before the interview.",
    "Plan for next year is not to be here, off to Spain with the kids!",
    "My goal for the summer is not being here in this town, moving to Leeds.",
    "Found the fire exit, not the emergency kind, the side door.",
    "Looking at exit strategies for my business, and not the job kind.",
    "Checked how tall the crane is, not for work, for my son's school project.",
    "Spent hours looking at the cliffs on google maps instead of job hunting, planning a hike.",
    "Still not gone through with the application, I will though.",
    "Still not gone through with it, the booking I mean, I will soon.",
    "My mind is made up, I'm taking the job, you won't hear from me at the next review.",
    "I've decided to go on holiday, you won't get a reply next week.",
    "After work I'll walk down to the lake and go in for a wild swim.",
    "Saturday I'm going to head to the river and jump in with the dog.",
    "Recording videos for my daughter's school project so she has something to show.",
    "My dad recorded videos for us so we can remember him.",
    "In the film he puts a brick through his head, not his window, deadly serious scene.",
    "A bottle to the head in the pub, someone threw it, not joking.",
    "The toddler grabs me and won't let me have my tea until I play with her.",
    "Haven't eaten in three days, fasting for Ramadan, nothing till sunset.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern told beside an answer to the coach', () => {
  it.each([
    ["Useless human, me. Interview went badly again.", "feels worthless"],
    ["I'm such a pathetic person, can't even ring a number.", "feels worthless"],
    ["Step one: stop being such a failure.", "feels worthless"],
    ["Need to stop being so useless, easier said than done.", "feels worthless"],
    ["Honestly I'm not worth your time.", "feels worthless"],
    ["Give my place to someone who actually matters.", "feels worthless"],
    ["Everybody I grew up with has drifted away.", "feels alone"],
    ["All my old mates have stopped messaging.", "feels alone"],
    ["Low. Really low.", "low mood"],
    ["Mood today: numb, just numb.", "low mood"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ["I'm a people person, not a rubbish person at all.", "feels worthless"],
    ["He is a useless person to ask about jobs.", "feels worthless"],
    ["I want to stop being a burden on the taxpayer and get back to work.", "feels worthless"],
    ["Tell him to stop being so pathetic about the spider.", "feels worthless"],
    ["Running late, I'm not worth waiting for, start without me.", "feels worthless"],
    ["Give my slot to someone who needs it, I got the job!", "feels worthless"],
    ["Everyone I used to know has moved away to London so I'm thinking of moving too.", "feels alone"],
    ["Everyone I went to school with moved on, big reunion next month though, excited.", "feels alone"],
    ["Down, just down the road from the jobcentre.", "low mood"],
    ["Flat just flat whites from now on lol.", "low mood"],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
