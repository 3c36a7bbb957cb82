// Risk told by carers and night-shift workers (src/domain/risk/carersNightShiftsAndWardVisitsPatterns.ts):
// tried before and woke up in intensive care, hoarding the patches the nurse leaves for nan, doing it
// to feel something when numb, the supervisor who noticed my wrists and the excuse made up, picturing
// knocking the supervisor down and not joking, this close to slapping a husband, grabbed on shift and
// told it is part of the job; worthless, the flat in nan's name and a hospice, lying awake after a
// night shift, napping two hours a day between calls, the family who dumped everything on me,
// isolated does not cover it, a husband who packed his bags at the diagnosis, "i swear i'll swing for
// the rota coordinator", dead meat when i get my hands on him. Our own examples, with look-alikes of
// our own: skiing and A&E, the chemist's shortage and tablets handed back, cold water swimming, tattoos and residents' scratches,
// a manager's face at the notice, a monthly target and pool, a toddler and a football, an old car, a
// will, a partner on nights, a baby's naps, peace and quiet in the kitchen, a remote cottage, date
// night, a kebab and a spider, a flat phone.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis told by carers and night-shift workers', () => {
  it.each([
    ["I tried it once before, years back, and woke up in intensive care.", "preparing to end their life, or a past attempt"],
    ["Attempted once before when the caring got too much, ended up on a ward for a week.", "preparing to end their life, or a past attempt"],
    ["I've been hoarding the morphine patches the district nurse leaves for my nan.", "preparing to end their life, or a past attempt"],
    ["Started putting aside some of mum's sleeping tablets each week.", "preparing to end their life, or a past attempt"],
    ["Honestly I only do it to feel something, most days I'm numb.", "self-harm"],
    ["I burn myself to feel something when it all goes blank.", "self-harm"],
    ["My supervisor noticed my wrists at handover and I made up an excuse.", "self-harm"],
    ["Mum's carer spotted my scars when I rolled up my sleeves, I said it was the cat.", "self-harm"],
    ["I keep imagining knocking my supervisor down with the cage trolley, I'm not joking.", "harm to someone else"],
    ["Can't stop picturing punching the night manager, every shift it's worse.", "harm to someone else"],
    ["I was this close to slapping my husband last night, I frighten myself.", "harm to someone else"],
    ["Getting dangerously close to lashing out at the residents, I'm so wound up.", "harm to someone else"],
    ["A patient's husband grabbed me in the corridor and the sister said it's part of the job.", "abuse or violence"],
    ["One of the drivers kicked me at the depot and my boss told me not to report it.", "abuse or violence"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "I tried skiing once before and ended up in A&E with a broken wrist.",
    "I tried once before to get a job at the hospital and ended up in the kitchen there.",
    "The chemist says they are stockpiling dad's patches because of the shortage.",
    "I've been putting aside dad's spare tablets to hand back to the pharmacist.",
    "I do it to feel something, cold water swimming at 6am, when work leaves me numb.",
    "The nurse saw my arms and asked about my tattoo, I lied about what it means.",
    "A resident scratched me and my manager saw my arms, I said it was nothing.",
    "I keep imagining my manager's face when I hand in my notice, brilliant.",
    "Keep imagining hitting my mum at darts, she always wins.",
    "I am so close to hitting my target for the month.",
    "I was close to hitting my brother at pool, so close.",
    "My toddler hit me with a spoon and my husband told me to let it go lol.",
    "The ball hit me in the face and the coach told me to get over it.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern told by carers and night-shift workers', () => {
  it.each([
    ["I feel like I'm worth nothing to anyone these days.", "feels worthless"],
    ["No qualifications, no job, I know I'm worthless.", "feels worthless"],
    ["The flat is in my nan's name and she's in a hospice, where will I go?", "may lose their home"],
    ["Mortgage is all in dad's name and he's terminal, they'll kick me out.", "may lose their home"],
    ["Come home off a night shift and lie awake till lunchtime.", "not eating or sleeping"],
    ["Every time I get back from nights I can't switch off, just stare at the wall.", "not eating or sleeping"],
    ["Getting about three hours sleep a night with the rota and dad's visits.", "not eating or sleeping"],
    ["I've been napping two hours a day in the car between calls.", "not eating or sleeping"],
    ["My brothers have left me to get on with it with mum.", "feels alone"],
    ["The rest of the family just dumped everything on me when nan got ill.", "feels alone"],
    ["Isolated doesn't even cover it anymore.", "feels alone"],
    ["Alone isn't the word, I haven't spoken to an adult in a week.", "feels alone"],
    ["It's just me and my daughter now, nobody else comes round.", "feels alone"],
    ["My husband packed his bags when our youngest was diagnosed.", "feels alone"],
    ["I swear I'll swing for the rota coordinator if she moves me again.", "joked about hurting someone"],
    ["Honestly I'll throttle my sister, she's borrowed my car again.", "joked about hurting someone"],
    ["My brother is dead meat when I get my hands on him, he ate my chips 😂", "joked about hurting someone"],
    ["You are so dead when I get home to you, where's my charger!", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ["My old car is worth nothing now, it failed its MOT.", "feels worthless"],
    ["He says I am worth nothing to the company, he's wrong and I know it.", "feels worthless"],
    ["The house is in dad's name and he's dying, but it's in his will that I keep it, so what happens to me is sorted.", "may lose their home"],
    ["The lease was in her name and she passed last year, the landlord let me take it over.", "may lose their home"],
    ["Got in from nights, lay there for a bit and then slept till 2, bliss.", "not eating or sleeping"],
    ["My husband gets in from nights and just lies there, poor thing.", "not eating or sleeping"],
    ["The baby is sleeping three hours a night now, progress!", "not eating or sleeping"],
    ["I'm getting 4 hours of overtime a day this month.", "not eating or sleeping"],
    ["My sisters left me to it in the kitchen, lovely peace and quiet.", "feels alone"],
    ["The kids left me with the washing up again lol.", "feels alone"],
    ["Remote cottage, isolated is an understatement, can't wait!", "feels alone"],
    ["She says lonely is an understatement since grandad died.", "feels alone"],
    ["It's just the two of us this weekend, nobody else, date night bliss.", "feels alone"],
    ["I swear I'll murder a kebab after this shift.", "joked about hurting someone"],
    ["Honestly I'll kill the spider if it comes back.", "joked about hurting someone"],
    ["My phone is so dead when I get hold of it after a shift.", "joked about hurting someone"],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
