// Short replies to the coach's own questions, one to twelve words, the risk in a few of them
// (src/domain/risk/shortRepliesReadyToGoTracksAndWineForBreakfastPatterns.ts): honestly I'm ready to go
// for good; made my will yesterday, in case; the letters are all written now; my aim this week is to end
// it all, Saturday; the viaduct is looking more tempting; the railway line is two minutes from my flat; no
// one, the canal probably; want to see that manager bleed; could strangle my stepdad and I know I would;
// cleaning up the fresh cuts on my thighs; I'm never going to be alive by Christmas; there's a man trying
// to get into my front door; feeling really flat; I've given up on it all; may as well get used to it;
// one more email and I'm committing murder; I will physically fight the self checkout; cans with
// breakfast again.
// Our own examples, with look-alikes of our own: ready to go back to work; my will done in case of the
// mortgage; my notes for the interview written; goal to finish it by Friday (the CV); the river inviting
// in the heat; the bridge ten minutes from mine on the walk to work; no one, the bridge club maybe; bleed
// the radiators; could kill for a pizza and I would; dressing the cuts from the brambles; not around for
// the course because of a holiday; the landlord trying to get in for an inspection; battery pretty low;
// giving up on the diet; might as well give up and get a takeaway; witnessed a crime; fight the sanction
// decision; champagne for breakfast at a wedding.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said in a short reply to the coach', () => {
  it.each([
    ["Honestly I'm ready to go for good.", "intends to end their life"],
    ["i feel ready to go now tbh", "intends to end their life"],
    ["Made my will yesterday, in case.", "preparing to end their life, or a past attempt"],
    ["I've written my will this week. It's time.", "preparing to end their life, or a past attempt"],
    ["The letters are all written now.", "preparing to end their life, or a past attempt"],
    ["my goodbye notes are done", "preparing to end their life, or a past attempt"],
    ["My aim this week is to end it all. Saturday.", "a plan to end their life"],
    ["plan for the week: end it properly, friday", "a plan to end their life"],
    ["The viaduct is looking more tempting every day.", "thinking about a way to end their life"],
    ["that level crossing by the estate is getting very tempting", "thinking about a way to end their life"],
    ["The railway line is two minutes from my flat.", "thinking about a way to end their life"],
    ["the cliffs are only 10 mins from here tbh", "thinking about a way to end their life"],
    ["No one really. The canal probably.", "thinking about a way to end their life"],
    ["nobody. the train tracks i guess", "thinking about a way to end their life"],
    ["I want to see that manager bleed.", "harm to someone else"],
    ["Aim for the week? Watching my ex bleed.", "harm to someone else"],
    ["I could strangle my stepdad and I know I would.", "harm to someone else"],
    ["could honestly stab that bloke and i would", "harm to someone else"],
    ["Late cos I was cleaning up the fresh cuts on my thighs", "self-harm"],
    ["been bandaging my wounds all morning, sorry", "self-harm"],
    ["I'm never going to be alive by Christmas.", "intends to end their life"],
    ["I won't be around for the next session.", "intends to end their life"],
    ["There's a man trying to get into my front door.", "abuse or violence"],
    ["some lads are trying to kick the door in my flat", "abuse or violence"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "I'm ready to go back to work now.",
    "Ready to go now, interview outfit on!",
    "Finally done my will, the solicitor said in case of the mortgage.",
    "Sorted my will at the solicitor, in case, now the mortgage is through.",
    "My notes for the interview are written.",
    "my presentation notes are done",
    "Goal for this week: finish it by Friday.",
    "plan is to finish the cv, thursday",
    "The river looks so inviting in this heat.",
    "That canal is looking very tempting for a swim.",
    "The bridge is ten minutes from mine on the walk to work.",
    "the station is 5 mins from mine",
    "No one. The bridge club maybe.",
    "nobody, the river walk maybe",
    "Need to bleed the radiators before winter.",
    "The energy company want to see us bleed dry.",
    "Could kill for a pizza and I would.",
    "i could murder a cup of tea and i will",
    "Had to dress my cuts from the brambles in the garden.",
    "Cleaning the cuts on my hands from the warehouse shift.",
    "Not going to be around for the course, I'm on holiday.",
    "I'm not going to be here for the session on Tuesday.",
    "The landlord keeps trying to get into my flat for an inspection.",
    "A cat keeps trying to get in my window lol",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said in a short reply to the coach', () => {
  it.each([
    ["Feeling really flat.", "low mood"],
    ["honestly a bit low this week", "low mood"],
    ["I've given up on it all.", "hopelessness"],
    ["kind of giving up on life tbh", "hopelessness"],
    ["No one will hire me, may as well get used to it.", "hopelessness"],
    ["i might as well stop looking", "hopelessness"],
    ["One more rejection email and I'm committing murder.", "joked about hurting someone"],
    ["about to commit actual violence against this form", "joked about hurting someone"],
    ["I will physically fight the self checkout.", "joked about hurting someone"],
    ["ready to square up to the library printer", "joked about hurting someone"],
    ["Cans with breakfast again.", "drinking or drugs to cope"],
    ["had a few tins for breakfast", "drinking or drugs to cope"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "Battery is pretty low, will call later.",
    "My credit is really low.",
    "Giving up on the diet for Christmas.",
    "Gave up on the whole thing and signed up for college instead.",
    "Raining again, might as well give up and get a takeaway.",
    "Might as well accept the offer, it's decent pay.",
    "I witnessed a crime on the bus, had to give a statement.",
    "Is it true I have to disclose a crime I committed at 17?",
    "I'm going to fight the sanction decision.",
    "Will fight the council on the appeal.",
    "Champagne for breakfast at my sister's wedding!",
    "Had coffee and toast for breakfast.",
  ])('%j is no finding of the rules', (text) => {
    const found = applyRules(text);
    expect([...found.crisis, ...found.concern]).toEqual([]);
  });
});
