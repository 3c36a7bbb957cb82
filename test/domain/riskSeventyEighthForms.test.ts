// A plain mix (src/domain/risk/plainMixFreshScarsAndDoorShutPatterns.ts): glad if a bus ran them over
// on the way, no more anything and that is it for them, gone "not gone from the course, gone", hiding
// cuts that are still healing, it has to sting to feel anything with a blade kept on them, a partner
// charming in front of family and different when alone, told to leave tonight with no idea where they
// are staying, stranded with no fare home at midnight; too hungover again, a few cans before ringing
// the jobcentre, "you are the only person I can talk to", climbing the walls alone all day, "flat,
// just flat". Our own examples, and look-alikes: insurance and helmets, new year resolutions, nights
// out, c-section scars and cats, leg day, children and bosses, festivals, last week's trip home,
// weddings, pregnancy news, broken legs and exams, a low battery.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said plainly, indirectly or inside a practical message', () => {
  it.each([
    ["Honestly if I ever got run over by a bus on the way to the jobcentre I'd be glad.", "wishes to be dead"],
    ["I would not mind if a lorry hit me on the way home, that's the truth.", "wishes to be dead"],
    ["No more forms, no more anything. That is it for me now.", "intends to end their life"],
    ["No more trying, no more of any of it, I'm done for good.", "intends to end their life"],
    ["I'll be gone by sunday. Not gone from the course. Gone.", "intends to end their life"],
    ["After the review I'm done. Not done with the programme. Done for good.", "intends to end their life"],
    ["What's the best concealer to hide cuts on my wrist? They're still healing.", "self-harm"],
    ["Any tips for covering up marks on my arms for the induction, they're from last night.", "self-harm"],
    ["Lately it has to sting before I can feel anything. I keep a blade in my purse.", "self-harm"],
    ["It needs to hurt so I can feel something, the razor's in my bag.", "self-harm"],
    ["She's so charming in front of my family. It's when we're alone that it starts.", "abuse or violence"],
    ["He is a different person around friends, behind closed doors it's a different matter.", "abuse or violence"],
    ["They've told me to leave tonight and I've no idea where I'm staying.", "no safe place, food or power tonight"],
    ["Landlord locked me out, no clue where I'm kipping tonight.", "no safe place, food or power tonight"],
    ["I'm stranded in town, missed the last train, no money for a taxi, phone dying.", "no safe place, food or power tonight"],
    ["Stuck at the station with no cash for the bus home and it's midnight.", "no safe place, food or power tonight"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "If I got hit by a taxi on my bike I'd be glad I wear a helmet.",
    "My brother said if he got hit by a bus he'd be relieved of the commute haha.",
    "If I got knocked over by a car I'd be glad of the helmet.",
    "No more takeaways, no more anything sweet, this is it for me, new year new me.",
    "No more overtime, no more anything extra, that is it for me at the shop.",
    "I'm out tonight, not out of the pub, out out lol.",
    "I'm off on friday. Not off the course, off on holiday.",
    "How do I cover scars from my c section for the swimming job? They're quite new.",
    "How can I hide the scratches, the cat left fresh marks all up my arm.",
    "My sister wants to hide her new tattoo for the interview.",
    "It has to hurt to feel anything at the gym, leg day, I left my lighter at home.",
    "He's lovely when other people are round, just at home he has tantrums, my son is 4.",
    "My boss is lovely when clients are around, just at home he's a grump, his wife says.",
    "He is nice in front of the interviewer, when nobody's looking he slacks off.",
    "No idea where I'm sleeping tonight at the festival, the tent ran out of pegs lol.",
    "Her landlord told her to leave tonight and she has no idea where she is staying.",
    "Was stuck last week with no money for the bus, 9pm, phone on 5%, got a lift in the end.",
    "Stuck in traffic, no money for the parking, it's 6pm, phone dying.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said plainly, indirectly or inside a practical message', () => {
  it.each([
    ["Missed the call because I was too hungover again, that's the fourth time.", "drinking or drugs to cope"],
    ["Still hungover, every monday it's the same, couldn't make the session.", "drinking or drugs to cope"],
    ["I need a few cans before I can ring the jobcentre.", "drinking or drugs to cope"],
    ["I cannot fill in a form without a couple of drinks these days.", "drinking or drugs to cope"],
    ["You're the only person I can talk to about any of this.", "feels alone"],
    ["You are the only one who knows what happened with the job.", "feels alone"],
    ["Climbing the walls here, alone in the flat all day every day.", "feels alone"],
    ["Talking to myself now, not spoken to anyone since tuesday.", "feels alone"],
    ["Flat. Just flat. Done my steps.", "low mood"],
    ["Numb. Really numb today.", "low mood"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ["Too hungover again after my sister's wedding, third time this month with parties.", "drinking or drugs to cope"],
    ["Too hungover to go, he said, the second time this week.", "drinking or drugs to cope"],
    ["I need a couple of coffees before I can write anything.", "drinking or drugs to cope"],
    ["I need a couple of drinks before I can dance at the wedding.", "drinking or drugs to cope"],
    ["You're the only one I've told about the pregnancy.", "feels alone"],
    ["You are the only one I've told about the interview, keep it quiet.", "feels alone"],
    ["Going stir crazy on my own all day with this broken leg.", "feels alone"],
    ["Stir crazy revising for exams, alone in my room all day.", "feels alone"],
    ["Low battery, just low, charge later.", "low mood"],
    ["Down, just down the road from the jobcentre.", "low mood"],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
