// Risk as one quiet clause in a long weekly update (src/domain/risk/longWeeklyUpdatesQuietClausesPatterns.ts):
// no point still being here, swapping places with someone in a coffin, an arm glued after going too
// deep; nothing I do ever works, a future like a brick wall, falling at the next hurdle like always,
// never working again, what am I good for, nothing to show for myself, codeine from different chemists,
// drinking carried on all week, somewhere to find by a month, days in temporary accommodation up, a
// thing sold to pay the gas, a bill off to the collectors, eating out the window, not a word said to
// anyone, christmas alone again, not out of the flat, crying in the middle of the shop, pulling myself
// together, feeling pretty low, tearful, the black dog, not going to harm myself but not great, a coach
// buried under the pitch. Our own examples, with look-alikes of our own: meetings, vampires, diving and
// tattoos, printers and cakes, the company's future, karaoke, lottery wins, pub quizzes, a friendly
// reference, back pain, the rain, a wedding venue, holidays, upgrades, christmas treats, laryngitis, the
// flu, a car broken down, a toddler's tantrum, funerals and graduations, a rescue dog, a film, a pet.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis as one clause in a weekly update', () => {
  it.each([
    ["Four applications done. Honestly I cannot see the point in still being alive. Group on Friday?", "wishes to be dead"],
    ["Did the CV course. I don't really see any point of still being around. See you Monday.", "wishes to be dead"],
    ["Applied for the warehouse job. Some days I would trade places with anyone in the ground. Interview Tuesday.", "wishes to be dead"],
    ["Job search logged. I'd swap places with somebody in a grave without thinking about it.", "wishes to be dead"],
    ["Monday is fine. My arm got stitched on Friday because I cut too deep. Applications are up to date.", "self-harm"],
    ["Had my forearm glued at the walk-in centre, I told the nurse it was an accident with a tin. Did three apps.", "self-harm"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "I don't see the point of still being here at the office after six, so I leave on time.",
    "I don't see the point in still being here for the training day if it's cancelled.",
    "In the vampire film he swaps places with someone in a coffin, great twist lol.",
    "The magician's trick was to swap places with someone in a coffin on stage.",
    "Went diving last weekend and my arm got stitched after I went too deep onto the rocks.",
    "My brother had his arm stitched and told them it was an accident.",
    "Got my wrist tattoo touched up, the artist went too deep and it was dressed after.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern as one clause in a weekly update', () => {
  it.each([
    ["Sent the CV to six more places. Nothing I try ever works. Speak Thursday.", "hopelessness"],
    ["Did the course, but nothing I send ever makes a difference. See you next week.", "hopelessness"],
    ["Applied for two cleaning jobs. My future just looks like a dead end right now.", "hopelessness"],
    ["Got the interview but the future feels like a black hole honestly.", "hopelessness"],
    ["Second interview next week, I'll only go and blow it like I always do.", "hopelessness"],
    ["Got an interview at the garage, I'm bound to mess it up as usual.", "hopelessness"],
    ["I'm beginning to think I'll never get a job again. Anyway, apps done.", "hopelessness"],
    ["Did my hours. Honestly think I'm never going to work again.", "hopelessness"],
    ["Turned down by the bakery too. What use am I? Did two more anyway.", "feels worthless"],
    ["Forty years old and can't hold down a shift, what am I even good for.", "feels worthless"],
    ["I'm 40 with nothing to show for my life. Library on Monday.", "feels worthless"],
    ["The recruiter called my experience empty. Sums me up really.", "feels worthless"],
    ["Been getting co-codamol from several pharmacies so nobody asks. Did my search.", "drinking or drugs to cope"],
    ["The wine takes the edge off the day, I know. Two applications done.", "drinking or drugs to cope"],
    ["Went out drinking Friday and kept going the whole weekend. Missed job club.", "drinking or drugs to cope"],
    ["I've been drinking most nights because it's easier than facing the post.", "drinking or drugs to cope"],
    ["My landlord is selling up so I have to find a room by March. Did my apps.", "may lose their home"],
    ["Dad's new partner wants me out, I need to find somewhere to live before Christmas.", "may lose their home"],
    ["I'm in emergency accommodation and my 14 nights run out next week. Interview Monday.", "may lose their home"],
    ["The hostel say I have to leave by the 30th. Did the search at the library.", "may lose their home"],
    ["Pawned my ring so I could pay the rent this month. Four apps done.", "money worries"],
    ["Had to sell the kids' bikes to cover the gas bill. Applied for two jobs.", "money worries"],
    ["The water company want it paid this week or the debt goes to bailiffs. Did my search.", "money worries"],
    ["The loan people say pay by Monday otherwise it will be passed to a debt collection agency.", "money worries"],
    ["Appetite has gone completely to pot, I'm not really eating. Did the course.", "not eating or sleeping"],
    ["Living on a bowl of cereal once a day if that. Three apps.", "not eating or sleeping"],
    ["I have not spoken to a soul since Friday. Did my search.", "feels alone"],
    ["I realised I had barely said a word to anyone for days. Library tomorrow.", "feels alone"],
    ["New year will be just me again. Applied for temp work.", "feels alone"],
    ["My birthday is going to be on my own like every year. Did four apps.", "feels alone"],
    ["Missed job club because I couldn't drag myself out of bed. Sorry.", "not coping"],
    ["I just couldn't force myself out the door for the course. Two apps done.", "not coping"],
    ["Burst into tears in the middle of Asda on Tuesday. Did my apps after.", "not coping"],
    ["Had a panic attack in front of everyone at the jobcentre. Interview next week.", "not coping"],
    ["Interview Thursday, if I can hold myself together.", "not coping"],
    ["Feeling really low this week. Did my applications.", "low mood"],
    ["Been feeling so flat lately, but the apps are done.", "low mood"],
    ["Been a bit tearful this week. Library session done.", "low mood"],
    ["I'm so tearful lately, don't know why. Four apps.", "low mood"],
    ["Black dog weekend, did what I had to. See you Tuesday.", "low mood"],
    ["The black dog has come back this month. Applications done.", "low mood"],
    ["You asked about hurting myself. I'm not going to, but I have been struggling. Four apps.", "spoke of harm, then said they would not"],
    ["The form asks about harming myself. I will not, though things are rough. Did my search.", "spoke of harm, then said they would not"],
    ["The ref was a joke again, I'll bury him under the penalty spot. Four apps done.", "joked about hurting someone"],
    ["If my neighbour plays that music again I'm burying him under the patio. Did my search.", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ["Nothing I send ever goes anywhere, the printer queue is stuck again.", "hopelessness"],
    ["Nothing I bake ever works lol, the cake sank again.", "hopelessness"],
    ["The future of the company looks bleak, so I'm glad I left.", "hopelessness"],
    ["I'll mess up the karaoke like always, can't wait.", "hopelessness"],
    ["If I win the lottery I'll never work again.", "hopelessness"],
    ["I'll never work again in retail, I'm moving into admin.", "hopelessness"],
    ["What am I good for in the pub quiz team? Geography, apparently.", "feels worthless"],
    ["What good am I going to do at the open day? I'll go anyway.", "feels worthless"],
    ["My reference says I'm reliable and friendly, sums me up.", "feels worthless"],
    ["Spent all day on the form and nothing to show for it, the site crashed.", "feels worthless"],
    ["Getting codeine from the chemist for my back, it takes the edge off the pain.", "drinking or drugs to cope"],
    ["A hot coffee takes the edge off everything in the morning.", "drinking or drugs to cope"],
    ["Drank plenty of water and the rain carried on all week.", "drinking or drugs to cope"],
    ["We need to find a venue by June for the wedding, the landlord of the pub said no.", "may lose their home"],
    ["Booked a hotel for the course, my nights are up on Friday and I fly home.", "may lose their home"],
    ["Sold my old phone to pay for the upgrade.", "money worries"],
    ["Sold my bike so I could afford the holiday.", "money worries"],
    ["My appetite went out the window at Christmas, all the treats.", "not eating or sleeping"],
    ["My toddler's eating has gone to pot, toast once a day if that.", "not eating or sleeping"],
    ["I haven't said a word since Monday because of laryngitis.", "feels alone"],
    ["Christmas will be on my own again and honestly it's bliss.", "feels alone"],
    ["I couldn't get myself out of bed with the flu.", "not coping"],
    ["My toddler had a tantrum in the middle of Tesco, crying in front of everyone.", "not coping"],
    ["Car broke down in the middle of the high street, typical.", "not coping"],
    ["I was tearful at my son's graduation, so proud.", "low mood"],
    ["Feeling pretty low on printer ink, need to buy more.", "low mood"],
    ["We adopted a black dog from the rescue, walks every day.", "low mood"],
    ["I told the nurse I'm not going to hurt myself, I'm good.", "spoke of harm, then said they would not"],
    ["We had to bury her under the apple tree, RIP to the best cat.", "joked about hurting someone"],
    ["Going to bury them under the allotment, the tulip bulbs.", "joked about hurting someone"],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
