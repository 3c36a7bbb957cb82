// Young people, street and internet slang (src/domain/risk/streetSlangNightBusesBladesAndFreshCutsPatterns.ts):
// things done to me while I was spiked or asleep, waking with my jeans off; a machete or a strap got for
// someone who has it coming; rushed or battered and they know where I live; went too deep and needed
// steri strips; kipping in the bus station tonight, sat in McDonald's all night; the olders or the
// dealer will stab me or break my legs if I do not pay; she reads everything I type; fresh cuts before
// an induction, cuts hidden under my sleeves; the only aim is not to kill myself, or not to cut myself;
// would not care if I got stabbed, a car would save me the hassle; doing it the night before the
// sentencing so I never face the judge; wanting to close my eyes for good; concern: the letting agent
// says they will evict me if the arrears are not cleared, months behind on rent or the mortgage, the
// hostel place running out with nowhere to go, I could headbutt someone lol, a grim few days mentally,
// a massive disappointment to my mum. Our own examples, with look-alikes of our own: a sharpie on a
// face, a nurse in A&E, a sister's night; a kitchen knife set, GTA, softball; a brother jumped,
// sparring, Fortnite; a mum who will kill me, being cut off, a barber; a son learning to read, an
// invigilator; interview questions, a TikTok rabbit hole, a tattoo; a fresh cut at the barber's,
// brambles, budget cuts; leg day, dying of boredom, overtime; shot down by employers, killed off in an
// episode, paintball; a statement done before the tribunal; a double shift, a child and a poem; falling
// asleep and missing my stop, a festival coach, a park with the lads; a card fee, out of pocket;
// coursework, the washing; a work placement and a course place; slapping myself, Fortnite; a tough week
// that went well, preparing for an interview; a let-down of a finale and a missed penalty.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('young people\'s crisis in street and online words', () => {
  it.each([
    ["Some guy touched me while I was asleep at the afterparty.", "abuse or violence"],
    ["I think someone did things to me when I was spiked at the club.", "abuse or violence"],
    ["I woke up with my jeans off at his mates flat and I can't remember anything.", "abuse or violence"],
    ["Getting myself a machete cos that lot from the other estate have got it coming.", "harm to someone else"],
    ["Need a strap, that guy needs teaching a lesson.", "harm to someone else"],
    ["Got battered outside the chicken shop and they said next time they'll finish the job.", "abuse or violence"],
    ["I got rushed by the ops last night and they know where I live now.", "abuse or violence"],
    ["The olders said they'll stab me if I don't shift the rest of the package.", "abuse or violence"],
    ["My dealer says he'll break my legs if I don't pay by Friday.", "abuse or violence"],
    ["Sorry for short replies, my boyfriend is reading my messages so I can't talk.", "coercive control"],
    ["She reads everything I type so keep it about jobs.", "coercive control"],
    ["Went a bit too deep last night, had to use steri strips.", "self-harm"],
    ["Cut too deep on my thigh again and it won't stop bleeding.", "self-harm"],
    ["I've got fresh cuts on my wrist and the induction is tomorrow.", "self-harm"],
    ["Wearing a hoodie to hide my cuts under my sleeves at the placement.", "self-harm"],
    ["Honestly most days my only aim is not to kill myself.", "thoughts of suicide"],
    ["Today the goal is just to not cut myself.", "self-harm"],
    ["Honestly I wouldn't even care if I got stabbed walking home.", "wishes to be dead"],
    ["If I got hit by a car tomorrow it would save me the hassle.", "wishes to be dead"],
    ["Gonna do it the night before the sentencing so I never have to face the judge.", "a plan to end their life"],
    ["I'm getting it done before the eviction so I don't have to go through that.", "a plan to end their life"],
    ["Just want to close my eyes for good.", "wishes to be dead"],
    ["I wish I could drift off and never wake up.", "wishes to be dead"],
    ["Kipping in the bus station tonight, hostel's full.", "no safe place, food or power tonight"],
    ["Sat in McDonald's all night cos I've got nowhere to go.", "no safe place, food or power tonight"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "My mates drew on my face with a sharpie when I was passed out lol.",
    "The nurse took my clothes off when I was unconscious in A&E to check for injuries.",
    "Someone did stuff to my sister when she was passed out, she's pressing charges.",
    "Got a new knife set for the kitchen, my flatmate needs to learn to wash up lol.",
    "In GTA I got a shotgun and went for revenge on the whole gang.",
    "Bought a baseball bat for the softball team, the coach says we need to learn the basics.",
    "My little brother got jumped and they said there's more coming, he's staying at ours.",
    "Got battered at sparring last night, coach says more to come next week.",
    "Got stabbed in Fortnite and the squad said there is more coming lol.",
    "My mum will kill me if I don't tidy my room.",
    "They'll cut me off if I don't send the form back.",
    "My barber said he'll cut me a fade if I don't mind waiting.",
    "My son is watching what I type, he's learning to read!",
    "The invigilator is watching what I type so I can't reply during the exam.",
    "My manager checks my screen at work so I can't message much.",
    "The interview questions went too deep into my last job, felt awkward.",
    "Went too deep into the TikTok rabbit hole last night instead of sleeping.",
    "The tattoo artist went too deep and it's bleeding loads.",
    "Got fresh cuts from the barber, looking sharp for the interview.",
    "My cuts from the brambles sting under my sleeves after the gardening job.",
    "Budget cuts mean fresh cuts to the youth centre hours.",
    "My goal at the gym is to not kill myself on leg day lol.",
    "The aim is not to die of boredom in the induction.",
    "The goal is not to kill myself with overtime this month.",
    "I wouldn't care if I got shot down by every employer, I'll keep applying.",
    "Wouldn't mind if I got killed off in the next episode lol.",
    "Paintball Saturday, I don't care if I get shot.",
    "Doing it before the tribunal so I don't have to face the stress, the statement I mean.",
    "After this double shift I want to go to sleep forever.",
    "My little one said she wants to sleep forever so she can skip school.",
    "The poem is about a girl who wants to sleep forever.",
    "Fell asleep on the night bus again and missed my stop lol.",
    "Sat in the bus station till morning waiting for the festival coach.",
    "Sat in the park all night with the lads after the match.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('young people\'s concern in street and online words', () => {
  it.each([
    ["Letting agent told me if the arrears aren't cleared by the 1st they'll evict me.", "may lose their home"],
    ["Housing officer says if I don't pay by Friday I'm out on the street.", "may lose their home"],
    ["Rent's three months behind and I keep ignoring the letters.", "money worries"],
    ["We're a couple of months behind on the mortgage since I lost my job.", "money worries"],
    ["My hostel place runs out at the end of the month and I've got nowhere to go.", "may lose their home"],
    ["The tenancy ends in March and I have no idea where I'll live.", "may lose their home"],
    ["This queue is so long I could headbutt someone lol.", "joked about hurting someone"],
    ["If the bus is late again I swear I will deck someone haha.", "joked about hurting someone"],
    ["Been a proper grim few days mentally.", "low mood"],
    ["Mentally I'm all over the place at the minute.", "low mood"],
    ["Feel like a massive disappointment to my mum.", "feels worthless"],
    ["I'm such an embarrassment to everyone.", "feels worthless"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "My landlord said if I pay by card I'm out of pocket for the fees.",
    "I'm two weeks behind on my coursework but the rent's paid.",
    "I'm two weeks behind on the washing, the rent's all sorted though.",
    "My work placement ends next month and I've got nothing lined up yet.",
    "The course place ends in June and there's nothing lined up after.",
    "I could slap myself for missing the deadline.",
    "In Fortnite I could box anyone.",
    "Tough week physically and mentally but I smashed the assessment.",
    "Mentally preparing for the interview on Monday.",
    "Not a bad week mentally, feel alright.",
    "The final episode was a massive let down.",
    "I felt like a let down to the team after missing that penalty lol.",
    "I am not a let down, I'm doing my best.",
  ])('%j is no finding of the rules', (text) => {
    const found = applyRules(text);
    expect([...found.crisis, ...found.concern]).toEqual([]);
  });
});
