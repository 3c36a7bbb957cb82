// Forms of our own for the kinds the hundred-and-ninety-fifth split brought (men in trades and manual
// jobs; stoic, banter, regional English), written as rules
// (src/domain/risk/payoutPlansTaraRoundsAndFogRoadsPatterns.ts). The split's own lines are not repeated here.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_NINETY_FIFTH_WHOLE_SETS as SETS } from '../../src/domain/risk/payoutPlansTaraRoundsAndFogRoadsPatterns.ts';

describe('payout plans, tara rounds, fog roads', () => {
  it.each([
    ['ill do it after payday so the missus gets the life insurance', 'a plan to end their life'],
    ['once the death in service is sorted ill do it', 'a plan to end their life'],
    ['saving up my sleepers in a drawer', 'preparing to end their life, or a past attempt'],
    ['said cheerio to all the lads at the club, they dont know its for good', 'preparing to end their life, or a past attempt'],
    ['held the lighter against my wrist till it blistered', 'self-harm'],
    ['hoping the tests come back bad so i dont have to keep going', 'wishes to be dead'],
    ['if the trawler went down with me on it i would not mind', 'wishes to be dead'],
    ['tomorrow is my last day of everything', 'intends to end their life'],
    ['tell them i wont be there or anywhere', 'intends to end their life'],
    ['giving me tools to our kid, i wont be needing them', 'preparing to end their life, or a past attempt'],
    ['banged my head against the wall after the call', 'self-harm'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('worries these sets read', () => {
  it.each([
    ['the yard is done for and so am i', 'hopelessness'],
    ['feeling like crap and its not physically, its in my head', 'low mood'],
    ['moping about since the job went', 'low mood'],
    ['the cans are cheaper than therapy', 'drinking or drugs to cope'],
    ['what have i got to offer anyone, nothing', 'feels worthless'],
    ['i owe the council and the bank', 'money worries'],
    ['ill end up in jail if that foreman talks to me like that again lol', 'joked about hurting someone'],
  ] as const)('%j is concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
    expect(assessRisk(text).level).not.toBe('none');
  });
});

describe('everyday words these sets leave alone', () => {
  it.each([
    'ill do it after payday so the kids get new shoes',
    'ill do it so they get paid out on friday, the invoices are ready',
    'keeping my tablets in a locked box so the kids cant get them',
    'said cheerio to everyone at the agency, new job on monday',
    'hoping the scan finds what is wrong so i can get treatment',
    'last day tomorrow at the warehouse, then two weeks off',
    'giving my season ticket to my brother, im working saturdays now',
    'banged my head on the loft hatch again',
    'my phones dead and so am i, night',
    'what can i offer an employer, i have forklift and first aid',
    'my mate is gonna end up inside if he keeps fighting',
    'pressed my shirt with the iron for the interview',
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });
});
