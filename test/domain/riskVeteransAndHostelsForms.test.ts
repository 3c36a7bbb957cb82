// Forms of our own for the kinds the two-hundred-and-sixteenth and eighteenth splits brought (young
// people in hostels; veterans; people out of prison), written as rules
// (src/domain/risk/boxesFromTheTourAndRoofAccessPatterns.ts). The splits' own lines are not repeated here.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { TWO_HUNDRED_AND_SIXTEENTH_AND_EIGHTEENTH_WHOLE_SETS as SETS } from '../../src/domain/risk/boxesFromTheTourAndRoofAccessPatterns.ts';

describe('crises said the way these clients say them', () => {
  it.each([
    ['i should have come back in a body bag like my mates', 'wishes to be dead'],
    ['would have been easier for my family if i never came back from iraq', 'wishes to be dead'],
    ['honestly i wish i never got out of there alive', 'wishes to be dead'],
    ['some days i wish i had not survived the crash', 'wishes to be dead'],
    ['being dead would honestly be an upgrade at this point', 'wishes to be dead'],
    ['apply for jobs or end it all, and i have been thinking way more about the second', 'thoughts of suicide'],
    ['i have worked out how to do it painlessly', 'thinking about a way to end their life'],
    ['the multi storey near me, went up to the top again last night just staring down', 'thinking about a way to end their life'],
    ['got another death threat off his brother today', 'abuse or violence'],
    ['someone sent me death threats after court', 'abuse or violence'],
    ['wrote my will last week and im only 22', 'preparing to end their life, or a past attempt'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('worries said the way these clients say them', () => {
  it.each([
    ['my key worker told me if i miss one more rent payment im out', 'may lose their home'],
    ['my tenancy runs out in april and i have nothing sorted', 'may lose their home'],
    ['the bottle is the only thing that helps with the flashbacks', 'drinking or drugs to cope'],
    ['whos going to hire an ex con', 'feels worthless'],
    ['the system is rigged for people like me to fail', 'hopelessness'],
  ] as const)('%j is at least concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
    expect(assessRisk(text).level).not.toBe('none');
  });
});

describe('everyday words these sets leave alone', () => {
  it.each([
    'the parcel should have come in a box, it came in a bag',
    'wish i never made it to that interview, total waste of time',
    'in the game being dead is a promotion to ghost lol',
    'i know how to do it quick and clean, did plastering for ten years',
    'went up on the roof to look at the view, just looking down at the town',
    'my friends getting death threats online, its awful',
    'the footballer got death threats after the match',
    'my nan made her will at 90',
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });
});
