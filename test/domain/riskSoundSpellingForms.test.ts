// Forms of our own for the kinds the hundred-and-eighty-seventh split brought (adults who spell by
// sound, voice-to-text, Gypsy, Roma and Traveller clients), written as rules with the spellings in
// them (src/domain/risk/roadsideVergesSiteClosuresAndGoldRingsPatterns.ts). The split's own lines are
// not repeated here.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_EIGHTY_SEVENTH_WHOLE_SETS as SETS } from '../../src/domain/risk/roadsideVergesSiteClosuresAndGoldRingsPatterns.ts';

describe('spelling by sound', () => {
  it.each([
    ['since the eviction i just wish id die', 'wishes to be dead'],
    ['sometimes i wish id never been born', 'wishes to be dead'],
    ['room at me cousins run out, tonight im on the streets', 'no safe place, food or power tonight'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
    expect(assessRisk(text).level).toBe('crisis');
  });

  it.each([
    ['gave up hopin for a job years ago', 'hopelessness'],
    ['there aint no future for us here', 'hopelessness'],
  ] as const)('%j is concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
    expect(assessRisk(text).level).not.toBe('none');
  });

  it.each(['wish id never woken up for that interview lol', 'tonight im outside the station at 7 for the shift pick up lol', 'do i need id be there early'])('%j is left alone', (text) => {
    expectLeftAlone(SETS, text);
  });
});

describe('crises these sets read', () => {
  it.each([
    ['left me nans ring with our kid so he has something of mine', 'preparing to end their life, or a past attempt'],
    ['it would be a mercy if i went in my sleep', 'wishes to be dead'],
    ['im going to do it tonight while the wife is at the bingo', 'a plan to end their life'],
    ['council moved us on and were stuck on the side of the road with the kids tonight', 'no safe place, food or power tonight'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('worries these sets read', () => {
  it.each([
    ['council told us to get off the car park by friday', 'may lose their home'],
    ['nobody will give us a pitch since the site shut', 'may lose their home'],
    ['everything is going wrong at once this week', 'not coping'],
    ['im just a scrounger to them and maybe theyre right', 'feels worthless'],
  ] as const)('%j is concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
    expect(assessRisk(text).level).not.toBe('none');
  });
});

describe('everyday words these sets leave alone', () => {
  it.each([
    'gave my old tools to my son so he has something of mine when i move abroad',
    'going to do it this afternoon while my mum is out, the application i mean',
    'im going to do it when my dad is at work, bake him a cake as a surprise',
    'broke down on the hard shoulder with nothing in the tank, waiting for the rac',
    'the farmer wants us off his field so the cows can graze',
    'the warehouse site is closing so we all got let go',
    'it all went wrong at once in the quiz lol',
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });
});
