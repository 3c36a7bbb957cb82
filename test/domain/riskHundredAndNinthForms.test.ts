// A red-teamer's set: risk said in the least expected ways, as understatement, hints, logistics,
// questions and asides (src/domain/risk/redTeamUnderstatementAndLogisticsPatterns.ts): my boyfriend cut my
// phone off because I was messaging my sister; after my shift I'm heading to the viaduct; five year plan,
// nowhere with any luck; the plasters are from me; depends whether I'm still around by Friday; my dad's
// shotgun is loaded; killing myself seems like the only way out; I'm going to swallow the whole packet
// tomorrow; going to poison their cat; promise you'll tell mum it wasn't her fault; asking for me, not a
// friend; jealous of people who die in their sleep; covering the cuts on my arms; a secluded lane, the
// car, Saturday; cleared my room so nobody has to sort my stuff; I'll be long gone before the crisis team
// rings back; can't feel excited about anything; blew the rent money on cans; keep having panic attacks;
// a bloke sells me diazepam; not even good enough for shelf stacking; a potato could do my job better.
// Our own examples, with look-alikes of our own: walking to the bridge to meet a friend; nowhere near
// London in five years; the bruises are from me falling; still here next week in this flat; the glue gun
// sorted; suicide not an option; the whole box of chocolates tonight; poison the slugs; tell the manager
// it wasn't her fault the bus was late; a funeral plan asked about; a c-section scar hidden; a quiet lay-by
// for lunch; cleaned the flat for the inspection; gone before they call back because the bus came; can't
// feel my fingers; spent the money on drinks for the party; my toddler's meltdowns; valium from the GP; the
// pay not even good enough; AI doing it better than me.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said as understatement, hints, logistics and questions', () => {
  it.each([
    ["My boyfriend cut my phone off because I was messaging my sister.", "coercive control"],
    ["She switched off my sim because I had been texting my friends.", "coercive control"],
    ["After my shift I'm heading to the viaduct.", "a plan to end their life"],
    ["Mum goes to bed at eleven, then I'm going to the multi storey", "a plan to end their life"],
    ["Five year plan? Nowhere, with any luck.", "wishes to be dead"],
    ["Where do I see myself? Under the ground by then hopefully", "wishes to be dead"],
    ["Yes the plasters are from me, not the dog.", "self-harm"],
    ["Honestly the cuts on my arms were from me.", "self-harm"],
    ["I'll look at the CV, depends whether I'm still around by Friday.", "thoughts of suicide"],
    ["Can we leave the course till later, depends if I'm alive next month.", "thoughts of suicide"],
    ["Everyone's out on Saturday. My dad's shotgun is loaded.", "a plan to end their life"],
    ["The rifle is ready in my room.", "a plan to end their life"],
    ["Killing myself seems like the only way out right now.", "thoughts of suicide"],
    ["Honestly ending it is starting to look like an option.", "thoughts of suicide"],
    ["I'm going to swallow the whole packet tomorrow when the house is empty.", "a plan to end their life"],
    ["I'll just take the whole bottle tonight after everyone's asleep.", "a plan to end their life"],
    ["Their cat keeps coming in, I'm going to poison it and then deal with them.", "harm to someone else"],
    ["I will poison next door's dog.", "harm to someone else"],
    ["Promise me you'll tell my mum it wasn't her fault.", "intends to end their life"],
    ["Please let my sister know it isn't her fault.", "intends to end their life"],
    ["Does your claim stop if you die? Asking for myself not a friend.", "thoughts of suicide"],
    ["What happens to the rent when the tenant dies, not asking for someone else.", "thoughts of suicide"],
    ["I'm jealous of people who die in their sleep.", "wishes to be dead"],
    ["When someone dies young I always feel a bit envious", "wishes to be dead"],
    ["Any tips for covering the cuts on my arms in a short sleeve uniform?", "self-harm"],
    ["Is there a way to hide fresh scars for the interview?", "self-harm"],
    ["Got a full tank of petrol and a secluded lane in mind. Saturday.", "a plan to end their life"],
    ["The car's ready, I know a remote car park. Tomorrow night.", "a plan to end their life"],
    ["Cleared my room so nobody has to sort out my stuff.", "preparing to end their life, or a past attempt"],
    ["Bleached the bathroom so no one else will have to deal with any mess", "preparing to end their life, or a past attempt"],
    ["I'll be long gone before the crisis team rings back.", "intends to end their life"],
    ["I'll be gone before my GP ever gets back to me tbh", "intends to end their life"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "My contract ended so he switched off my data because he was paying the bill.",
    "He turned my phone off because I was on it during homework, fair enough he's fourteen",
    "Finish at five then I'm walking to the bridge to meet my friends.",
    "Then I'm heading to the station to get the train to the interview.",
    "In five years I'd like to be nowhere near this estate, hopefully in Leeds.",
    "Where do I see myself in 5 years? Reading under a tree somewhere, retired hopefully lol",
    "The bruises are from me falling off my bike.",
    "The bandages are from me cooking, burnt my hand on the oven.",
    "Depends if I'm still here next week, the hostel might move me.",
    "I'll know about the job next week, depends if I'm still in this flat then.",
    "The glue gun is sorted for the craft stall.",
    "Dad's gun licence is sorted for the clay shooting club.",
    "Suicide prevention feels like an option for my dissertation.",
    "Ending it with the landlord feels like the only option, the flat is damp.",
    "I'll take the whole box of chocolates to work tomorrow for the team.",
    "I'm going to take the whole packet back to the shop tomorrow, it's out of date.",
    "I'm going to poison the slugs in the allotment tonight.",
    "Gonna poison the rats under the shed, pest control are too dear.",
    "Please tell the manager it wasn't her fault the bus was late.",
    "Can you tell the office it wasn't his fault, the system lost the form?",
    "Is a funeral plan worth it before I die? Asking for me not anyone else.",
    "What happens to the job when the owner dies? asking about my dad",
    "I get jealous when people get jobs straight away.",
    "Jealous of people who get to work from home.",
    "How do I hide my c section scar in a swimsuit for the lifeguard job?",
    "Best concealer to cover acne scars for an interview?",
    "The council keeps hiding the cuts to youth services in its budget.",
    "I know a quiet lay-by to eat my lunch on Tuesday between jobs, the car's warm.",
    "Found a quiet car park to practise parking tomorrow before my driving test.",
    "Cleaned the flat top to bottom for the inspection so nobody has to deal with a mess.",
    "Tidied the office so no one has to deal with my stuff while I'm away.",
    "I'll be gone before they call back, my bus is here.",
    "I'll be gone before you ring at 3, I'm at the dentist.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said as understatement and asides', () => {
  it.each([
    ["Got the offer letter today. Can't seem to feel excited about anything though.", "low mood"],
    ["I just can't feel happy about it, even the interview going well.", "low mood"],
    ["Blew the rent money on cans again.", "drinking or drugs to cope"],
    ["Spent my food money on vodka, I know.", "drinking or drugs to cope"],
    ["I keep having panic attacks on the bus.", "not coping"],
    ["I keep crying over the smallest things.", "not coping"],
    ["A bloke at the hostel sells me diazepam for my nerves.", "drinking or drugs to cope"],
    ["My cousin gets me tramadol when my back plays up and I can't cope.", "drinking or drugs to cope"],
    ["I'm not even good enough for shelf stacking.", "feels worthless"],
    ["Apparently not even good enough to clean offices.", "feels worthless"],
    ["A potato could do my job better than me honestly.", "feels worthless"],
    ["Literally anyone could do this better than me.", "feels worthless"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "I can't feel my fingers in this cold, the bus was late.",
    "Can't be happy about the pay though, it's minimum wage.",
    "Spent the money on drinks for my sister's birthday party.",
    "Spent my wages on a round for everyone at the leaving do.",
    "My toddler keeps having meltdowns at the nursery gate.",
    "The laptop keeps having meltdowns when I open the CV.",
    "My GP gave me diazepam for the MRI scan.",
    "The pharmacist gives me codeine on prescription.",
    "The pay is not even good enough for the rent.",
    "The bus service is not even good enough to get to the warehouse on time.",
    "AI could do this job better than me, is admin worth training for?",
    "My boss reckons a trained monkey could do it better than me lol",
  ])('%j is no finding of the rules', (text) => {
    const found = applyRules(text);
    expect([...found.crisis, ...found.concern]).toEqual([]);
  });
});
