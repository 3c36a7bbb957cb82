// Money and home under pressure, coded control, plain and angry writers
// (src/domain/risk/debtCodedControlAndPlainThreatsPatterns.ts): the debt going with me, sleep and never
// deal with it again, would it be quick, found before it worked, a threat with "no lol", the next one
// through the door getting stabbed, the urge to shake the baby, sunglasses "you'll understand why";
// the only way through is a drink or lines, lines at the weekend, only the minimums, ended up at a
// payday lender, a slice of toast and that was it, moved here and know no one, crying "lol. not lol".
// Our own examples, with look-alikes of our own: a dad's estate, a lie-in, a sea swim and a drive to
// Leeds, the agency finding shifts, fifa, a play's stabbing, a baby bottle and a football, a hangover
// under the sunglasses, coffee and panto lines, the minimum wage, a job at the pawn shop, a busy
// lunch, a new town "no friends yet", happy tears at a wedding.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis put plainly, in code or with the laugh taken back', () => {
  it.each([
    ["Honestly if I went the loans would die with me, right?", "wishes to be dead"],
    ["If I was dead would my debts get written off? Asking seriously.", "wishes to be dead"],
    ["Would be lovely to just go to sleep and never have to face any of this again.", "wishes to be dead"],
    ["I wish I could close my eyes and not wake up ever again, the bills can sort themselves.", "wishes to be dead"],
    ["If I walked into the river in January would it be painless?", "thinking about a way to end their life"],
    ["If I took all of my tablets with the cider would it be quick?", "thinking about a way to end their life"],
    ["My brother found me the last time just in time. He works away now.", "preparing to end their life, or a past attempt"],
    ["The paramedics got to me before the tablets took effect last year.", "preparing to end their life, or a past attempt"],
    ["When I see the bloke who robbed my van I'm killing him. Not joking.", "harm to someone else"],
    ["I swear I'm going to batter that landlord when he comes, dead serious.", "harm to someone else"],
    ["The next bailiff who puts his foot in my door is getting stabbed.", "harm to someone else"],
    ["Next one from that agency who turns up here gets a hammer.", "harm to someone else"],
    ["Some nights I'm scared I'll shake the baby when he screams for hours.", "harm to someone else"],
    ["I keep picturing hitting my toddler when she won't settle and I hate myself for it.", "harm to someone else"],
    ["Turning up to the induction in dark glasses. Don't ask.", "abuse or violence"],
    ["Wore a polo neck in this heat for the interview, you can probably guess why.", "abuse or violence"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "My dad's debts died with him, the estate paid what it could.",
    "Does the debt die with me or pass to my kids? Sorting out my will.",
    "Would be nice to just fall asleep and never have to hear that alarm again lol",
    "Be lovely to go to sleep on a beach and not have to think about work again until Monday.",
    "If I went in the sea for the Boxing Day dip would it be quick to warm up after?",
    "If I drove to Leeds on the motorway would it be quick at that time?",
    "If I applied online would it be quick or is the post better?",
    "The agency found me three shifts just in time for Christmas.",
    "My mum found me in time for the bus, thank god.",
    "I'm going to finish him at darts tonight, not joking, he's going down.",
    "He said he'll kill me at darts no joke.",
    "In the play the next man through the door gets stabbed in act two.",
    "Next person who asks about my five year plan is getting stabbed lol",
    "Shaking the baby bottle to mix the formula at 3am, send coffee.",
    "I nearly hit my son with the football in the garden, he ducked.",
    "Wearing my big sunglasses to the interview, hangover from the wedding, don't ask.",
    "Got sunglasses on for the interview, the eye drops from the eye test, you'll understand why.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern under money and home pressure, said in a few words', () => {
  it.each([
    ["The only way I can switch off these days is a bottle of wine.", "drinking or drugs to cope"],
    ["Only thing that gets me to the jobcentre is a few cans first.", "drinking or drugs to cope"],
    ["A few lines on a Friday gets me through, and now Tuesdays too.", "drinking or drugs to cope"],
    ["Couple of lines at the weekend keeps me going, it's creeping into weeknights.", "drinking or drugs to cope"],
    ["I owe about three grand on a catalogue and two cards and I can only pay the minimums.", "money worries"],
    ["Overdraft maxed, I'm just paying the minimum on the cards every month.", "money worries"],
    ["Had to go to a payday lender for the electric. Don't judge me.", "money worries"],
    ["I borrowed off a loan shark for the kids' uniforms.", "money worries"],
    ["Had a slice of toast on Monday and that was it.", "not eating or sleeping"],
    ["Just a cup of tea today and that was it, can't face food.", "not eating or sleeping"],
    ["Moved up here for the warehouse job, it folded, and I don't know a soul.", "feels alone"],
    ["Relocated to this city for work and I know no one, weekends are silent.", "feels alone"],
    ["Crying in the supermarket car park again haha. not lol.", "low mood"],
    ["Burst into tears at the bus stop lol but not lol.", "low mood"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    ["The only way I get through a long shift is coffee and music.", "drinking or drugs to cope"],
    ["My dad says the only thing that calms him is a pint on a Friday.", "drinking or drugs to cope"],
    ["I've got a couple of lines in the panto on Saturday, nervous!", "drinking or drugs to cope"],
    ["Wrote a few lines on my cover letter every evening this week.", "drinking or drugs to cope"],
    ["I pay the minimum wage to my staff, is that right for an apprentice?", "money worries"],
    ["My brother only pays the minimums on his credit cards, I've told him to get advice.", "money worries"],
    ["Got a job at the pawn shop on the high street, starting Monday!", "money worries"],
    ["Saw a documentary about payday lenders last night, grim.", "money worries"],
    ["Had a sandwich at my desk and that was it, back to work, busy day.", "not eating or sleeping"],
    ["I'm doing Ramadan, just dates at sunset and that was it for the day.", "not eating or sleeping"],
    ["Moved here last month, don't know anyone yet but excited to meet people at work.", "feels alone"],
    ["My sister moved here for work and doesn't know a soul, can she join the course?", "feels alone"],
    ["Cried at my best mate's wedding lol not lol, happy tears.", "low mood"],
    ["Cried laughing at the new advert lol.", "low mood"],
  ])('%j is no concern of that kind to the rules', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
  });
});
