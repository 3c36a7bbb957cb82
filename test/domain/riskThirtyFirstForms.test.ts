// Crisis said as what the voices tell the client to do, a past attempt in broken English, not
// hanging around for the results once the choice is made, a partner who punishes; and other
// people's self-harm, overdoses and violence, a support job's clients, stories and games, a
// "suicide mission" of a shift and a form that asked about self-harm, read as a topic
// (src/domain/risk/othersHarmWorkTopicsAndVoicesPatterns.ts). Written for this test, not copied
// from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said as the voices, a past attempt in broken English, a choice made, or a partner who punishes', () => {
  it.each([
    ['the voices keep telling me i must end it tonight', 'thoughts of suicide'],
    ['my voices are saying i need to kill myself', 'thoughts of suicide'],
    ['the voices told me the man next door is spying on me and i have to stop him', 'harm to someone else'],
    ['me already try kill myself in detention centre, feeling is back', 'preparing to end their life, or a past attempt'],
    ["did the assessment. i'm not hanging around for the outcome, i've decided", 'intends to end their life'],
    ['if tea is not on the table at six he punishes me', 'coercive control'],
  ])('%j is crisis (%s)', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });
});

describe('everyday look-alikes these rules leave alone', () => {
  it.each([
    'my cousin has been self harming, her school has got her a counsellor, i just do the school run',
    'my best mate from aa died of an overdose two years back, i want to do a sponsor course for him',
    'one of the residents at the supported housing overdosed on friday, he is recovering, anyway about my cv',
    'my uncle keeps saying he has got nothing to live for since the pub shut, my aunt is dealing with it',
    'my neighbour has no food till payday so i am dropping round some pasta',
    'his ex was violent so my brother moved towns, he wants warehouse work up here',
    'my stepdad was locked up for stabbing someone before i was born, will that come up on my dbs',
    'the film was about a soldier who wants to jump off a bridge, then his dog turns up, lovely',
    'in the series the husband buries the body under the patio, gripping stuff',
    'in the game you have to survive a week on an island with no food, my lad is obsessed',
    'saturday was a suicide mission of a shift, two of us for forty tables',
    'my instructor said my overtaking was suicidal, still passed',
    'the nurse asked me about harming myself, answered no, all fine, just need the fit note',
  ])('%j has no risk in the rules and is none in full', (text) => {
    const findings = applyRules(text);
    expect([...findings.crisis, ...findings.concern]).toEqual([]);
    expect(assessRisk(text).level).toBe('none');
  });
});

describe('a topic that is the client own stays read', () => {
  it.each([
    'my sister has been self harming and to be honest i self harm too',
    'one of the lads at the hostel overdosed and i tried that too last month',
    'the film was about a man who wants to jump off a bridge, that will be me soon',
    'the nurse asked me about harming myself, yes i have been, most nights',
  ])('%j is not none', (text) => expect(assessRisk(text).level).not.toBe('none'));
});
