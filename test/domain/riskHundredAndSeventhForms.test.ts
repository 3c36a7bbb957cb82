// Parents, carers, long-term illness and disability, the risk hidden in talk of tablets, hospital,
// children and routines (src/domain/risk/parentsCarersAndLongIllnessPatterns.ts): six feet under in ten
// years with any luck; I'd rather just not exist; power of attorney signed over so I can go; someone taking over looking after mum, then once that's settled I can go; the car, the
// hosepipe, Friday, decided; the tramadol and the whisky should do the trick; payday, then take the lot;
// no point booking me in, I won't be around much longer; is it normal to want to die when the pain flares,
// because I do; my partner only lets me use my phone when he's in the room; took the kids and left with
// only the clothes we had on; the other parents at pick up never talk to me; I don't know a soul round
// here; going to murder the pharmacy for losing my prescription; missed two hospital appointments and
// can't keep on top of it.
// Our own examples, with look-alikes of our own from ordinary medication, appointment and childcare talk:
// a nursery of my own in five years, hopefully; bulbs in the ground by then; rather be gone before the
// school run; respite care for a week so I can go; childcare handed over so I can go; the car booked into
// the garage for its MOT; a hot toddy and paracetamol for a cold; a glass of wine with sertraline the GP
// says is fine; then take everything to the tip; won't be around, at the hospital with my son; a suicide
// prevention course; the ward only lets me have my phone after six; left with just my phone and forgot my
// purse; the other mums at the gate being lovely; not knowing anyone at the company yet; tablets that will
// kill the infection; appointments missed for the bus strikes.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis hidden in talk of tablets, hospital, children and routines', () => {
  it.each([
    ["Where do I see myself in ten years? Honestly, six feet under with any luck.", "wishes to be dead"],
    ["Five year plan? I'll be in the ground by then hopefully.", "wishes to be dead"],
    ["So tired of the pain and the appointments, I'd rather just not exist.", "wishes to be dead"],
    ["Honestly I would rather be gone, everyone would manage fine.", "wishes to be dead"],
    ["Power of attorney is signed over to my sister now so I can go.", "preparing to end their life, or a past attempt"],
    ["Rehomed the cats and handed over dad's care to the agency, so I can finally rest.", "preparing to end their life, or a past attempt"],
    ["My cousin is taking over looking after nan. Once that's all sorted I can go.", "preparing to end their life, or a past attempt"],
    ["the neighbour takes over caring for my dog after this, then i can go", "preparing to end their life, or a past attempt"],
    ["Friday when the house is empty. The car, the hosepipe. It's decided.", "a plan to end their life"],
    ["Tonight. The garage and the car. All planned.", "a plan to end their life"],
    ["Pretty sure the whole box of co-codamol and a bottle of gin would be enough.", "thinking about a way to end their life"],
    ["The tramadol with the rest of the whisky should do the trick tbh.", "thinking about a way to end their life"],
    ["Once the kids are at their dad's on Friday I'll tidy up and then I take them all.", "a plan to end their life"],
    ["Payday, pay off the catalogue, then take the lot with a bottle of wine.", "a plan to end their life"],
    ["No point booking me in for next month, I won't be around much longer.", "intends to end their life"],
    ["Stop texting me to check in. I'm not sticking around.", "intends to end their life"],
    ["Do other carers ever think about ending their own life? Asking for myself.", "thoughts of suicide"],
    ["Is it normal to want to die when the pain flares up? Because I do.", "thoughts of suicide"],
    ["My partner only lets me use my phone when he's in the room.", "coercive control"],
    ["I'm only allowed my bank card when he needs shopping doing.", "coercive control"],
    ["Took the kids and left with only the clothes we had on, we're at the bus station, where do we go?", "no safe place, food or power tonight"],
    ["Walked out with just my handbag, sitting in the hospital car park, what now", "no safe place, food or power tonight"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "In five years I see myself running my own nursery, hopefully.",
    "Where do I see myself in 5 years? Hopefully gone from this estate and in a proper job.",
    "The bulbs should be in the ground by then hopefully, so the garden's done in a year.",
    "I'd rather be gone before the school run traffic starts.",
    "I'd rather be gone by five, the carer comes at six, can we do the call at four?",
    "I'd rather be dead tired from work than stuck at home, honestly.",
    "Mum's care is handed over to respite for a week so I can go.",
    "Social services are taking over dad's care on Tuesdays so I can go back to work.",
    "My brother is taking over looking after mum. Once that's settled I can go back to college.",
    "Auntie takes over caring for the kids after school, then I can go to my shifts.",
    "The childminder's sorted, the kids are handed over at 8 so I can go.",
    "Car's booked into the garage for its MOT on Wednesday, it's sorted.",
    "Tuesday night: the car, the garage and the loft all need clearing, hopefully sorted by Sunday.",
    "Sorted the car and the garage for my hospital appointment on Thursday.",
    "Paracetamol and a hot toddy should do the trick for this cold.",
    "A glass of wine with my sertraline is fine according to the GP, one should do it.",
    "I'll sort the boxes and then take everything to the tip.",
    "Pack the kids' bags, then I take everything to my mum's on Saturday.",
    "Don't bother booking me for next week, I won't be around, we're away at my sister's.",
    "No need to ring Thursday, I won't be around, I'm at the hospital with my son.",
    "Is the suicide prevention course on Thursday free? Asking for myself, not my sister.",
    "Do they cover suicide awareness in the first aid course? Asking for me, I'm a carer.",
    "The ward only lets me have my phone after 6pm, so can we do the call then?",
    "My son only lets me use the laptop when he's finished his homework.",
    "He only lets me have two paracetamol at a time, the pharmacist is strict.",
    "Left the house with just my phone and forgot my purse, what do I do about the bus fare?",
    "Left for the school run with only my slippers on lol",
    "Left the hospital with just my meds and a leaflet, what do I do now about work?",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern hidden in talk of the school gate, a new town, the pharmacy and appointments', () => {
  it.each([
    ["The other parents at pick up never talk to me, I just stand on my own.", "feels alone"],
    ["All the other mums in the baby group have their own groups, nobody speaks to me.", "feels alone"],
    ["We moved for my husband's treatment and I don't know a soul round here.", "feels alone"],
    ["Since the kids went to their dad's I know nobody in this town.", "feels alone"],
    ["I'm going to murder the pharmacy for losing my prescription again", "joked about hurting someone"],
    ["Could strangle the nursery for closing with one hour's notice", "joked about hurting someone"],
    ["I've missed two hospital appointments this month, I can't keep on top of it all.", "not coping"],
    ["Missed three of my doses this week, everything's falling apart.", "not coping"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "The other mums at the gate are lovely, one of them offered to do pick up on Tuesdays.",
    "The other mums at the school gate used to ignore me but now we have coffee after drop off.",
    "My daughter says the other kids at school leave her out.",
    "I don't know anyone at the company yet, first day nerves!",
    "I know no one who's hiring for school hours, can you help?",
    "I don't know anyone else with a nursery place that early.",
    "The pharmacist said these tablets are going to kill the infection for good.",
    "I'm going to kill the time before the appointment with a walk.",
    "My mum keeps saying she's going to kill the dog for eating her slippers.",
    "Missed two appointments because of the bus strikes, all rebooked now.",
    "The kids missed three days of school with chickenpox, it's a mess.",
    "Missed 2 calls from the hospital, my phone is a mess with the signal.",
  ])('%j is no finding of the rules', (text) => {
    const found = applyRules(text);
    expect([...found.crisis, ...found.concern]).toEqual([]);
  });
});
