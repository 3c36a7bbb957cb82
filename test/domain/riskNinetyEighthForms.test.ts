// Crisis and worry said plainly (src/domain/risk/plainMixTrainTimesTimedOutingsAndCatalogueDebtPatterns.ts):
// glad never to wake, the CV or ending myself, dead by Christmas as a goal, walking out in front of a
// lorry or the 7.15, a note for the kids with the keys in an envelope, new cuts on my wrists and short
// sleeves, nearly knocked his teeth out and next time I will, burning down the jobcentre and not joking,
// the gaffer slaps us when we are slow or will report us to immigration if we complain, she times how
// long I am at the shop and goes mad if I am home late; missed direct debits, every letter chasing money,
// going to strangle my dog for chewing my interview shoes. Our own examples, with look-alikes of our own:
// waking the baby or at five for a shift, killing myself laughing or trying, a dead set goal and a dead
// phone, standing in front of a camera or the bus to stop it, a note for mum with spare keys while she
// feeds the cat, paper cuts and bramble scratches, sparring partners and walking away next time, shooting
// up the rankings or a game, hits me up and a baby who kicks, my dad and a curfew, a boss and a late
// shift, a job chasing missed payments, charity collections, smothering the dog in kisses and "I could
// kill that printer".
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { NINETY_EIGHTH_WHOLE_SETS } from '../../src/domain/risk/plainMixTrainTimesTimedOutingsAndCatalogueDebtPatterns.ts';
import { normaliseForMatching } from '../../src/domain/risk.ts';

/** What this file's sets alone find in a message, as "level/reason". */
function ninetyEighthFinds(text: string): string[] {
  const whole = normaliseForMatching(text);
  return NINETY_EIGHTH_WHOLE_SETS.flatMap(([gate, groups]) =>
    gate.test(whole) ? groups.filter((g) => g.patterns.some((p) => p.test(whole))).map((g) => `${g.level}/${g.reason}`) : [],
  );
}

describe('crisis said plainly', () => {
  it.each([
    ["Honestly I'd be glad if I never woke up.", 'wishes to be dead'],
    ["Applied for two more. I would be at peace not to wake up tomorrow though.", 'wishes to be dead'],
    ["Some mornings it's a toss up, get dressed for the interview or kill myself.", 'thoughts of suicide'],
    ["Keep weighing it up, carry on with the course or just end myself.", 'thoughts of suicide'],
    ["My only goal for this year is to be dead by Christmas.", 'intends to end their life'],
    ["I want to be dead before the tribunal date.", 'intends to end their life'],
    ["I'm going to walk out in front of a lorry on the bypass.", 'a plan to end their life'],
    ["Tempted to just step in front of the 7.15 on Monday.", 'a plan to end their life'],
    ["Left a note for the kids in an envelope with my bank details and the life insurance policy.", 'preparing to end their life, or a past attempt'],
    ["Sealed a letter to my sister with all my passwords inside.", 'preparing to end their life, or a past attempt'],
    ["Got new cuts on my wrists, will they notice at the interview?", 'self-harm'],
    ["Can I wear long sleeves at the trial day, there are cuts on my thighs and arms I don't want seen.", 'self-harm'],
    ["I nearly knocked his teeth out at the jobcentre. Next time I will.", 'harm to someone else'],
    ["I was so close to battering that recruiter, next time I see him I'm going to.", 'harm to someone else'],
    ["I want to burn down the jobcentre, I'm not joking.", 'harm to someone else'],
    ["I'll blow up that agency office, they ruined me.", 'harm to someone else'],
    ["The gaffer slaps us when we make mistakes on the line.", 'abuse or violence'],
    ["Working off the books at the car wash and the owner says he will report us to immigration if we complain.", 'abuse or violence'],
    ["She times how long I'm at the shops and checks the receipts.", 'coercive control'],
    ["My husband goes mad if I'm ten minutes late home from the course.", 'coercive control'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "I'd be happy not to wake up at 5 for the early shift any more.",
    "I'd be glad if I never woke up the baby when I come in from nights.",
    "Either I get this job or kill myself trying.",
    "That video of the interview fails, I nearly died laughing or killed myself laughing.",
    "My goal is to be dead set on one career by the summer.",
    "I want my phone to be dead by the time the interview starts so I'm not distracted.",
    "Going to stand in front of the camera for the video interview tomorrow.",
    "I'll run in front of the bus to stop it so you can get on.",
    "Left a note for my mum with the spare keys so she can feed the cat while I'm away.",
    "Put a letter for my dad in the envelope with the house keys for the new flat.",
    "New cuts on my arms from the brambles at the allotment.",
    "Do warehouse jobs mind cuts on your arms from cardboard boxes? Asking for the uniform.",
    "I nearly knocked him out in sparring, next time I will.",
    "Nearly hit him with my trolley at Tesco, next time I'll look where I'm going.",
    "I want to shoot up the rankings on the leaderboard.",
    "I want to burn down the place in the game lol.",
    "He hits me up every morning about new shifts.",
    "The baby kicks me when I'm slow with her bottle.",
    "My dad went mental because I was late home, curfew is ten.",
    "My boss times how long I'm on break, strict place.",
  ])('%j is no crisis of these sets', (text) => {
    expect(ninetyEighthFinds(text).filter((f) => f.startsWith('crisis/'))).toEqual([]);
  });
});

describe('concern said plainly', () => {
  it.each([
    ["Missed two direct debits this month, the bank charges are killing me.", 'money worries'],
    ["Behind on my Klarna repayments again.", 'money worries'],
    ["Every letter through the door is someone chasing money.", 'money worries'],
    ["Everyone wants money off me at the minute.", 'money worries'],
    ["I'm going to strangle my dog, he chewed my interview shoes.", 'joked about hurting someone'],
    ["I'll throttle the cat if she knocks my laptop off the table again.", 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern, ...applyRules(text).crisis]).toContain(reason);
  });

  it.each([
    "The collections job is chasing missed payments for a bank.",
    "Never missed a payment on my phone contract.",
    "Every call at the call centre is someone wanting money back, refunds all day.",
    "Every email this week is the charity asking for money for the raffle.",
    "Going to smother my dog in kisses when I get home.",
    "I could kill that printer.",
    "Going to kill the cats fleas with the spray from the vet.",
  ])('%j is no finding of these sets', (text) => {
    expect(ninetyEighthFinds(text)).toEqual([]);
  });
});
