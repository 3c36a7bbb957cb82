// Forms of our own for the kinds the two-hundred-and-twelfth and thirteenth splits brought (tired of
// life, said sideways; a plan said as an ordinary arrangement), written as rules
// (src/domain/risk/meteorsJealousyAndLooseEndsPatterns.ts). The splits' own lines are not repeated here.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { TWO_HUNDRED_AND_THIRTEENTH_WHOLE_SETS, TWO_HUNDRED_AND_TWELFTH_WHOLE_SETS } from '../../src/domain/risk/meteorsJealousyAndLooseEndsPatterns.ts';

const SETS = [...TWO_HUNDRED_AND_TWELFTH_WHOLE_SETS, ...TWO_HUNDRED_AND_THIRTEENTH_WHOLE_SETS];

describe('crises said the way these clients say them', () => {
  it.each([
    ['if i get run over on the way to this interview it would honestly be a relief', 'wishes to be dead'],
    ['my cousin passed away in march and i am kind of envious of her', 'wishes to be dead'],
    ['everyone says it gets better. i just want it all to stop', 'wishes to be dead'],
    ['please dont wake me up ever again', 'wishes to be dead'],
    ['wish i could turn myself off for good', 'wishes to be dead'],
    ['honestly an asteroid could take me and i would not complain', 'wishes to be dead'],
    ['the op might not wake up and i thought fine by me', 'wishes to be dead'],
    ['gave my books and clothes away, keeping just enough to last the next couple of days', 'preparing to end their life, or a past attempt'],
    ['i want my son to have his birthday first, then i will go', 'a plan to end their life'],
    ['returned everything i borrowed from my sister this week', 'preparing to end their life, or a past attempt'],
    ['ending it all seems like the only option now', 'thoughts of suicide'],
    ['tonight is the night', 'intends to end their life'],
    ['sorted my affairs, tying up loose ends before i am gone', 'preparing to end their life, or a past attempt'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('everyday words these sets leave alone', () => {
  it.each([
    'if i got hit by a car the insurance claim would be the best outcome',
    'i am jealous of him, he got the job',
    'i just want this job hunt to end',
    'do not wake me up before 10 on saturday',
    'i need to switch myself off from work at weekends',
    'a bus could take me there in ten minutes',
    'the operation has risks but i thought good odds',
    'packing clothes for the move, keeping enough for the next few days',
    'i want the kids to have a nice christmas first before i start the new job',
    'gave back everything i borrowed from the library before leaving the course',
    'ending it with my boyfriend was the best option',
    'tonights the night, first shift at the bar',
    'tying up loose ends before i go to spain on holiday',
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });
});
