// Forms of our own for the kinds the two-hundred-and-fifth and sixth splits brought (gig and
// hospitality workers, people whose first language is not English; men over fifty who rarely talk
// about feelings), written as rules (src/domain/risk/gigShiftsPitDadsAndSeasonTicketsPatterns.ts).
// The splits' own lines are not repeated here.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { TWO_HUNDRED_AND_FIFTH_WHOLE_SETS as SETS } from '../../src/domain/risk/gigShiftsPitDadsAndSeasonTicketsPatterns.ts';

describe('crises said the way these clients say them', () => {
  it.each([
    ['got a crowbar in the van for the manager, monday he will learn', 'harm to someone else'],
    ['taking a knife to the warehouse tomorrow, they will see', 'harm to someone else'],
    ['in my country we say better in the grave than this, now i understand it', 'wishes to be dead'],
    ['would be easier for everyone if i just slipped away', 'wishes to be dead'],
    ['if the bus hit me on the way to my shift i would not even mind', 'wishes to be dead'],
    ['i would be fine with it if the plane crashed on the way home', 'wishes to be dead'],
    ['my uncle died young in the mill, honestly he had the better end of it', 'wishes to be dead'],
    ['would not mind if god took me tonight', 'wishes to be dead'],
    ['id gladly be pushing up daisies', 'wishes to be dead'],
    ['three packets of tablets from three different chemists this week', 'preparing to end their life, or a past attempt'],
    ['recorded a video for my kids and set it to send on friday', 'preparing to end their life, or a past attempt'],
    ['gave my tools to my nephew, wont be needing them', 'preparing to end their life, or a past attempt'],
    ['the fire escape on the top floor is always unlocked, went up last night to look', 'thinking about a way to end their life'],
    ['sat on the railway bridge counting the trains for an hour', 'thinking about a way to end their life'],
    ['keep cutting my arms again, nobody knows', 'self-harm'],
    ['the agency keeps our passports and takes half the wages', 'coercive control'],
    ['the room fell through, sleeping rough tonight', 'no safe place, food or power tonight'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('everyday words these sets leave alone', () => {
  it.each([
    'got a cricket bat in the car for the match, the other team will see',
    'bringing my knife roll to the kitchen trial tomorrow, they will see what i can do',
    'better in the ground than in pots for these bulbs',
    'it would be easier if i just went to the jobcentre in person',
    'if my car got hit i would not mind because insurance would pay out',
    'my grandad died at 90, he had the better deal with his pension',
    'bought five boxes of gloves from different shops for the cleaning job',
    'scheduled a message to my sister for her birthday on sunday',
    'went up on the roof to fix the aerial, it is always unlocked',
    'stood on the bridge counting cars for the traffic survey job',
    'gave my guitar to my son, wont be needing it since i bought a new one',
    'burnt myself cooking at the restaurant, by accident',
    'the agency kept my passport for an hour to copy it for right to work',
    'the gig fell through, out tonight at the pub then',
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });
});
