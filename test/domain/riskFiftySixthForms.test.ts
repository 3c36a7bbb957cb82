// The Columbia ladder rung by rung, plainly and buried in practical messages
// (src/domain/risk/ladderRungsPlainAndBuriedPatterns.ts): stepping in front of a named train "if i",
// "going to do it, decided", a day, a place and "that is all i am saying", "when the money runs out
// that is my date", a gun fetched "to sort this out", a split lip "do not ask", sex for shifts, not
// allowed out alone, quitting because the manager was a man, the shelter full and the council shut;
// drinking alone again, pills when not in pain, friends gone quiet since the job went, this chat the
// highlight of a sad day, staying in bed unable to face it, "could have killed the recruiter".
// Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis on the ladder, plainly and buried', () => {
  it.each([
    ['what if i just walked in front of the 6 15 intercity, would anyone care', 'thinking about a way to end their life'],
    ['I have made up my mind. I am going to do it', 'intends to end their life'],
    ['friday evening, the viaduct. enough said', 'a plan to end their life'],
    ['when my savings are all gone, that will be my day', 'a plan to end their life'],
    ['i am off to grab my brothers shotgun and go round to deal with him', 'harm to someone else'],
    ['woke up with a black eye, long story. can you check my covering letter', 'abuse or violence'],
    ['the site manager keeps asking me to have sex with him for more hours', 'abuse or violence'],
    ['my husband will not let me go out on my own so can we keep it on the phone', 'coercive control'],
    ['my girlfriend made me leave the warehouse job because the supervisor was a man', 'coercive control'],
    ['night shelter has no beds and the housing office is shut, what now', 'no safe place, food or power tonight'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it.each([
    'i nearly stepped in front of the bus because i was on my phone',
    'someone jumped in front of the 8 10 express, huge delays, i will be late',
    'i am going to do it, i have decided to apply for the warehouse job',
    'friday night, the bridge club, that is all i am saying',
    'when the money runs out that is my date to move back to my mums',
    'going to get my glue gun and sort this shelf out',
    'i will grab the nerf gun and sort the kids out lol',
    'got a split lip from sparring, do not ask',
    'black eye from the cupboard door, do not ask',
    'the film is about a woman who has to sleep with her boss to keep her job',
    'i am not allowed out on my own after the surgery for a week',
    'my partner told me to quit the job because the commute was two hours',
    'hostel full in lisbon, booking another for the trip, the office is closed',
  ])('%j is no crisis to the rules', (text) => {
    expect([...applyRules(text).crisis]).toEqual([]);
  });
});

describe('concern on the ladder, plainly and buried', () => {
  it.each([
    ['been drinking by myself most nights lately', 'drinking or drugs to cope'],
    ['i take the co codamol even when i am not hurting, it makes my head go quiet', 'drinking or drugs to cope'],
    ['my old colleagues all stopped texting after i was made redundant', 'feels alone'],
    ['bit pathetic but talking to you is the best part of my day', 'feels alone'],
    ['could not face any of it, just hid under the duvet', 'low mood'],
    ['honestly i could have throttled the recruiter when she rang for the fourth time', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'i am not drinking on my own again, i go out with the team now',
    'drinking coffee on my own again till 3 working on this cv',
    'the dog is on codeine when he is not in pain the vet says it is fine',
    'the recruiters all stopped messaging once i got the job',
    'thanks, this chat is the highlight of my day lol',
    'could not face the cold so stayed in bed with the flu',
    'i could have killed the boss fight in the game if i had more potions',
    'i could have murdered my supervisor for a brew by ten this morning',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['drinking or drugs to cope', 'feels alone', 'low mood', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
