// People who write simply or literally (a learning disability, autistic plain speech, new to English,
// voice-to-text) say a risk as its bare facts (src/domain/risk/plainSpokenControlHomeAndAppetitePatterns.ts):
// my husband locks me in the flat when he goes to work; I need to get my husband's permission to go out;
// what medicine would kill a person quickly; take care of my son forever; pour petrol through his door and
// set it on fire; the hostel told me I have to leave tonight; you're the only person who talks to me these
// days; lost 6 kg and can't eat; once a day, if that; nothing for three days; the council says leave the
// flat in two weeks; I can stay until Friday and then I need somewhere; I broke down in the jobcentre; I'm
// scared to open the post.
// Our own examples, with look-alikes of our own: locked in at the hostel after curfew; the manager's
// permission to leave early; a photo on my CV; which medicines can kill, on the care home training; a will
// naming who looks after my kids; petrol in the mower and light the bonfire; leave the festival today; the
// doctor says leave the ward today; the only one who talks to me about my CV properly; 5 kilos lost on
// Slimming World; fasting for Ramadan; leave the flat while the builders fix the roof; the Airbnb till
// Sunday; I broke down and the van needs a clutch; I can't open the letter on the app.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { normaliseForMatching } from '../../src/domain/risk.ts';
import { HUNDRED_AND_FOURTEENTH_WHOLE_SETS } from '../../src/domain/risk/plainSpokenControlHomeAndAppetitePatterns.ts';

/**
 * The findings of this file's sets alone. A look-alike is checked against them, not the whole reader: older
 * explicit rules read some of ours (the manager locking up the shop, not eaten since Monday for Ramadan),
 * which this file does not change.
 */
function ownFindings(text: string): string[] {
  const whole = normaliseForMatching(text);
  return HUNDRED_AND_FOURTEENTH_WHOLE_SETS.flatMap(([gate, groups]) =>
    gate.test(whole) ? groups.filter((g) => g.patterns.some((p) => p.test(whole))).map((g) => `${g.level}/${g.reason}`) : [],
  );
}

describe('crisis said plainly', () => {
  it.each([
    ["My husband locks me in the flat when he goes to work.", "coercive control"],
    ["My brother says I cannot go to college. He locks the door.", "coercive control"],
    ["They keep locking me in my room.", "coercive control"],
    ["I need to get my husband's permission to go out.", "coercive control"],
    ["I have to ask him permission to spend any money.", "coercive control"],
    ["What medicine would kill a person quickly?", "thinking about a way to end their life"],
    ["I searched how many tablets it takes to kill you", "thinking about a way to end their life"],
    ["I gave my brother my bank card and told him take care of my son forever.", "preparing to end their life, or a past attempt"],
    ["Please look after my dog when I am gone.", "preparing to end their life, or a past attempt"],
    ["I'm going to pour petrol through his door and set it on fire.", "harm to someone else"],
    ["I will burn down my landlord's house.", "harm to someone else"],
    ["The hostel told me I have to leave tonight. I have nowhere.", "no safe place, food or power tonight"],
    ["We are on the street now with the kids and our bags.", "no safe place, food or power tonight"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "They lock me in at night at the hostel, curfew is ten, so I need a job that finishes early.",
    "They locked me in the office by accident at closing time, ha.",
    "My manager locks up the shop at six, he says I can not leave before that.",
    "I must ask my manager permission to leave early for the interview.",
    "Do I need to ask permission to use a photo on my CV?",
    "I have to ask the landlord's permission to put up shelves.",
    "On the care home training they asked which medicines can kill.",
    "For my pharmacy exam: what drugs can be fatal?",
    "If something happens, my will says my sister will look after my kids forever.",
    "My neighbour will mind the cat when I am gone and I'll be back on Sunday.",
    "I'll pour petrol in the mower and then light the bonfire.",
    "Going to put diesel in the generator then burn the garden rubbish.",
    "The festival says we must leave today by 5pm, I'm on the street with my bags waiting for a taxi.",
    "The doctor said I must leave today, the ward needs the bed, my flat is ready.",
  ])('%j is no crisis of these sets', (text) => {
    expect(ownFindings(text).filter((f) => f.startsWith('crisis'))).toEqual([]);
  });
});

describe('concern said plainly', () => {
  it.each([
    ["You're the only person who talks to me these days.", "feels alone"],
    ["The only one who speaks to me all week is the bus driver.", "feels alone"],
    ["I have lost 6 kg and I can't eat.", "not eating or sleeping"],
    ["I only eat once a day now, if that.", "not eating or sleeping"],
    ["I haven't eaten anything for three days.", "not eating or sleeping"],
    ["The council told me I must leave the flat in two weeks.", "may lose their home"],
    ["My cousin says I can stay until Friday and then I need to find somewhere.", "may lose their home"],
    ["I broke down in the jobcentre this morning.", "not coping"],
    ["I keep breaking down in front of the kids.", "not coping"],
    ["I'm scared to open the post, it's all bills.", "money worries"],
    ["The bills come in red now. I can't open them.", "money worries"],
  ])('%j is read as concern', (text, reason) => {
    const found = applyRules(text);
    expect([...found.concern, ...found.crisis]).toContain(reason);
  });

  it.each([
    "You are the only one who talks to me about my CV properly.",
    "You're the only one who speaks to me in plain English, thank you.",
    "I lost 5 kilos on Slimming World, not hungry for junk now.",
    "I have not eaten since Monday because I am fasting for Ramadan.",
    "I only eat once a day on my intermittent fasting plan, not hungry in the mornings.",
    "My landlord says we have to leave the flat in two weeks while the builders fix the roof, then we move back.",
    "The Airbnb says I can stay until Sunday and then I need a new place for the last week of my trip.",
    "I broke down at the bus stop, the van needs a new clutch.",
    "I broke down again on the A road, waiting for the RAC.",
    "I can't open the letter on the app, it says error.",
    "I do not open emails from unknown senders, is this letter a scam?",
  ])('%j is no finding of these sets', (text) => {
    expect(ownFindings(text)).toEqual([]);
  });
});
