// People in low-paid, zero-hours, agency and shift work, typing on breaks
// (src/domain/risk/agencyShiftsPalletsTimedGoodbyesAndOverpaymentsPatterns.ts): if a shelf came down on me
// on nights I'd be relieved; messages to my family scheduled to go out on Friday; cutting myself, inner
// thighs so work can't see; more hours if I went home with him; been forgetting to eat since nights
// started; the next lad who nicks my lunch is getting a mop round the head; overpaid and they want the lot
// back; the till out the window with the shift manager strapped to it; useless like me; can't imagine
// things ever getting easier; back on the vodka after 18 months sober; need someone to help me bury the body.
// Our own examples, with look-alikes of our own: a job offer landing on me; spec emails to companies on a
// timer; a scratch on my thumb from a box; if I go back to the agency full time; forgot to eat breakfast
// before the interview; the next customer gets a free tote bag; I overpaid my council tax; the laptop out
// the window with the charger attached; my son looks just like me; working out at a gym; dry January done;
// a body hidden in a crime drama.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';

describe('crisis said on a break from agency and shift work', () => {
  it.each([
    ["Honestly if a shelf came down on me on nights I'd be relieved.", "wishes to be dead"],
    ["If one of the crates toppled on me at work I wouldn't mind, tbh.", "wishes to be dead"],
    ["Honestly if the pallet stack came down on me I'd welcome it.", "wishes to be dead"],
    ["I've scheduled messages to my family to go out on Friday, they're all set.", "preparing to end their life, or a past attempt"],
    ["Recorded voice notes for the kids, set to send next week.", "preparing to end their life, or a past attempt"],
    ["Been cutting myself again, inner thighs so work can't see.", "self-harm"],
    ["I burn myself with a lighter on my stomach where nobody will see.", "self-harm"],
    ["The site manager said he'd put me on more hours if I went home with him.", "abuse or violence"],
    ["My landlord offered to take money off the rent if I'd sleep with him.", "abuse or violence"],
    ["Slept with him to keep the job. I didn't want to.", "abuse or violence"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "If a job offer fell on me I'd be relieved, I'm skint.",
    "If extra shifts landed on me this week I'd be glad of the money.",
    "If a lorry ran over my phone I'd be relieved, it's ancient.",
    "Scheduled the emails to employers to send at 9am so they land first thing.",
    "Set up the spec emails to companies on a timer so they go out at 9.",
    "Burnt myself on the car seat, tops of my legs are red, hot day.",
    "Cut myself on a box at the warehouse, just a scratch on my thumb.",
    "If I slept in I'd miss the first shift, can we do 11?",
    "Would he give me more hours if I went back with the agency?",
    "Got my ID sorted, if I sleep early tonight I'll make the 6am.",
  ])('%j is not read as crisis', (text) => {
    expect(applyRules(text).crisis.size).toBe(0);
  });
});

describe('concern said on a break from agency and shift work', () => {
  it.each([
    ["Been forgetting to eat since the night shifts started.", "not eating or sleeping"],
    ["The last thing I ate was a pasty two days ago.", "not eating or sleeping"],
    ["Next customer who asks if we've got it out back gets a crate to the face.", "joked about hurting someone"],
    ["The next lad who nicks my lunch from the fridge is getting a mop round the head.", "joked about hurting someone"],
    ["The agency says I was overpaid and they want the lot back by Friday.", "money worries"],
    ["HMRC says there was an overpayment and I owe them £600.", "money worries"],
    ["Scanner's broken again, it's going out the window with my supervisor attached lol", "joked about hurting someone"],
    ["This till is going out the window with the shift manager strapped to it.", "joked about hurting someone"],
    ["Interviewer said my answers were weak. Fair, they were useless like me.", "feels worthless"],
    ["My CV is a mess just like me.", "feels worthless"],
    ["Honestly can't imagine things ever getting easier.", "hopelessness"],
    ["I don't see any of it ever changing.", "hopelessness"],
    ["Back on the vodka again after 18 months sober, nights are killing me.", "drinking or drugs to cope"],
    ["3 years sober and last month I started drinking again, the nights did it.", "drinking or drugs to cope"],
    ["If the supervisor moves my break again I'll need someone to help me bury the body.", "joked about hurting someone"],
    ["Need an alibi for Friday, the agency rang me at 5am again.", "joked about hurting someone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expectAssessed(text, 'concern', reason);
  });

  it.each([
    ["Forgot to eat breakfast before the interview, nerves!", "not eating or sleeping"],
    ["Fasting for Ramadan so I keep forgetting to eat at the right time.", "not eating or sleeping"],
    ["My nan keeps forgetting to eat so I pop round on my break.", "not eating or sleeping"],
    ["Next customer who spends £20 gets a free tote bag.", "joked about hurting someone"],
    ["The next person to finish the course gets a badge on their lanyard.", "joked about hurting someone"],
    ["Footballers are overpaid, I'd take their wages back.", "money worries"],
    ["The agency paid me too much holiday pay, I rang and they're sorting it next week.", "money worries"],
    ["The laptop's going out the window with the charger attached lol", "joked about hurting someone"],
    ["We stood by the window with the manager during the fire drill.", "joked about hurting someone"],
    ["My son looks just like me.", "feels worthless"],
    ["The new starter is nothing like me, really confident.", "feels worthless"],
    ["I don't see it ever being a problem for the interview.", "hopelessness"],
    ["Can't see myself ever working out at a gym lol.", "hopelessness"],
    ["Dry January's done so I've started drinking again, 31 days dry!", "drinking or drugs to cope"],
    ["In the game you hide the body in the freezer.", "joked about hurting someone"],
    ["Need to hide the body of the old sofa from the landlord before inspection lol", "joked about hurting someone"],
    ["In that crime drama they had to hide the body in the woods.", "joked about hurting someone"],
  ])('%j is not read as %j', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
    expect(assessRisk(text).reasons).not.toContain(reason);
  });
});
