// A plain mix of job seekers, said in everyday words
// (src/domain/risk/plainMixKeepsakesLoginsAndPapersPatterns.ts): my camera given to my niece and "they
// keep asking why", my partner with the password to my bank app moving the money, my brother-in-law
// keeping my BRP and saying he will get me deported if I leave, "I'm going to batter my landlord if he
// comes in again, I mean it", how easy it would be to swerve into a lorry, a good day being one where I
// don't kill myself, clocking out of life for good; a friend's sofa only until Friday, then who knows.
// Our own examples, with look-alikes of our own: a clear-out before a move, a partner who helps with the
// journal because I can't read well, a passport held for a right-to-work check, hitting him up about the
// job, it being easy to swerve on black ice, not killing myself at the gym, checking out of the hostel
// for good, a friend putting me up for the festival weekend.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis in a plain mix of job seekers', () => {
  it.each([
    ["Gave my camera to my niece and my bike to my neighbour. They keep asking why.", "preparing to end their life, or a past attempt"],
    ["Handed my PS5 to my little brother, I won't be needing it.", "preparing to end their life, or a past attempt"],
    ["My partner has the password for my bank app and keeps moving the money out.", "coercive control"],
    ["My husband logs into my UC journal and deletes my messages to the coach.", "coercive control"],
    ["My brother-in-law keeps my BRP and says he'll get me deported if I leave.", "coercive control"],
    ["My boyfriend says he will report me to immigration if I tell anyone.", "coercive control"],
    ["I'm going to batter my landlord if he lets himself in again, I mean it.", "harm to someone else"],
    ["Swear down I will punch that manager if he talks to me like that again. Not joking.", "harm to someone else"],
    ["It would be so easy to swerve into a lorry on the way to work.", "thinking about a way to end their life"],
    ["Some nights it'd be dead easy to just take all my tablets.", "thinking about a way to end their life"],
    ["A good day for me is one where I don't kill myself.", "thoughts of suicide"],
    ["My only aim this week is not to top myself, the job search can wait.", "thoughts of suicide"],
    ["Thinking of clocking out for good, honestly.", "thoughts of suicide"],
    ["Some days I just want to check out of this life.", "thoughts of suicide"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "Gave my old bike to my nephew, he asked why, I said we're moving and there's no room.",
    "Gave my guitar to my niece, she's started lessons and keeps asking why I stopped playing.",
    "My partner has the login for my UC journal because she helps me with it, I can't read well.",
    "My wife has the password to the wifi and keeps changing it lol.",
    "The agency has my passport for the right to work check, they said they'll give it back Monday.",
    "The home office said I will be sent back if my appeal fails, my solicitor is on it.",
    "I'll hit him up about the job tomorrow, serious.",
    "I will hit my manager with a complaint if he does that again, I mean it.",
    "It's so easy to swerve on black ice, be careful driving in.",
    "It's easy to jump to conclusions about the interview.",
    "My goal at the gym is not to kill myself on leg day.",
    "Checking out of the hostel for good on Friday, got my own flat!",
    "Clocked out for good today, last shift at the warehouse before the new job.",
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern in a plain mix of job seekers', () => {
  it.each([
    ["Sleeping on my mate's sofa but only till Friday, after that no idea.", "may lose their home"],
    ["My nan is putting me up just for two weeks, then who knows.", "may lose their home"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    "My friend is putting me up just for the weekend of the festival, then who knows what we'll do.",
    "Staying at my auntie's only until Sunday, then I'm back home, my flat is fine.",
    "Staying at my mum's just for the week while the kitchen is redone, then back home.",
    "Staying with my cousin only for two nights for the wedding, then who knows, maybe the beach.",
  ])('%j is no finding of the rules', (text) => {
    const found = applyRules(text);
    expect([...found.crisis, ...found.concern]).toEqual([]);
  });
});
