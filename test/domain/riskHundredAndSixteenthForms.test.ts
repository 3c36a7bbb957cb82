// A seventeenth plain mix: risk said in passing, in the middle of everyday talk
// (src/domain/risk/plainMixExhaustFumesWifiPasswordsAndTrackSidesPatterns.ts): I'll end it all with my
// tablets once the rent is due; my boyfriend listens in on my calls so I can't be honest; can't afford any
// food today, the last proper meal was two days ago; the stepdad who hit me is back living with us; she
// hides my bank card so I can't get to the jobcentre; stood at the edge of the platform looking down;
// lonely, the job club was the only time I spoke to anyone.
// Our own examples, with look-alikes of our own: ending it with the gas company; ending it with the
// tablets that make me dizzy; my flatmate or manager listens in on my calls; can't afford to eat out today;
// the last meal before my operation; a brother who beat me at chess moved back in; the broadband company
// changed the password; my son hides my phone; the laptop taken to work; sitting by the railway taking
// photos of the trains; listening to tracks; the canteen the only place I see people from head office.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { assessRisk } from '../../src/domain/risk.ts';

describe('crisis said in passing in a plain mix', () => {
  it.each([
    ["Once the rent is due I'm going to end it all with my tablets.", "a plan to end their life"],
    ["After the tribunal I'll end things using the hosepipe in the garage.", "a plan to end their life"],
    ["My boyfriend listens in on my calls so I can't be honest with you.", "coercive control"],
    ["Sorry, she is always earwigging when I'm on the phone, so I cannot really speak.", "coercive control"],
    ["I can't afford any food today, not a penny till Friday.", "no safe place, food or power tonight"],
    ["My last proper meal was two days ago, nothing in the cupboards and no money.", "no safe place, food or power tonight"],
    ["The stepdad who used to hit me is back living with us now.", "abuse or violence"],
    ["The man who assaulted me has moved back in with my mum and me.", "abuse or violence"],
    // Childhood abuse by a brother is no look-alike: "when we were kids" no longer shuts this set.
    ["My brother abused me when we were kids and now he is moving back in with us.", "abuse or violence"],
    ["She hides my bank card so I can't get to the jobcentre.", "coercive control"],
    ["My husband unplugs the router so I can't do my applications.", "coercive control"],
    ["Some nights I stand at the edge of the platform and look down.", "thinking about a way to end their life"],
    ["I've been going to the level crossing after dark, thinking about how easy it would be.", "thinking about a way to end their life"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "I'm ending the contract with the gas supplier this week, the bills are too high.",
    "I'm ending it with the gas company and switching to a cheaper one.",
    "Ending it with these tablets, they make me dizzy, so the doctor is switching me.",
    "My flatmate listens in on my calls so I can't really talk about the surprise party.",
    "Ring after six? My manager listens in on calls at work so I can't really talk now.",
    "I can't afford to eat out today so I'll bring a sandwich to the course.",
    "Last meal was yesterday morning, I'm fasting before my operation, money's fine.",
    "My brother used to beat me at chess, now he's moved back in with us.",
    "Our lodger has moved back in, and it hit me that I need a job to keep the house.",
    "The broadband company changed the wifi password so I can't get online till the engineer comes.",
    "My son hides my phone so I can't find it in the mornings lol.",
    "My wife has taken the laptop to work so I can't apply today, can I use the library?",
    "I sit by the railway line taking photos of the trains and wonder where they go.",
    "I sit listening to tracks on my headphones and wonder what job I'd like.",
  ])('%j is not read as crisis', (text) => {
    expect(applyRules(text).crisis.size).toBe(0);
  });
});

describe('concern said in passing in a plain mix', () => {
  it.each([
    ["Honestly I'm so lonely, the job club was the only time I spoke to anyone.", "feels alone"],
    ["Since it finished I feel isolated, the sessions were the only place I saw other people.", "feels alone"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expectAssessed(text, 'concern', reason);
  });

  it.each([
    ["The canteen job was the only place I saw people from head office, I'm not lonely at all.", "feels alone"],
    ["Lonely? No. The course was the only time I met the manager though.", "feels alone"],
  ])('%j is not read as %j', (text, reason) => {
    expect([...applyRules(text).concern]).not.toContain(reason);
    expect(assessRisk(text).reasons).not.toContain(reason);
  });
});
