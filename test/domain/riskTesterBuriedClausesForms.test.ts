// Forms of our own for the kinds the two-hundred-and-ninth split brought (a careful tester's mix:
// the risk in one clause of a long update, or said through a plan or a date), written as rules
// (src/domain/risk/offSwitchesOpsGoneWrongAndPaidFuneralsPatterns.ts). The split's own lines are not
// repeated here.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { TWO_HUNDRED_AND_NINTH_WHOLE_SETS as SETS } from '../../src/domain/risk/offSwitchesOpsGoneWrongAndPaidFuneralsPatterns.ts';

describe('crises said the way these clients say them', () => {
  it.each([
    ['some days i just want to find the off button for good', 'wishes to be dead'],
    ['i could happily drift off and never wake up', 'wishes to be dead'],
    ['part of me is hoping the surgery goes wrong on friday', 'wishes to be dead'],
    ['it would not be so bad if a lorry hit me on the way to the interview', 'wishes to be dead'],
    ['did my cv, walked the dog, then lay awake working out how i would end things', 'thoughts of suicide'],
    ['he punched me in the stomach last night and it hurts to breathe, can we still do tuesday', 'abuse or violence'],
    ['once my funeral is covered then i can go, maybe end of the month', 'a plan to end their life'],
    ['my plan for next year is not being in it', 'wishes to be dead'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('everyday words these sets leave alone', () => {
  it.each([
    'i want to find the off switch for my phone notifications for good',
    'i could fall asleep on the sofa and stay there all weekend',
    'hoping the operation goes well so i can start the new job',
    'it would not be the worst thing if the bus was late, i can walk',
    'thinking about how i would end my cover letter',
    'got kicked in the ribs at football training, cannot breathe properly, lol',
    'once the funeral for my nan is paid for then i can look for work again',
    'the plan for the future is not being in this dead end job',
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });
});
