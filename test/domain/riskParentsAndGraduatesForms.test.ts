// Forms of our own for the kinds the two-hundred-and-twenty-second and twenty-third splits brought
// (parents writing late at night; graduates' irony and understatement), written as rules
// (src/domain/risk/searchHistoriesSlipsAndNoCapPatterns.ts). The splits' own lines are not repeated here.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { TWO_HUNDRED_AND_TWENTY_SECOND_AND_THIRD_WHOLE_SETS as SETS } from '../../src/domain/risk/searchHistoriesSlipsAndNoCapPatterns.ts';

describe('crises said the way these clients say them', () => {
  it.each([
    ['my manager said i was let go and i sat in the car wishing i were dead', 'wishes to be dead'],
    ['long week. honestly id sooner not have woken up this morning', 'wishes to be dead'],
    ['sorry to be a pain but me and the kids have not got anywhere to stay tonight', 'no safe place, food or power tonight'],
    ['been googling quickest ways to end it between job apps', 'thinking about a way to end their life'],
    ['left a card for her wedding day in case i am no longer around for it', 'preparing to end their life, or a past attempt'],
    ['recorded a few voice notes for my daughter to listen to when she is older', 'preparing to end their life, or a past attempt'],
    ['cut my arms again last night, on purpose this time', 'self-harm'],
    ['skip meals to punish myself when i get rejected, and worse things too', 'self-harm'],
    ['if i got knocked down by a bus tomorrow honestly relieved', 'wishes to be dead'],
    ['the bridge by the quarry, nobody goes there at night, thats where', 'a plan to end their life'],
    ['giving away all my books, i do not need them any more', 'preparing to end their life, or a past attempt'],
    ['bad night. the razor came out again', 'self-harm'],
    ['i am going to stab that manager, deadass', 'harm to someone else'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('everyday words these sets leave alone', () => {
  it.each([
    'in the film he is wishing he was dead the whole time',
    'googled the quickest ways to get to the job centre',
    'wrote my cv in case i am not there when they ring',
    'recorded the school play for the kids to watch later',
    'burnt my hand on the iron, not on purpose obviously',
    'if i got hit with a parking fine honestly relieved it was only 30 quid',
    'went to the bridge at sunrise with the dog, nobody walks there that early',
    'gave away my old laptop, bought a new one so i will not need it',
    'had a slip in the kitchen with the blade of the mandoline',
    'i am going to kill this boss level tonight no cap',
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });
});
