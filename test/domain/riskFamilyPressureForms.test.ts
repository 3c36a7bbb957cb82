// Forms of our own for the kinds the hundred-and-ninety-seventh split brought (diaspora families:
// forced marriage, honour-based abuse, in-laws who control money and movement), written as rules
// (src/domain/risk/familyPressurePassportsAndPromisesPatterns.ts). The split's own lines are not repeated here.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_NINETY_SEVENTH_WHOLE_SETS as SETS } from '../../src/domain/risk/familyPressurePassportsAndPromisesPatterns.ts';

describe('family pressure, watched and kept home', () => {
  it.each([
    ['ammi hit me with her chappal again because i came home late', 'abuse or violence'],
    ['my saas threatened me if i tell anyone', 'abuse or violence'],
    ['bhaiya checks my phone every night', 'coercive control'],
    ['they follow me to work and wait outside', 'coercive control'],
    ['have to be home by 6 or my dad comes looking for me', 'coercive control'],
    ['my dad stopped me from working and says i can only stay at home', 'coercive control'],
    ['i will do it on friday with my mums pills', 'a plan to end their life'],
    ['i keep making dua for allah to take me', 'wishes to be dead'],
    ['i wont need a job after next week, i wont need any of it', 'intends to end their life'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('worries these sets read', () => {
  it.each([
    ['i no longer think my life will get better', 'hopelessness'],
    ['everyone at the wedding had someone, i just sat there', 'feels alone'],
    ['my landlord wants me out of the flat', 'may lose their home'],
  ] as const)('%j is concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
    expect(assessRisk(text).level).not.toBe('none');
  });
});

describe('everyday words these sets leave alone', () => {
  it.each([
    "abbu hit me up about a job at his mate's shop",
    'they follow me on instagram',
    'have to be back by 6 or i miss the bus',
    'my mum stopped me going to work when i had covid',
    'i will do it with my laptop tonight, the application',
    'i pray to allah for my mums health',
    'i wont need a job soon, i got the offer!',
    'i no longer think the council will fix the road',
    'everyone at eid had family over, i was cooking all day',
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });
});
