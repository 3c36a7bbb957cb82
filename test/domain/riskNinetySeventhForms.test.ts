// Crisis said tersely or obliquely (src/domain/risk/terseCrisisDatesPlacesAndGiveawaysPatterns.ts): not
// coming round after the op, no morning asked of whoever is up there, jealous of someone who died in
// their sleep, the suicide thought on repeat, arguing with myself about staying alive, the way out more
// tempting, is the cliff path still open asking for myself, rope strong enough, how long it takes to
// bleed out, not your fault I am ready to go, not Thursday or any Thursday, the kids away so that is
// when, a day then "that's the day", a place and a time alone, then the bridge, if it is refused that is
// it, the savings run out and so do I, my things handed over and a funny look, a funeral plan of my own,
// everything I own given away, scratching till it bleeds, extra tablets not to die, marks on my throat
// and not facing people like this, not let to take the job and my wages kept, my phone taken because I
// applied; given up inside, right to sack me I was useless, three hours last night, lying awake till it
// gets light, one more assessment and I will commit a murder. Our own examples, with look-alikes of our
// own: waking the baby, the universe and a morning off, a garden to envy, a business idea on a loop, the
// council and living costs, redundancy packages, walks to work and floods, rope for trailers and boats,
// wallpaper, going back to college, new shifts, the CV while the kids are away or at school, party dates,
// meeting at the bridge at six, river walks, reapplying, patience running out, a CV handed over, mum's
// funeral plan, moving abroad, mosquito bites and cuticles, toothache, love bites and shaving rash, a job
// too far, overspending, old boots and asking why, giving up smoking, happier since, hours on
// applications or with no sleep named, eight hours' sleep, lazy mornings, one more coffee.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said tersely or obliquely', () => {
  it.each([
    ["Half hoping I never come round from the anaesthetic during the surgery on Friday.", "wishes to be dead"],
    ["I'm secretly hoping I don't wake up after the operation.", "wishes to be dead"],
    ["Every night I beg God to not let me wake up.", "wishes to be dead"],
    ["I keep asking the man upstairs to just not give me another morning.", "wishes to be dead"],
    ["My grandad died in his sleep last month. Honestly I'm jealous of him.", "wishes to be dead"],
    ["Our neighbour passed peacefully on Sunday and I'm a bit envious of her tbh.", "wishes to be dead"],
    ["The suicide thoughts are on repeat this week.", "thoughts of suicide"],
    ["That ending it all idea has been going round all morning.", "thoughts of suicide"],
    ["Been arguing with myself all night about staying alive.", "thoughts of suicide"],
    ["Part of me is negotiating with the rest of me over whether to keep living.", "thoughts of suicide"],
    ["The way out is looking more and more tempting.", "thoughts of suicide"],
    ["Honestly the easy way out seems more appealing by the day.", "thoughts of suicide"],
    ["Is the walkway over the railway bridge still open? Don't ask why.", "thinking about a way to end their life"],
    ["Is the cliff path still open at night, asking for myself.", "thinking about a way to end their life"],
    ["Where can I buy rope strong enough to hold my weight?", "thinking about a way to end their life"],
    ["Does B&Q still sell the thickest rope.", "thinking about a way to end their life"],
    ["How long does it take to bleed out?", "thinking about a way to end their life"],
    ["How quick is an overdose?", "thinking about a way to end their life"],
    ["It isn't anyone's fault, honestly. I've made my mind up to go.", "intends to end their life"],
    ["This is not your fault and I need you to hear that. I'm ready to go now.", "intends to end their life"],
    ["Say thanks to the team for me, I won't be at Thursday or any Thursday.", "intends to end their life"],
    ["I will not make the next appointment or any after that.", "intends to end their life"],
    ["My daughter is staying with her nan this weekend, so that is when.", "a plan to end their life"],
    ["Wife goes away to her sisters on the 3rd and then it is.", "a plan to end their life"],
    ["My birthday. That's the day.", "a plan to end their life"],
    ["The date is Christmas Eve.", "a plan to end their life"],
    ["The railway bridge behind Tesco at 3am.", "a plan to end their life"],
    ["Quarry, 2am.", "a plan to end their life"],
    ["Payday, pay the rent, then the bridge.", "a plan to end their life"],
    ["Hand in the keys Friday and after that the railway line.", "a plan to end their life"],
    ["Appeal comes back next week, if the answer is no, I'm done.", "a plan to end their life"],
    ["PIP decision Tuesday, if it's refused that's it.", "a plan to end their life"],
    ["When the savings run out, so do I.", "a plan to end their life"],
    ["UC stops next month and the money runs out and so will I.", "a plan to end their life"],
    ["Handed my nephew my guitar and my watch, he looked at me funny.", "preparing to end their life, or a past attempt"],
    ["Gave my best mate my season ticket, he'll understand one day.", "preparing to end their life, or a past attempt"],
    ["Took out a prepaid funeral plan today, all paid up.", "preparing to end their life, or a past attempt"],
    ["Sorted my own funeral plan online.", "preparing to end their life, or a past attempt"],
    ["Given away almost all of my belongings this week.", "preparing to end their life, or a past attempt"],
    ["Donated everything I own bar the clothes I'm in.", "preparing to end their life, or a past attempt"],
    ["I scratch my arms until they bleed, I can't help it.", "self-harm"],
    ["Pinching my thighs so hard it breaks the skin.", "self-harm"],
    ["Swallowed a handful of extra tablets last night, wasn't trying to die, just wanted to sleep.", "self-harm"],
    ["Took more than I should of my sleeping pills, not to kill myself, just to switch off.", "self-harm"],
    ["Got bruises around my throat, I can't face the interview like this.", "abuse or violence"],
    ["Red marks on my neck again, won't let anyone see until they fade.", "abuse or violence"],
    ["My husband won't let me accept the job offer and he keeps my wages.", "coercive control"],
    ["Boyfriend doesn't let me go for any jobs, he has my bank card.", "coercive control"],
    ["My husband took my phone because I applied for a job at Asda.", "coercive control"],
    ["He hid my passport after I had an interview at the hotel.", "coercive control"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "Hoping I don't wake up the baby when I get in from the late shift.",
    "Hoping I wake up after the operation feeling better, nervous though.",
    "I pray to God every night for a job, honestly.",
    "Asking the universe to give me a morning off.",
    "My nan died in her sleep at 98 and everyone is jealous of her garden.",
    "My grandad passed away last month, I'm still sad.",
    "The suicide prevention course has a module on warning signs, really interesting.",
    "My idea for the business is on a loop in my head, can't stop planning.",
    "Been arguing with the council about living costs.",
    "Debating with my partner about living in Leeds or York.",
    "The exit looks more tempting every day, voluntary redundancy package is good.",
    "The way out of retail looks more appealing every day.",
    "Is the footbridge over the railway still open? Need to know for my walk to work.",
    "Is the car park roof still open for parking on Saturdays?",
    "Does the shop still sell rope, the thick kind, for the boat mooring?",
    "Need rope, the thick kind, for the tow bar on the trailer.",
    "How long does hanging wallpaper take?",
    "How long does the overdose awareness course take?",
    "It's not your fault I didn't get it. I'm choosing to go back to college.",
    "Not your fault at all, I've decided to go for the warehouse job instead.",
    "I can't make Monday or any Monday this month because of my new shifts.",
    "I won't make Tuesday or any Tuesday till the kids are back at school.",
    "Kids are at their dads next week so then I can get my CV done.",
    "The kids are with my mum so then I'll have time for the course.",
    "New Year's Eve, that's the date of the party.",
    "The interview is on the 5th, that's the date.",
    "The bridge at 3pm, I'll meet you there.",
    "Canal at 6, dog walking group.",
    "Monday sign on then the river walk with the dog.",
    "Job centre, then the river for a swim.",
    "If it's a no I'll just reapply.",
    "If they say no, then that's it, I'll look elsewhere.",
    "The money runs out at the end of the month so I need a job fast.",
    "My patience runs out and so do I, leaving the queue.",
    "Gave my mate my CV and he gave me a funny look.",
    "Gave my old PS4 to my nephew for his birthday, upgraded to a PS5.",
    "My mum sorted her funeral plan, paid in full.",
    "Applied for a job selling funeral plans at a call centre.",
    "Got rid of nearly everything I own before moving to Australia.",
    "Donated all my stuff from the old flat to the charity shop before the move.",
    "Mosquito bites on my legs, I scratched them until they bled.",
    "Picked my cuticles till they bled in the interview, nervous habit.",
    "Took extra painkillers for my back, not to die but it hurt so much.",
    "Took a couple of extra paracetamol for my toothache.",
    "Love bites on my neck, can't go to the interview like this.",
    "Shaving rash on my neck, can't go to the interview looking like this.",
    "My mum won't let me take the job in London, she says it's too far.",
    "The bank keeps my money locked for 30 days.",
    "My partner cut up my credit card because I was overspending.",
    "My mum hid my phone when I was revising.",
    "Christmas Eve, that's the date of the works party.",
    "The bridge at 6 then.",
    "River at 7.",
    "Kids are at school so then.",
    "Is the bridge still open after the flood? Need to know.",
    "Gave my friend my old boots, he asked why I don't want them.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said tersely or obliquely', () => {
  it.each([
    ["I do what you ask but I've given up on myself inside.", "hopelessness"],
    ["Honestly I gave up on the inside a long time ago.", "hopelessness"],
    ["My old boss was right to sack me, I was useless.", "feels worthless"],
    ["They were right to pick someone else, I'm not good enough.", "feels worthless"],
    ["Three hours sleep last night.", "not eating or sleeping"],
    ["Maybe two hours last night, one the night before.", "not eating or sleeping"],
    ["Lying awake till it gets light most nights.", "not eating or sleeping"],
    ["I lay in bed until the dawn chorus again.", "not eating or sleeping"],
    ["One more online assessment and I'll commit a murder.", "joked about hurting someone"],
    ["One more call from that agency and I am committing arson lol.", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "I gave up smoking ages ago.",
    "I gave up my place in the queue for an older lady.",
    "They were right to let me go, it wasn't the job for me and I'm much happier now.",
    "He was right to turn me down, I wasn't ready.",
    "Three hours last night on my CV.",
    "Two hours of applications last night and three the night before.",
    "Lay in the garden until it got dark reading.",
    "Lying there till 10 on my day off, bliss.",
    "One more coffee and I'm ready to go.",
    "One more week and I am starting the new job.",
    "Three hours last night.",
    "Eight hours sleep last night, feel great.",
  ])('%j is no finding of the rules', (text) => {
    const found = applyRules(text);
    expect([...found.crisis, ...found.concern]).toEqual([]);
  });
});
