// Safeguarding told through small everyday details
// (src/domain/risk/exploitationAndControlInSmallDetailsPatterns.ts): sent upstairs with the guests after
// closing or lose my shifts, a debt worked off with favours for his mates, the dealer I owe and my
// fingers, bags kept at my flat or they burn the house, a photo of my front door from a new number, my
// ex has found my new address, a burner I must keep on for the man I run for, aggressive if anyone
// comes round, meet me away from my house because he goes mad, jobs my husband picks, home ten minutes
// late and no word for days, the express at full speed then "tonight", biding my time till I die;
// around people just to be near someone, not in the best headspace, surviving on cereal and tea, weed
// so I can forget it all, the pub instead of job hunting, not priority need, out by the 14th. Our own
// examples, with look-alikes of our own that these sets leave alone: tips for being nice to customers,
// restocking the back room, arrears in instalments, five-a-side threats, a parcel round, the garage's
// photos, mum's card to a new address, rightmove, a work phone, the dog at the door, builders in the
// house, a partner who helps choose jobs, a work coach or probation officer approving, a manager timing
// the loo, a mum asked to track me, the commute, bored in a queue, a question about a claim, a robot on
// the line, not the place to take on full time, a sister's troubles, exam season, antibiotics, Friday
// drinks with colleagues, the school run, release on licence, a new house, a garden wall, a candidate.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';
import { normaliseForMatching } from '../../src/domain/risk.ts';
import { HUNDRED_AND_SECOND_WHOLE_SETS } from '../../src/domain/risk/exploitationAndControlInSmallDetailsPatterns.ts';

/** The reasons these sets alone find in a message. */
function found(text: string): string[] {
  const whole = normaliseForMatching(text);
  return HUNDRED_AND_SECOND_WHOLE_SETS.flatMap(([gate, groups]) => (gate.test(whole) ? groups : []))
    .filter((g) => g.patterns.some((p) => p.test(whole)))
    .map((g) => `${g.level}/${g.reason}`);
}

describe('safeguarding told through small everyday details', () => {
  it.each([
    ["My manager says I have to go upstairs with the VIP guests after closing or I lose my shifts, I said no.", "abuse or violence"],
    ["The bar owner wants me to sit with the punters in the back room after hours, I never signed up for that.", "abuse or violence"],
    ["He said I can pay off the debt by doing favours for his mates.", "abuse or violence"],
    ["My landlord says I can pay the rent in kind.", "abuse or violence"],
    ["The dealer I owe said he'll break my fingers if I don't do the drop on Friday.", "abuse or violence"],
    ["The olders said they'll come round my mum's if I miss another run, I still owe them.", "abuse or violence"],
    ["They make me keep bags at my flat or they'll burn the house.", "abuse or violence"],
    ["Someone sent a photo of my front door from a new number, it has to be him.", "abuse or violence"],
    ["A letter came to my new flat with no name, just a photo of me leaving work. I know it was him.", "abuse or violence"],
    ["My ex has found my new address.", "abuse or violence"],
    ["He found out where we have moved to.", "abuse or violence"],
    ["The man I run for took my phone and gave me a burner I have to keep on all night.", "coercive control"],
    ["The gang have my passport and I have to go whenever they ring.", "coercive control"],
    ["She gets aggressive if anyone comes round to the flat.", "abuse or violence"],
    ["Can we meet somewhere away from my house, he goes mad if he finds out I've seen anyone.", "abuse or violence"],
    ["Could you call me somewhere other than at home, he checks my phone and will find out.", "coercive control"],
    ["My husband picks which jobs I can apply for.", "coercive control"],
    // "help" shut this set until it was narrowed to help with choosing: asking for help is no look-alike.
    ["I'm only allowed to apply for jobs he approves. I need help.", "coercive control"],
    ["He has to approve every application I send.", "coercive control"],
    ["I'm only allowed to see the friends she approves.", "coercive control"],
    ["He times how long I am at the shops and if I'm ten minutes late he doesn't speak to me for days.", "coercive control"],
    ["My boyfriend clocks what time I get home and if I'm late there's a massive row.", "coercive control"],
    ["The express goes through at full speed. Tonight then.", "a plan to end their life"],
    ["Honestly I'm just biding my time till I die.", "wishes to be dead"],
    ["I feel like I am just existing until I die.", "wishes to be dead"],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expect(found(text)).toContain(`crisis/${reason}`);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    "The manager says I have to be nice to customers or I won't get tips.",
    "I have to be friendly with the customers and then restock in the back room after closing.",
    "Can I pay the arrears in other ways, like weekly instalments?",
    "I helped my neighbour out and he said I can pay him back with favours lol.",
    "The lads at five a side said they'll break my legs if I miss another sitter.",
    "The delivery job means I have to carry parcels up flights of stairs or my rating drops.",
    "Got a text from a number I don't know with a photo of my car, the garage sent the MOT pics.",
    "My mum found my new address on the letter and sent a card, I know it's her.",
    "He found my new flat on Rightmove before me.",
    "The agency gave me a work phone I have to answer whenever they ring.",
    "The dog gets aggressive if people come round.",
    "Can we meet somewhere other than my house, it's a mess with the builders in.",
    "Can you call me somewhere other than at home, my flatmate works nights and sleeps.",
    "My partner helps me choose which jobs to apply for.",
    "My work coach has to approve which courses I go on.",
    "I'm only allowed to apply for jobs my probation officer approves.",
    "My manager times how long I am on the loo and if I'm 5 mins late back there's a whole thing.",
    "My mum tracks what time I get home and if I am late she worries, I asked her to.",
    "The 6:40 train goes past fast, I get the 7:05 tomorrow.",
    "The express doesn't stop at our station so I have to change, interview tomorrow.",
    "I'm just waiting to die of boredom in this queue.",
  ])('%j is no crisis to these sets', (text) => {
    expect(found(text).filter((f) => f.startsWith('crisis/'))).toEqual([]);
  });
});

describe('concern told in passing', () => {
  it.each([
    ["I walk into town just so I can be around people.", "feels alone"],
    ["I ring the speaking clock just to hear a voice.", "feels alone"],
    ["Not in the best headspace at the moment.", "low mood"],
    ["My head is not in a good place.", "low mood"],
    ["Surviving on cereal and tea for weeks now.", "not eating or sleeping"],
    ["Lost my appetite completely.", "not eating or sleeping"],
    ["I smoke weed so I can forget about it all.", "drinking or drugs to cope"],
    ["I end up in the pub instead of job hunting most days.", "drinking or drugs to cope"],
    ["Council said they won't class me as priority need.", "may lose their home"],
    ["We are out by the 14th and the council has nothing.", "may lose their home"],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
    expect(found(text)).toContain(`concern/${reason}`);
  });

  it.each([
    "I went to the jobcentre just to speak to someone about my claim.",
    "I rang the bank just to talk to a real person not the robot.",
    "Not in a great place to take on full time right now.",
    "The office is not in a great place for the bus.",
    "My sister is not in a good place mentally.",
    "Living on coffee during exam season haha.",
    "I lost my appetite after the antibiotics.",
    "I go to the pub on Fridays to forget the week with colleagues.",
    "Went to the pub instead of applying, will catch up tomorrow.",
    "We are out by 9 on weekdays for the school run.",
    "I am out in 6 weeks on licence, will need a job.",
    "We are out by the end of the month, moving into our new house.",
    "The council won't class my garden wall as priority.",
    "They might not see me as a priority candidate for the role.",
  ])('%j is no finding of these sets', (text) => {
    expect(found(text)).toEqual([]);
  });
});
