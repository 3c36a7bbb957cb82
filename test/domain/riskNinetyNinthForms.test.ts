// Older clients, formal and understated (src/domain/risk/olderFormalUnderstatementsPatterns.ts): ready
// to go when the Lord calls, the sooner the better; "I am going to do it, I have had enough" as the
// whole message; my decision is made and I shall be with my late husband; longing to join a late wife;
// a father who took his own life, understood better now or at the same age; the SIM taken out of my
// phone, or my phone taken and the library's computer used; days without a meal and the last given to
// the grandchildren; a hand burnt or hit on purpose; the family must think their nan is a
// disappointment; I will throttle the next caller who asks; lucky I am a patient man, or I would have
// strangled him; it all seems rather in vain; I wonder if I might be depressed, or the GP says so; the
// bungalow will have to be sold unless work turns up. Our own examples, with look-alikes of our own:
// ready to start when called for interview, a new phone set up, joining a wife in Spain, a late wife's
// grave, suicide awareness work in a father's memory, a broken screen, a fast before an operation,
// burns by accident, a proud family, killing an hour, a wasp, a patient husband, a pointless form, a
// depressed housing market, downsizing.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said formally or with understatement', () => {
  it.each([
    ["I'm quite ready to go when the good Lord calls, and not before time.", "wishes to be dead"],
    ["Honestly I am ready to be taken, the sooner the better.", "wishes to be dead"],
    ["God may take me whenever he likes, I have had my innings.", "wishes to be dead"],
    ["I'm done. I'm going to do it tonight.", "intends to end their life"],
    ["I am really going to do it this time, I have had enough.", "intends to end their life"],
    ["I have made my decision. I will be with my late husband before Christmas.", "intends to end their life"],
    ["It is settled in my mind, I am going to join my late wife.", "intends to end their life"],
    ["My wife passed in March. I just want to be with her again soon.", "wishes to be dead"],
    ["I long to be reunited with my late husband, there is nothing here for me.", "wishes to be dead"],
    ["My father took his own life when I was a boy. I am beginning to understand why.", "thoughts of suicide"],
    ["Mum killed herself aged 62 and I am 62 now. Strange feeling.", "thoughts of suicide"],
    ["My husband took my SIM card out again so I can't ring anyone.", "coercive control"],
    ["She hides my charger, so I have to use the library computers to message you.", "coercive control"],
    ["Haven't eaten anything in three days, the cupboards are bare and the grandchildren eat first.", "no safe place, food or power tonight"],
    ["No proper meal for four days now, gave what was left to my grandson.", "no safe place, food or power tonight"],
    ["I burnt my arm on the iron on purpose last night.", "self-harm"],
    ["I deliberately hit my hands against the wall until they bruised.", "self-harm"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "I'm ready to start whenever I am called for interview, the sooner the better.",
    "Ready to go when the taxi comes, the sooner the better.",
    "I'm going to do it! Applying for the manager job, I'm done waiting.",
    "I have decided I will be joining my wife in Spain shortly, can I sign off?",
    "My mind is made up, I'm joining my husband's firm in the new year.",
    "My late wife's grave is lovely in spring, I want to be with her on the anniversary.",
    "My late husband's family are coming at Christmas.",
    "My dad took his own life in 1990, which is why I volunteer with the Samaritans.",
    "My uncle killed himself when I was 20. I will never understand why.",
    "My son took the SIM out of my phone to set up the new one.",
    "The shop has my phone for a new screen, so I'm using the library computer and can't reply at night.",
    "Not eaten for two days before the operation, gave the last biscuits to the grandkids.",
    "Fasting for Ramadan, three days in, gave the last dates to the kids.",
    "Burnt my hand on the oven by accident, not on purpose obviously.",
    "Scalded my hand on the kettle, not deliberately, just clumsy.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern said formally or with understatement', () => {
  it.each([
    ["The family must all think their nan is a disappointment.", "feels worthless"],
    ["My son probably sees me as a waste of space these days.", "feels worthless"],
    ["I swear I'll throttle the next caller who asks me to repeat my date of birth.", "joked about hurting someone"],
    ["I shall cheerfully strangle the next recruiter that calls me mate haha.", "joked about hurting someone"],
    ["My brother should count himself lucky I'm a calm man, haha.", "joked about hurting someone"],
    ["I nearly strangled him when he said it haha.", "joked about hurting someone"],
    ["The whole business seems utterly futile.", "hopelessness"],
    ["Frankly all my efforts feel rather in vain.", "hopelessness"],
    ["I wonder if I might be suffering from depression.", "low mood"],
    ["My GP reckons I'm showing signs of depression.", "low mood"],
    ["Unless something turns up the bungalow will have to be sold.", "may lose their home"],
    ["If we can't keep up the mortgage the house may have to go.", "may lose their home"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "My grandchildren must think their grandad is a legend after the fishing trip.",
    "The family must be proud, they think I'm a hard worker.",
    "I'll kill the next hour browsing the job boards.",
    "I'll kill the next wasp that comes in the kitchen.",
    "My husband is lucky I'm a patient woman, he has reorganised the whole kitchen.",
    "She's lucky I'm a pacifist? No, I'm lucky she's my friend.",
    "It all seems rather pointless having to fill in the same form twice.",
    "The form feels futile but I'll do it.",
    "The housing market is a bit depressed round here.",
    "My mum thinks I might be depressed but I'm just tired after nights.",
    "When we downsize the house will have to go, and if I don't get work we will move sooner.",
    "The house will have to go on the market when we retire.",
  ])('%j is no finding of the rules', (text) => {
    const found = applyRules(text);
    expect([...found.crisis, ...found.concern]).toEqual([]);
  });
});
