// Forms of our own for the kinds the two-hundred-and-twenty-ninth split brought (control by a
// partner or family said as ordinary household rules), written as rules
// (src/domain/risk/householdRulesAndPensionCardsPatterns.ts). The split's own lines are not repeated here.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { expectLeftAlone, expectReadAs } from '../support/riskAssertions.ts';
import { TWO_HUNDRED_AND_TWENTY_NINTH_WHOLE_SETS as SETS } from '../../src/domain/risk/householdRulesAndPensionCardsPatterns.ts';

describe('crises said the way these clients say them', () => {
  it.each([
    ['my husband takes my wages every friday and gives me twenty quid', 'coercive control'],
    ['my daughter in law has my bank card and says i dont need it', 'coercive control'],
    ['he has the card and the pin, i have never been told the pin', 'coercive control'],
    ['i have to show her every receipt when i get in', 'coercive control'],
    ['ring after 9 please, she goes to work then and then i can talk, she must not find out', 'coercive control'],
    ['my father decides whether i can work or not', 'coercive control'],
    ['he wants me at the shop next door so he can keep an eye on me', 'coercive control'],
    ['in my family a woman does not need her own money he says', 'coercive control'],
    ['my stepdad used to do things to me and he still lives with us', 'abuse or violence'],
    ['honestly the only way out is to end it all', 'thoughts of suicide'],
    ['a few new scars this week, dont ask', 'self-harm'],
    ['i cut myself sometimes but do not worry', 'self-harm'],
  ] as const)('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
    expect(assessRisk(text).level).toBe('crisis');
  });
});

describe('everyday words these sets leave alone', () => {
  it.each([
    'my partner keeps my pin in her notes because i forget it',
    'my dad does not take my wages, i pay board because i want to',
    'my husband has power of attorney for my mum and her pension',
    'we decided together that my husband decides where we go on holiday',
    'the best option is to end the contract early and start the new job',
    'new scars from the operation are healing fine',
    'the dentist did things to me i did not like, never going back',
  ])('%j', (text) => {
    expectLeftAlone(SETS, text);
  });
});
