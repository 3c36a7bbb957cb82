// A plain mix weighted to the hardest kinds (src/domain/risk/plainMixPastAttemptsAndTonightQuestionsPatterns.ts):
// a past attempt said in passing (tried and woke up in intensive care, since my attempt, tried once
// and someone found me, sectioned after the overdose), a lorry I hope does not brake, envying the
// dead, rather be gone now, picturing my own funeral, "it, you know, the thing", a bare day and
// "that's all I'm saying", not planning on making it to a birthday, a car signed over "more use for
// it than me", tablets almost saved, letters sealed in the drawer, dressings on the wrists, "I'm not
// actually clumsy", weeks of not harming myself and relapsed, knowing where the landlord lives "just
// saying", a lip still a mess from Friday, her hand was the wall, it gets violent, loud and then not
// just loud, hell to pay if I come in late, a night shelter or hostel for tonight, emergency credit
// running out, a doorway or car park overnight; out of the bedsit if no more hours, borrowing from
// one to pay off another, used to live for it and now nothing, a supervisor who needs a slap, a shoe
// to the head. Our own examples, with look-alikes of our own: theory tests, skiing, sourdough and
// keto, someone else's attempt or sectioning, a late bus, a driving test passed, an application to finish,
// a funeral plan paid up, a fourth film, a licence lost, chocolate and seeds, thank you notes,
// a netball sprain and a wrist support, ice, a CV dropped off, the dentist and a night out, a stunt, a
// rugby match and warehouse lifting, a party next door, a shift with pay docked, a volunteer shift
// and a youth hostel, credit topped up, an overnight coach, a new place, a borrowed ladder, a
// club sold, a rug and dough, a five a side.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said in passing, politely, in code or as a practical question', () => {
  it.each([
    ["The last time I tried, I woke up in intensive care, so that's the gap in 2019.", "preparing to end their life, or a past attempt"],
    ["When I took the tablets I ended up in A&E for two nights, that's why I left the café job.", "preparing to end their life, or a past attempt"],
    ["Had a go at it back in January and ended up in hospital, so I'm taking it slowly with work.", "preparing to end their life, or a past attempt"],
    ["Since my attempt in the spring I've found mornings hard.", "preparing to end their life, or a past attempt"],
    ["I don't know how to explain my suicide attempt on the form.", "preparing to end their life, or a past attempt"],
    ["I tried once before, it didn't work, and I'm not sure I'm glad.", "preparing to end their life, or a past attempt"],
    ["I attempted it one time years ago and someone found me.", "preparing to end their life, or a past attempt"],
    ["I was sectioned after the overdose, so there's a gap of four months.", "preparing to end their life, or a past attempt"],
    ["Been sectioned because of the river thing and I still get nervous in interviews.", "preparing to end their life, or a past attempt"],
    ["I sort of hope the lorry doesn't brake one of these mornings.", "wishes to be dead"],
    ["Honestly I wish a car would hit me on the way to the jobcentre.", "wishes to be dead"],
    ["I'm a bit jealous of people who have passed away, they don't have to do any of this.", "wishes to be dead"],
    ["Sometimes I envy the dead.", "wishes to be dead"],
    ["I would really like to be gone now, I've done my bit.", "wishes to be dead"],
    ["I'm 70 and I'd rather be dead, to be honest.", "wishes to be dead"],
    ["I keep picturing my own funeral when I'm on the bus.", "thoughts of suicide"],
    ["Planning who would come to my funeral is how I get to sleep.", "thoughts of suicide"],
    ["I think about it, you know what, every night now.", "thoughts of suicide"],
    ["I keep thinking about it. You know. The thing. A lot lately.", "thoughts of suicide"],
    ["Friday. That's all I'm saying.", "a plan to end their life"],
    ["The 14th of March. Forget I said that.", "a plan to end their life"],
    ["I don't intend to see next Christmas.", "a plan to end their life"],
    ["I'm not planning on making it to my birthday.", "a plan to end their life"],
    ["Signed my car over to my son, he's more use for it than me.", "preparing to end their life, or a past attempt"],
    ["Gave all my jewellery to my niece, I won't be needing it.", "preparing to end their life, or a past attempt"],
    ["Almost saved enough tablets now.", "preparing to end their life, or a past attempt"],
    ["My stockpile of painkillers is nearly there.", "preparing to end their life, or a past attempt"],
    ["Written my family their letters, all sealed up in the drawer.", "preparing to end their life, or a past attempt"],
    ["Did the kids a note each. Feels final.", "preparing to end their life, or a past attempt"],
    ["I've got plasters all over my forearms under the sleeve, is that ok for the interview?", "self-harm"],
    ["Need a long sleeve uniform, I have dressings on both wrists.", "self-harm"],
    ["Bumped into the wardrobe apparently. I didn't really bump into anything.", "self-harm"],
    ["Tripped on the stairs, I'm not actually clumsy.", "self-harm"],
    ["Three months without cutting myself and I've gone and relapsed.", "self-harm"],
    ["Back to day one. Six weeks of not harming myself, gone.", "self-harm"],
    ["I know where the landlord lives. Just saying.", "harm to someone else"],
    ["I know where that bloke drinks and he's got it coming.", "harm to someone else"],
    ["My lip is still a mess from Friday night, can we do a video call without the camera?", "abuse or violence"],
    ["My eye looks a right state after the argument, can I move my appointment?", "abuse or violence"],
    ["Her hand was the wall, not the other way round.", "abuse or violence"],
    ["The door was his fist, if you know what I mean.", "abuse or violence"],
    ["I keep my mouth shut around him or it gets violent.", "abuse or violence"],
    ["My husband was fine until the shouting, then it got physical.", "abuse or violence"],
    ["It got loud at ours and then not just loud.", "abuse or violence"],
    ["If I come in late there is hell to pay, so mornings only please.", "coercive control"],
    ["If I get back late I pay for it, can we keep it short?", "coercive control"],
    ["Where's the nearest night shelter? I need one for tonight.", "no safe place, food or power tonight"],
    ["Do emergency hostels take couples? We need somewhere tonight.", "no safe place, food or power tonight"],
    ["I'm on emergency credit and it'll run out tonight, no money till Tuesday.", "no safe place, food or power tonight"],
    ["The gas is on emergency credit and runs out in under an hour.", "no safe place, food or power tonight"],
    ["I'm in a doorway near the market, will the police move me on tonight?", "no safe place, food or power tonight"],
    ["I'm sleeping in the car park, is it alright to stay overnight?", "no safe place, food or power tonight"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "Last time I tried the theory test I failed on hazard perception.",
    "When I tried skiing I ended up in hospital with a broken wrist.",
    "After my attempt at the sourdough last week I'm sticking to shop bread.",
    "My brother tried once and ended up in hospital, he's doing well now.",
    "I tried the keto diet once, didn't work.",
    "My uncle was sectioned after the bridge thing, it was hard on all of us.",
    "I hope the bus doesn't stop at every stop today, I'm late.",
    "I wish the train would not stop for so long at Crewe.",
    "My nan was jealous of people who had passed their driving test.",
    "I'd quite like to be finished with the application by Friday.",
    "I would love to be done with this course now, the essays are endless.",
    "I've been planning my own funeral with the Co-op, it's all paid for.",
    "My mum is picturing her funeral music, she's 90 and very organised.",
    "I think about it, you know, the job offer, a lot lately.",
    "Sunday. That's all I'll say, it's a surprise party for Jo.",
    "The 28th, forget I said it, the interview is the 29th.",
    "I don't plan on seeing the fourth film, the third was awful.",
    "Gave my car to my son, he's more use for it than me since I lost my licence.",
    "My mum gave me her old sewing machine, she won't be needing it.",
    "My stash of chocolate is nearly big enough for Christmas.",
    "My stash of seeds is nearly big enough for the allotment.",
    "Wrote everyone a thank you note, they're sealed and ready to post.",
    "My daughter wrote everyone a note for the leaving do, sealed in envelopes.",
    "I've got a bandage on my wrist from a sprain at netball, is that ok for the interview?",
    "I'm wearing a wrist support, got a sprain on my wrist from the gym.",
    "I fell on the ice, I'm not really clumsy usually.",
    "My friend relapsed after three months of not hurting herself, I'm worried for her.",
    "I know where the manager works, I'll drop my CV off, just saying hello.",
    "I know where he lives, I'll drop the parcel round.",
    "My face is a state after the dentist, can we do the phone?",
    "My face is a mess after Saturday's night out, never again.",
    "In the film his fist was the door, brilliant stunt work.",
    "The rugby match got physical and he got sin binned.",
    "It gets physical at work, lots of lifting in the warehouse.",
    "The party next door got loud and then not just loud, the police came.",
    "If I'm late for my shift there are consequences, they dock your pay.",
    "If I'm late home my mum grounds me lol.",
    "I volunteer at the night shelter, can I do a shift tonight?",
    "We've booked a youth hostel for tonight on the walking trip.",
    "I was on emergency credit but I topped up, sorted now.",
    "I'm sat on a bench at the station waiting for the coach, it's an overnight one.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said in passing', () => {
  it.each([
    ["If I can't get more hours by June I'm out of my bedsit.", "may lose their home"],
    ["If I do not land a job soon we will be evicted.", "may lose their home"],
    ["Borrowed off my sister to pay off the catalogue.", "money worries"],
    ["I took a loan from the bank to clear my credit card.", "money worries"],
    ["Used to love cooking, now I can't be bothered.", "low mood"],
    ["I used to live for my Saturday runs but these days I feel nothing.", "low mood"],
    ["The new supervisor needs a good slap jk.", "joked about hurting someone"],
    ["That recruiter deserves a smack for ghosting me lol.", "joked about hurting someone"],
    ["If the neighbour plays drum and bass at 3am again he's getting a shoe to the head.", "joked about hurting someone"],
    ["The next cold caller is getting a frying pan round the face haha.", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ["If I don't find work by March I'm out of the flat and into my new place, can't wait lol.", "may lose their home"],
    ["My brother is borrowing off my mum to pay back the car loan.", "money worries"],
    ["I borrowed a ladder off the neighbour to paint the fence.", "money worries"],
    ["Used to love the football, now I can't be bothered since they sold the club.", "low mood"],
    ["My son used to love Lego but now he can't be bothered.", "low mood"],
    ["The rug needs a good beating, it's filthy.", "joked about hurting someone"],
    ["The dough needs punching down before the second prove.", "joked about hurting someone"],
    ["He got a football to the head in the five a side.", "joked about hurting someone"],
    ["My phone needs a good slap to work lol.", "joked about hurting someone"],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
