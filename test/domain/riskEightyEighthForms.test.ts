// Risk wrapped in a joke (src/domain/risk/gallowsHumourAndLaughedOffPlansPatterns.ts): a wish to be
// dead said as a dream job or a five-year plan and then meant, imagine being dead and free of the
// forms, quitting life, pulling the plug on myself, a permanent exit strategy half in jest, the bridge
// looking tempting, not planning to be here for it, no return trip, the rent that will not need
// paying, a date that is not an interview, tried before and bad at that too, had a go at it and woke
// in hospital, cuts healed in time to look presentable, petrol got to burn a place, nearly did
// strangle him, dealing with him properly and meaning it, already planned what they were told not to
// do, a black eye for burning the tea; on benefits forever, used to think they would get somewhere,
// the family's biggest disappointment, the human version of a rejection, vodka in the flask, two
// hours a night and the stress diet, talking to the dog all day, the food bank as the social event,
// not planning anything drastic, a shallow grave if he says it again. Our own examples, with
// look-alikes of our own: ghost tours and halloween, life insurance, pulling the plug on a project,
// the river tempting in a heatwave, holidays and hospital appointments, one-way tickets to Spain,
// rent paid by the council, a wedding date, sourdough tried before, skateboards and broken wrists,
// surgery scars, bonfires, boxing, true crime podcasts, rugby black eyes, baby feeds, slimming clubs,
// the vet's, haircuts.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis wrapped in a joke', () => {
  it.each([
    ["My five year plan? Pushing up daisies. I mean it.", "wishes to be dead"],
    ["Dream job is being six feet under lol, not joking as much as you think", "wishes to be dead"],
    ["Imagine being dead and never having to ring the council again.", "wishes to be dead"],
    ["How nice would it be to be dead and not have to fill in another form.", "wishes to be dead"],
    ["Honestly thinking of how I'd quit life altogether, I'm so tired of it.", "thoughts of suicide"],
    ["Can I just unsubscribe from existence please.", "thoughts of suicide"],
    ["Some nights I think about pulling the plug on my life.", "thoughts of suicide"],
    ["Ending it all is starting to look like the only option to me.", "thoughts of suicide"],
    ["My escape plan from all this debt is a permanent one. Half joking. I think about it a lot.", "thoughts of suicide"],
    ["Exit strategy for this rubbish life is final. I mean it.", "thoughts of suicide"],
    ["The railway bridge on my way home is looking more and more tempting.", "thinking about a way to end their life"],
    ["That cliff edge is starting to look like a way out.", "thinking about a way to end their life"],
    ["Don't sign me up for next month, I'm not planning on being around by then.", "intends to end their life"],
    ["Not expecting to be here for the review in June to be honest.", "intends to end their life"],
    ["The plan is I finish my last day friday, leave the keys and a note, then head for the cliffs. One way trip.", "a plan to end their life"],
    ["Last shift done, keys on the table, drive to the sea and no coming back.", "a plan to end their life"],
    ["Gas bill came. Not paying it. Won't need to.", "a plan to end their life"],
    ["I'm not bothering paying the gas this month, I won't need to", "a plan to end their life"],
    ["I've picked a day in my diary and it's not an appointment", "a plan to end their life"],
    ["There's a date circled in the calendar, and it's not for an interview either", "a plan to end their life"],
    ["Everyone says don't do anything daft. Too late, I've got it all worked out.", "a plan to end their life"],
    ["My mates keep telling me not to do anything stupid, but it's already sorted.", "a plan to end their life"],
    ["Tried it once before, in the spring, it didn't work. Can't even get that right.", "preparing to end their life, or a past attempt"],
    ["I attempted before in May and woke up. I'm rubbish at that too.", "preparing to end their life, or a past attempt"],
    ["Had a proper go at it in January and ended up in intensive care.", "preparing to end their life, or a past attempt"],
    ["Tried last year and woke up in a and e, so that's my history.", "preparing to end their life, or a past attempt"],
    ["My new cuts have scabbed over, so nobody will notice at the job fair.", "self-harm"],
    ["The burns on my arm are fading so I can wear short sleeves to the interview.", "self-harm"],
    ["I keep saying I'll torch his flat. I've bought a can of petrol.", "harm to someone else"],
    ["Going to set fire to the landlord's office, already got the lighter fluid.", "harm to someone else"],
    ["I could throttle my stepdad and I almost did on Sunday.", "harm to someone else"],
    ["Wanted to punch the manager and I nearly did, had to walk out.", "harm to someone else"],
    ["I'm going to sort him out for good. Not joking.", "harm to someone else"],
    ["Gonna deal with my ex properly this time, I mean it.", "harm to someone else"],
    ["Everyone says don't do anything rash about my ex. Too late, I've already planned it.", "harm to someone else"],
    ["They all say don't do anything stupid about the landlord, bit late, it's all planned out.", "harm to someone else"],
    ["Got a black eye for being late home, my own fault really.", "abuse or violence"],
    ["Got a split lip for answering back again.", "abuse or violence"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "We're going on a ghost tour, would love to be a ghost for the night, I mean it!",
    "My nephew's dream job is to be a ghost at halloween, he means it.",
    "Imagine being dead in a zombie game and not having to respawn.",
    "Thinking of switching my life insurance, can I quit life cover early?",
    "We're pulling the plug on the project, it feels like a reasonable option.",
    "My exit strategy from this job is permanent, I've signed a new contract elsewhere.",
    "The river is looking really tempting in this heatwave, fancy a swim?",
    "The canal path is looking tempting for a walk today.",
    "I'm not planning on being here for the group session, I'm on holiday.",
    "Not expecting to be around for the interview, I have a hospital appointment.",
    "Bought a one way ticket to Spain, leaving the keys with my mum, drive to the coast then fly.",
    "Not paying the rent this month, I won't need to because housing benefit pays it direct.",
    "Got a date in the calendar and it's not an interview, it's my wedding!",
    "Tried the sourdough once before, didn't work, apparently I'm bad at baking too lol.",
    "Had a go at it last year on the skateboard and ended up in hospital with a broken wrist.",
    "Tried it in March and ended up in hospital, the trampoline was a bad idea.",
    "The scars from my operation are healing so I'll be presentable for the interview.",
    "The cat scratches have healed so I can wear short sleeves.",
    "Burning the garden waste tomorrow, got the petrol for the bonfire.",
    "I could kill my brother and I nearly did at boxing training.",
    "I'm going to deal with the complaint properly, not joking.",
    "Don't do anything daft they said, already planned the surprise party!",
    "My friend got a black eye at rugby for being in the wrong place.",
    "Got a slap on the wrist for being late.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern wrapped in a joke', () => {
  it.each([
    ["I'll be stuck on universal credit for the rest of my life, won't I.", "hopelessness"],
    ["I'm going to end up on the dole forever at this rate.", "hopelessness"],
    ["I used to believe I'd make something of myself. Now I just exist.", "hopelessness"],
    ["I used to think I would amount to something, not anymore.", "hopelessness"],
    ["I'm the resident failure of this household lol", "feels worthless"],
    ["I am my parents' biggest letdown.", "feels worthless"],
    ["I'm basically the walking equivalent of a rejection letter.", "feels worthless"],
    ["I'm the human form of an unsuccessful application.", "feels worthless"],
    ["Gin in my water bottle at work, don't tell anyone.", "drinking or drugs to cope"],
    ["A drop of whisky in my morning tea gets me going now.", "drinking or drugs to cope"],
    ["Surviving on about 3 hours sleep a night right now.", "not eating or sleeping"],
    ["Averaging maybe two hours a night this month.", "not eating or sleeping"],
    ["Lost half a stone from stress, not eating much.", "not eating or sleeping"],
    ["The universal credit diet strikes again, two meals this week lol", "not eating or sleeping"],
    ["I spend all my evenings talking to the dog now.", "feels alone"],
    ["The only one I talk to these days is the radio.", "feels alone"],
    ["Signing on is my biggest social event of the month.", "feels alone"],
    ["The food bank has become my night out.", "feels alone"],
    ["I'm not plotting anything drastic, just fed up today.", "spoke of harm, then said they would not"],
    ["Honest, I'm not about to do anything stupid, just a rough week.", "spoke of harm, then said they would not"],
    ["My brother is ending up in a shallow grave if he nicks my charger one more time.", "joked about hurting someone"],
    ["I'll dig my flatmate a shallow grave if he leaves his dishes again.", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ["I'll be on universal credit until I start the new job, not forever.", "hopelessness"],
    ["I used to think I'd never make it and now I've got the promotion!", "hopelessness"],
    ["My brother is the family's biggest disappointment according to my dad lol", "feels worthless"],
    ["The character is the human version of a rejection letter, brilliant film.", "feels worthless"],
    ["Baileys in my coffee on Christmas morning, lovely.", "drinking or drugs to cope"],
    ["The baby's averaging two hours a night, newborn life.", "not eating or sleeping"],
    ["Lost a stone at slimming world without trying too hard, proud of myself.", "not eating or sleeping"],
    ["I spend all day talking to dogs at the rescue shelter, best job ever.", "feels alone"],
    ["My nan spends most days talking to the cat.", "feels alone"],
    ["Not planning anything drastic with my hair, just a trim.", "spoke of harm, then said they would not"],
    ["Not planning anything drastic for the weekend, just a quiet one in.", "spoke of harm, then said they would not"],
    ["Not about to do anything silly with my savings, just a small treat.", "spoke of harm, then said they would not"],
    ["The true crime podcast was about a shallow grave they found if you're into that.", "joked about hurting someone"],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
