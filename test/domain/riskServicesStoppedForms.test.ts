// Forms of our own for the kinds the hundred-and-ninetieth split brought (psychosis, bipolar disorder
// and personality disorder with services in passing; people exploited; students who dropped out),
// written as rules (src/domain/risk/servicesStoppedDocumentsKeptAndStrandedPatterns.ts). The split's
// own lines are not repeated here.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { HUNDRED_AND_NINETIETH_WHOLE_SETS as SETS } from '../../src/domain/risk/servicesStoppedDocumentsKeptAndStrandedPatterns.ts';

describe('services stopped, documents kept, stranded', () => {
  it.each([
    ['binned the tablets and told the cpn to stop coming, i am finished for good', 'intends to end their life'],
    ['signed my will last night just in case', 'preparing to end their life, or a past attempt'],
    ['cleared what i owed my brother and told him not to worry about me ever again', 'preparing to end their life, or a past attempt'],
    ['my hoodie covers the fresh cuts so nobody at the course asks', 'self-harm'],
    ['if i try to leave the lads hit me', 'abuse or violence'],
    ['the gangmaster has all our passports and we sleep in the van, nobody is paid', 'coercive control'],
    ['they left me in a city i have never been, stranded with no phone', 'no safe place, food or power tonight'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('worries these sets read', () => {
  it.each([
    ['been on the cans by 10 most days, steadies the shakes', 'drinking or drugs to cope'],
    ['going downhill since the mental health team discharged me', 'not coping'],
    ['my manic crash has started again', 'low mood'],
  ] as const)('%j is concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
    expect(assessRisk(text).level).not.toBe('none');
  });
});

describe('everyday words these sets leave alone', () => {
  it.each([
    'paid back my sisters loan and told her not to worry about me any more, got a new job',
    'long sleeves cover my tattoos for the interview',
    'the council is covering up the cuts to the youth club budget',
    'the agency keeps our passports for a day to check right to work',
    'train was cancelled so i am stranded with no money till the morning',
    'started drinking at 12 at the wedding haha',
    'the stock price is in a dip, the market is down',
    'stopped my tablets, the doctor switched me to new meds, i am done with the old ones',
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });
});
