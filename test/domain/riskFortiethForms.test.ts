// Crisis without the usual words and concern told through actions
// (src/domain/risk/deathEuphemismsRoutineThreatsAndQuietStrainPatterns.ts): death as a long sleep
// preferred to living, "ready to go ... for good", hoping not to be in the future, not bothered about
// being here at all, swapping places with someone in the grave, food or medication withheld, hands
// round the neck, a threat with the target's routine, fire with people inside; lying awake till it
// gets light, can't drop off at night, too anxious to eat for days, hungover most mornings, a home
// gone silent since the kids left, "i ruin every job i get", confidence at zero, joked harm. And the
// same words about everyday things. Our own examples.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis said without the usual words', () => {
  it.each([
    ['honestly the big sleep is looking pretty tempting compared to another month of this', 'wishes to be dead'],
    ['eternal rest would feel like a relief right now', 'wishes to be dead'],
    ['everyone asks about my five year plan and i wish i will not be around for it', 'wishes to be dead'],
    ['not even bothered about staying alive anymore, never mind the application', 'wishes to be dead'],
    ['i would trade places with my brother in his grave tomorrow', 'wishes to be dead'],
    ['my husband locks me in the room without anything to eat when i answer back', 'abuse or violence'],
    ['my boyfriend put his hands round my throat last night and i could not breathe', 'abuse or violence'],
    ['that manager is going to pay for sacking me, i have worked out which way she walks home', 'harm to someone else'],
    ['i could set fire to the jobcentre with all of them still inside it', 'harm to someone else'],
  ])('%j is read as crisis', (text, reason) => {
    expect([...applyRules(text).crisis]).toContain(reason);
    expectAssessed(text, 'crisis', reason);
  });

  it('"ready to go, not to the shop, for good" is read as intent', () => {
    expect([...applyRules('i think i am ready to go. not to the shop. for good').crisis]).toContain('intends to end their life');
  });
});

describe('the same words about everyday things', () => {
  it.each([
    'a long sleep sounds good after this week of night shifts',
    'my retirement plans are sorted, the photo of the team is up, i hope i am not in it lol',
    'not bothered about being here early for the induction, is 9 ok?',
    'i swapped places with my colleague on the rota',
    'my shift leaves me without a lunch break most days',
    'the physio pressed on my neck and it felt much better',
    'i know what time the gym opens, going to get fit before the job starts',
    'we watched a film where they burn the house down with everyone inside',
  ])('%j is no crisis to the rules', (text) => {
    const { crisis } = applyRules(text);
    for (const reason of ['wishes to be dead', 'intends to end their life', 'abuse or violence', 'harm to someone else']) expect([...crisis]).not.toContain(reason);
  });
});

describe('concern told through actions', () => {
  it.each([
    ['i lay awake replaying the job interview over and over until the birds started', 'not eating or sleeping'],
    ['i yawn all day at work but in bed i just can not nod off', 'not eating or sleeping'],
    ['i have been too stressed to eat anything for days', 'not eating or sleeping'],
    ['been hung over most days this month if i am honest', 'drinking or drugs to cope'],
    ['since she moved out the house is so quiet it hurts', 'feels alone'],
    ['i always mess up every chance i am given', 'feels worthless'],
    ['my confidence is basically non existent now', 'hopelessness'],
    ['if my brother borrows my charger again he is going in the boot', 'joked about hurting someone'],
    ['she ate my lunch from the fridge, she is a dead woman walking', 'joked about hurting someone'],
    ['the dog next door barks all night, i will go round with a baseball bat', 'joked about hurting someone'],
  ])('%j is read as concern', (text, reason) => {
    expect([...applyRules(text).concern]).toContain(reason);
  });

  it.each([
    'i was too nervous to eat breakfast this morning haha',
    'at night i do not sleep in the spare room any more, we moved the bed',
    'the house is so quiet now the kids are back at school, finally get some work done',
    'hungover every morning of the stag do lol',
    'i am the problem solver in my team',
    'my confidence in excel is zero, is there a course?',
    'my confidence has gone up loads since the course',
    'i am going round with a hammer to fix my mums shelf',
    'i watched dead man walking last night',
  ])('%j is no concern of those kinds to the rules', (text) => {
    const { concern } = applyRules(text);
    for (const reason of ['not eating or sleeping', 'drinking or drugs to cope', 'feels alone', 'feels worthless', 'hopelessness', 'joked about hurting someone']) expect([...concern]).not.toContain(reason);
  });
});
