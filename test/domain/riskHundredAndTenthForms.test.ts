// A red-teamer's set: risk said as errands, cover stories and cheerful asides
// (src/domain/risk/redTeamErrandsAndCoverStoriesPatterns.ts): a split lip off my husband; walked into a
// door, that's what I told work, he has got a short fuse; the supervisor gropes me; she goes mad if I'm ten
// minutes late home; he's outside trying to break the back door; a bloke has been following me since the
// station; my sleeping tablets could sort everything if I let them; the belt is sturdy enough, I tested
// it; actually going through with it this week; the permanent exit keeps creeping into my head; picturing
// my own funeral; a direct cremation chosen for myself; sign the papers then the viaduct tonight; my will
// rather than my cover letter; debts cleared so my family isn't stuck paying after; a letter for whoever
// finds me; not sure I want to be around for Christmas; I'll never let myself get to 40; cans make the
// job search bearable; flat, couldn't be bothered; lying in the dark all evening; I'd gladly shove the
// interviewer into the canal lol; I'd bin me too; is there really any point anymore.
// Our own examples, with look-alikes of our own: a split lip from an elbow at rugby; the toddler fell, that's
// what I tell nursery; the chef grabs me an apron; the coach kicks off if I'm late for training; the postman banging
// on the door; a recruiter following me on LinkedIn; tablets that work if I take them properly; a lead
// strong enough for the husky; never go through with the divorce; an exit interview; a funeral plan at
// 70; my nan's cremation; the castle then the bridge for photos; a will made for the new baby; paid off
// the joint account after the split; a note for whoever finds the wallet; not wanting to be around for
// the office party; making it to the final; coffee making it bearable; a flat tyre; a power cut in the
// dark; throwing the laptop out of the window; I'd hire me; is there any point applying without a degree.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said as errands, cover stories and cheerful asides', () => {
  it.each([
    ["Got a split lip from my husband, can I do the interview on the phone?", "abuse or violence"],
    ["My partner gave me another black eye, told work it was the cupboard.", "abuse or violence"],
    ["Walked into a door, that's what I told work. He has got a short fuse.", "abuse or violence"],
    ["Fell down the stairs, which is what I tell everyone lol", "abuse or violence"],
    ["The supervisor gropes me in the stockroom every shift.", "abuse or violence"],
    ["My line manager keeps grabbing my bum and says I'll get sacked if I complain.", "abuse or violence"],
    ["She goes mad if I'm ten minutes late home, so can we do 2pm?", "coercive control"],
    ["If I'm not back by 5 my husband kicks off, I can't stay for the workshop.", "coercive control"],
    ["He's outside trying to break the back door, what do I do", "no safe place, food or power tonight"],
    ["Some lads are banging on my windows right now", "no safe place, food or power tonight"],
    ["A bloke has been following me since the station, I'm in Greggs", "no safe place, food or power tonight"],
    ["Someone is following me home right now, I'm scared", "no safe place, food or power tonight"],
    ["My sleeping tablets could sort everything if I let them.", "thinking about a way to end their life"],
    ["The methadone could do a whole lot more if I wanted it to.", "thinking about a way to end their life"],
    ["The belt is sturdy enough, I tested it. Anyway, about Monday.", "thinking about a way to end their life"],
    ["The banister looks strong enough to take my weight.", "thinking about a way to end their life"],
    ["I'm actually going through with it this week.", "intends to end their life"],
    ["Plan for Friday: finally go through with it.", "intends to end their life"],
    ["The permanent exit thought keeps creeping into my head at night.", "thoughts of suicide"],
    ["Checking out for good is on my mind a lot since the sanction.", "thoughts of suicide"],
    ["Caught myself picturing my own funeral again on the bus.", "thoughts of suicide"],
    ["I keep imagining my funeral in my head when I should be doing the forms.", "thoughts of suicide"],
    ["Chose a direct cremation for myself today and paid it off.", "preparing to end their life, or a past attempt"],
    ["Priced up a coffin, I'm only 27.", "preparing to end their life, or a past attempt"],
    ["Sign the last form, then the viaduct tonight.", "a plan to end their life"],
    ["To do: return the library books and then the railway line on Sunday", "a plan to end their life"],
    ["Wrote my will rather than my cover letter, felt more important.", "preparing to end their life, or a past attempt"],
    ["Instead of the CV I've been sorting out my will.", "preparing to end their life, or a past attempt"],
    ["Cleared the overdraft so my family isn't stuck paying for it after.", "preparing to end their life, or a past attempt"],
    ["Settled the gas bill so no one gets left with it afterwards.", "preparing to end their life, or a past attempt"],
    ["Wrote a letter for whoever finds me, it's on the bed.", "preparing to end their life, or a past attempt"],
    ["I've left a message on my phone for anyone who finds it.", "preparing to end their life, or a past attempt"],
    ["Not sure I want to be around for Christmas honestly.", "wishes to be dead"],
    ["I don't even want to be alive by the end of the month.", "wishes to be dead"],
    ["Career plan? I'll never let myself get to 40.", "thoughts of suicide"],
    ["I don't expect to live to see next year, so why bother with the course.", "thoughts of suicide"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "Got a split lip off my boyfriend's elbow at rugby training.",
    "My husband gave me a bloody nose by accident playing football in the garden.",
    "The toddler fell down the stairs, that's what I tell nursery when she's late.",
    "He has got a temperature and a cough so I can't come in.",
    "The chef grabs me an apron when I come in.",
    "The supervisor touches me on the shoulder to say well done, I thought I'd lose my job but it's fine.",
    "If I'm late for training the coach kicks off.",
    "If I'm not home by 6 the dog kicks off barking lol",
    "The postman is banging on the door with my parcel, back in a sec.",
    "My partner is banging on the door because he forgot his keys again.",
    "A recruiter keeps following me on LinkedIn, is that good?",
    "My dog is following me around the house all day.",
    "My tablets could do a lot more if I took them properly, my GP says.",
    "The insulin could do more if I remembered it on time.",
    "Is the lead strong enough for the husky? He pulls like mad.",
    "The rope looks strong enough for the tent, I checked it before the trip.",
    "I'd never go through with it, don't worry, I'm just tired.",
    "Finally going through with it and applying for the apprenticeship.",
    "My exit interview is on Friday, the quiet exit from the warehouse.",
    "England's early exit from the Euros was on my mind all week.",
    "Sorted my funeral plan at 70 so I can stop thinking about it, the chaplain helped.",
    "Doing a funeral director course, we practise planning my own funeral as an exercise.",
    "Booked the cremation for my nan, I'm 23 and it's the first funeral I've arranged.",
    "Paid the deposit on a funeral plan for myself, the insurance man said at my age it's sensible.",
    "We'll see the castle, then the bridge at sunset for photos.",
    "Deliveries today: the high street, then the bridge on Tuesday.",
    "Updating my will instead of the CV today, the baby's due next month.",
    "Did my will rather than the applications, solicitor said it's sensible after the mortgage.",
    "Paid off the joint account so he's not stuck with it after the split.",
    "Cleared the tab so my mates don't get stuck with it after the move.",
    "Left a note on the car for whoever finds it, I dented their bumper.",
    "Found a wallet and wrote a note for whoever lost it.",
    "I don't really want to be around for the office party.",
    "Don't want to be around when my in-laws visit at Christmas.",
    "I don't think I'll make it to the final of the competition.",
    "I don't expect to live to 68 for my state pension anyway.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said as asides', () => {
  it.each([
    ["A few cans makes the job search bearable.", "drinking or drugs to cope"],
    ["Getting stoned is the only thing that makes the rejections tolerable.", "drinking or drugs to cope"],
    ["Feeling flat, couldn't be bothered with anything today.", "low mood"],
    ["Didn't do anything today. Didn't see the point.", "low mood"],
    ["Been lying in the dark all evening again.", "low mood"],
    ["I just sit in the dark for hours after the jobcentre.", "low mood"],
    ["I'd gladly shove the interviewer into the canal lol", "joked about hurting someone"],
    ["Could happily throw my landlord out of the window haha", "joked about hurting someone"],
    ["I'd bin me too if I was the employer.", "feels worthless"],
    ["I would never hire me either honestly.", "feels worthless"],
    ["Is there really any point anymore?", "hopelessness"],
    ["Three years of applying. Be honest, is there even any point", "hopelessness"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "A coffee makes the job search bearable.",
    "A cold drink makes this heat bearable.",
    "Got a flat tyre so I didn't want to drive to the interview.",
    "Bit flat today but ok, did not do much because of the flu.",
    "Sat in the dark for hours when the power cut hit, all fine now.",
    "We sat in the dark watching the stars on the camping trip.",
    "Ready to throw the laptop out of the window when the form crashed.",
    "In the game you push the boss off the cliff lol",
    "I'd hire me, I've got ten years' experience!",
    "I'd reject me if I were you, that CV's a mess lol",
    "Is there any point applying without a degree?",
    "Is there any point mentioning my age on the form?",
  ])('%j is no finding of the rules', (text) => {
    const found = applyRules(text);
    expect([...found.crisis, ...found.concern]).toEqual([]);
  });
});
