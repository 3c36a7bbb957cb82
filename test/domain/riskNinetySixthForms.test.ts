// Safeguarding and danger said sideways (src/domain/risk/sidewaysSafeguardingPatterns.ts): a partner in
// my email and a channel to keep to, ring while he is at football so I can talk, he vets the jobs for
// men on the team, he deletes messages from my friends, he snapped my glasses and took my phone, I
// will take the kids and he will never find us, the one who snitched will be limping, his address
// found and a visit with a hammer, the couch gone tonight and walking the streets, gutted the bus did
// not crash, not being here for the pension hopefully, switching myself off for good, always the
// other way out, the fast train does not stop here, debts cleared and amends made and loose ends
// tied, making myself sick after meals because I deserve it; no goals anymore, the bin bag nobody
// wanted, weeks without a word, a brain too frazzled for the form, the black dog is back, the bloke
// in the queue close to being on the news. Our own examples, with look-alikes of our own: a
// dyslexic's husband reading emails, a toddler's nap, proofreading, spam, a dropped phone, hide and
// seek, leg day, a plumbing job, a new sofa, falling prices, moving abroad, switching off from work,
// the fire exit, commuting, closing my cafe, nerves, a goal reached, bin day, a silent retreat, ideas,
// the weather, a TV crew, and a sister's husband.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said sideways', () => {
  it.each([
    ["Please don't email my Gmail any more, my husband checks it. Only use this number.", "coercive control"],
    ["My boyfriend goes through my messages, so never text my phone, only ring the landline.", "coercive control"],
    ["Call me Thursdays after 7, that's his football and I can talk properly.", "coercive control"],
    ["I can only really speak when he's at work, so afternoons are best.", "coercive control"],
    ["My partner checks every job advert first and if there are blokes on the shift it's not allowed.", "coercive control"],
    ["He has to approve every application, and if there are other men in the office it's a no.", "coercive control"],
    ["My fella deletes all the texts from my friends before I see them.", "coercive control"],
    ["She blocks any numbers from my family on our phone.", "coercive control"],
    ["My stepdad snapped my glasses then took my phone off me.", "abuse or violence"],
    ["He smashed my phone so I couldn't call anyone for help.", "abuse or violence"],
    ["He'll regret this. I'm going to take the children and he will never find us.", "harm to someone else"],
    ["I'll just grab the kids next weekend, she can't trace us after that.", "harm to someone else"],
    ["Got unfinished business with the lad who snitched, he'll be limping for months.", "harm to someone else"],
    ["Sorting the bloke who ripped me off tonight, he'll be eating through a straw.", "harm to someone else"],
    ["Worked out where he lives now, paying him a little visit with a crowbar.", "harm to someone else"],
    ["Tracked down her home address and I'm turning up on her doorstep with a bat.", "harm to someone else"],
    ["Looked up his home address haha, paying him a visit with the hammer Saturday.", "harm to someone else"],
    ["The couch at my cousin's is finished as of today, no idea where I'll go, probably walk around all night.", "no safe place, food or power tonight"],
    ["My spare room stay has ended tonight so it's sleep in the car I suppose.", "no safe place, food or power tonight"],
    ["The bus skidded on the motorway and I was gutted it didn't crash.", "wishes to be dead"],
    ["Bad turbulence on the flight, part of me hoped the plane would go down.", "wishes to be dead"],
    ["Pension planning? Hopefully not being here by then.", "wishes to be dead"],
    ["Where do I see myself in ten years? Not being around for it, with any luck.", "wishes to be dead"],
    ["I just want to shut myself down permanently, not sleep, gone.", "wishes to be dead"],
    ["Wish I could turn myself off and not wake up.", "wishes to be dead"],
    ["Another no today. At least there's always the final way out.", "thoughts of suicide"],
    ["Every knock back I remind myself there is a permanent way out.", "thoughts of suicide"],
    ["Figured it out, the fast train never stops at our station.", "a plan to end their life"],
    ["Decided. The 9 15 freight doesn't slow down through the crossing.", "a plan to end their life"],
    ["Cleared my last bills and made my peace with my brother. Wrapping things up now.", "preparing to end their life, or a past attempt"],
    ["Apologised to everyone I owed and paid off my loans, tying up loose ends.", "preparing to end their life, or a past attempt"],
    ["I've been making myself sick after every meal, I don't deserve food.", "self-harm"],
    ["Hardly eating and keep making myself sick, punishing myself.", "self-harm"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "My wife has the password to my email as she helps me with it, only use this number for calls please.",
    "Don't use my old email, it got hacked and he said it's spam now, only this number please.",
    "Only ring after 2, that's his nap and I can actually talk.",
    "That's her school run so I can talk then.",
    "My husband reads every job advert first for typos, if there's a spelling mistake it's a no.",
    "He blocks any messages from spam numbers on my phone, handy.",
    "My son smashed my phone and stood on my glasses by accident, kids eh.",
    "I'll take the kids to the park, she'll never find us in hide and seek.",
    "Leg day with the lad who snitched on my diet, he'll be walking funny for a week.",
    "Found his home address for the boiler job, paying him a visit with my tool bag tomorrow.",
    "The new sofa is delivered tonight, the old one is done, I'll walk about the shops while they fit it.",
    "Gutted the prices on the train didn't go down this year.",
    "Five year plan? Not being here in this town hopefully, moving abroad.",
    "Wish I could switch off from work for good on holiday.",
    "There's always the other exit, the fire exit by the car park.",
    "Worked it out, the express doesn't stop at ours so I have to change at Crewe for the interview.",
    "Paid off the shop debts and said sorry to customers, closing up shop on my cafe for good.",
    "Made myself sick with nerves before the interview, I deserve a treat now.",
    "My sister's husband deletes any messages from her friends, what should she do?",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said sideways', () => {
  it.each([
    ["My goals? Not sure I have any anymore.", "hopelessness"],
    ["Dream job? I don't think I've got a dream anymore.", "hopelessness"],
    ["Feeling like the bin bag nobody wanted.", "feels worthless"],
    ["I feel like lost property that everyone forgot.", "feels worthless"],
    ["I can go a whole week without saying a single word.", "feels alone"],
    ["Weekends are the hardest, not speaking to a soul till Monday.", "feels alone"],
    ["My brain was so fried I couldn't even start the application.", "not coping"],
    ["Head felt so foggy that I could not answer the questions on the screen.", "not coping"],
    ["Grim fortnight mood wise.", "low mood"],
    ["The black dog has come back, like a grey cloud sitting on me.", "low mood"],
    ["The bloke in the queue pushing in was this close to being on the local news.", "joked about hurting someone"],
    ["That lad revving his car at 6am was so close to ending up in the papers.", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ["Goals? Not sure I have any anymore, smashed it this year.", "hopelessness"],
    ["Feel like the rubbish the council forgot to collect again.", "feels worthless"],
    ["I went three days without saying a word on a silent meditation retreat.", "feels alone"],
    ["Weekends are the worst for shifts, nobody wants them.", "feels alone"],
    ["My head was so full of ideas I couldn't finish the form, excited!", "not coping"],
    ["The low pressure is back, rain all week says the forecast.", "low mood"],
    ["The kid was this close to being on the news, the TV camera crew was right there.", "joked about hurting someone"],
    ["My dad goes days without saying a word to anyone.", "feels alone"],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
