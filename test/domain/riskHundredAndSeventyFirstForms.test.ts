// The hundred-and-seventy-first split's kinds, as forms of our own
// (src/domain/risk/voicesPickedCutsAndPowerCardsPatterns.ts): might as well be dead (with a laugh),
// the thoughts the crisis team asks about, doing what the voices say, cuts picked or scars opened,
// someone to be taught a lesson, getting them first, a power card on zero with a baby; and, as
// concern, stopped having goals, anyone better than me, a drug that blanks it all out, a landlord who
// may end the tenancy, a phone that only rings for appointments, a joke about locking someone in.
// Look-alikes: a choir, a scab on a knee, a lesson at college, a card topped up, ending a tenancy by choice.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectReadAs, reasonsReadBy } from '../support/riskAssertions.ts';
import { HUNDRED_AND_SEVENTY_FIRST_WHOLE_SETS as SETS } from '../../src/domain/risk/voicesPickedCutsAndPowerCardsPatterns.ts';

describe('crisis the hundred-and-seventy-first split found missed, in forms of our own', () => {
  it.each([
    ['these tablets leave me so flat i might as well be dead haha', 'wishes to be dead'],
    ['having the thoughts again, the ones the home treatment team asks you about', 'thoughts of suicide'],
    ['the voice keeps telling me to and tonight im going to do what it says', 'intends to end their life'],
    ['kept scratching the cuts on my arm open in the toilets at work', 'self-harm'],
    ['my scars had nearly gone and last night i ripped them back open', 'self-harm'],
    ['that supervisor deserves to be taught a lesson and i will be the one, tomorrow', 'harm to someone else'],
    ['the neighbours are watching me so im going to get them before they get me', 'harm to someone else'],
    ['gas meter ran out and the kids are freezing, cant top up till friday', 'no safe place, food or power tonight'],
  ])('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
  });

  it.each([
    'i sing in a choir and the voices in the alto section won the regional',
    'picked the scab on my knee open again lol',
    'the college tutor taught us a lesson about cvs tomorrow',
    'topped up my gas card, its all good now',
    'i want to end my tenancy because it is too expensive',
  ])('%j is left alone by these sets', (text) => {
    expect(reasonsReadBy(SETS, text)).toEqual([]);
  });
});

describe('concern the hundred-and-seventy-first split found missed, in forms of our own', () => {
  it.each([
    ['i gave up on having plans after my first admission', 'hopelessness'],
    ['anybody else would be better at the job than me', 'feels worthless'],
    ['the weed is the only thing that blocks the voices out', 'drinking or drugs to cope'],
    ['the housing association are threatening to end my tenancy', 'may lose their home'],
    ['my phone only rings for appointments these days', 'feels alone'],
    ['we joked about locking the assessor in the cupboard lol', 'joked about hurting someone'],
  ])('%j is concern: %s', (text, reason) => {
    expectReadAs(SETS, text, 'concern', reason);
  });
});
