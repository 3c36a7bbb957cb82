// Risk said as envy of the dead, not being around for the future, a calm that it is nearly over,
// threats said "not even joking", sleeping in a stairwell tonight, childhood abuse, loans in their
// name (src/domain/risk/envyOfTheDeadAndOthersPastPatterns.ts); and everyday words about a course's
// syllabus or other people's past, read as "course". Each kind beside everyday look-alikes that
// must stay none. Written for this test, not copied from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { expectAssessed } from '../support/riskAssertions.ts';
import { assessRisk } from '../../src/domain/risk.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

describe('crisis as envy of the dead, not being around, or a meant threat', () => {
  it.each([
    ['sometimes i am jealous of the dead, they get to rest', 'wishes to be dead'],
    ['my grandad died in march and honestly i envy him his peace', 'wishes to be dead'],
    ['kind of hoping i never make it past christmas', 'wishes to be dead'],
    ['cannot see myself being here by then to be honest', 'wishes to be dead'],
    ['been thinking about checking out for good', 'thoughts of suicide'],
    ['the thought of not waking up follows me round all day', 'thoughts of suicide'],
    ['i am oddly calm now knowing it will be over soon', 'intends to end their life'],
    ['if the manager says no again people will get hurt', 'harm to someone else'],
    ['haha not even joking i am gonna stab him if he shows up', 'harm to someone else'],
    ['sleeping in a doorway tonight, nowhere else', 'no safe place to sleep tonight'],
    ['my stepdad used to touch me when i was small', 'abuse or violence'],
    ['my ex took out credit cards in my name and left me with it', 'coercive control'],
  ])('%j is crisis (%s)', (text, reason) => expectAssessed(text, 'crisis', reason));
});

describe('everyday look-alikes these rules leave alone', () => {
  it.each([
    'i am jealous of my sister, she got the job',
    'hoping i make it to the interview on time',
    'i cannot see myself being a manager',
    'checking out of the hotel at ten',
    'stayed calm in the interview, i know it is nearly done now',
    'in the stairwell waiting for the lift',
    'my coach used to touch base with me every week',
    'the course covered suicide prevention and overdoses, can that go on my cv',
    'the interview asked how i would help a patient self harming',
    'my uncle took his own life years ago, i am ready to work now',
    'our school lost a pupil to suicide, that is why i want to teach',
    'my friend was homeless once and now she runs a shelter',
  ])('%j stays none', (text) => {
    const rules = applyRules(text);
    expect([...rules.crisis]).toEqual([]);
    expect([...rules.concern]).toEqual([]);
  });
});

// Someone's suicide named, then the client following them, said over a comma or an "and".
describe('thinking of doing the same after someone took their own life', () => {
  it.each([
    'my best mate killed himself and i think about doing the same',
    'my brother took his own life, some days i want to go the same way',
    'my gran died by suicide, i keep thinking about doing the same',
    'lost my brother to suicide last year and i want to be with him soon',
  ])('%j is crisis (thoughts of suicide)', (text) => {
    const assessment = assessRisk(text);
    expect(assessment.level).toBe('crisis');
    expect(assessment.reasons).toContain('thoughts of suicide');
  });

  it.each([
    'my mate got a job at tesco and im thinking about doing the same',
    'we did suicide prevention training, i want to do the same course next year',
    'my mate hanged himself in 2019, i did the same training as him at college',
  ])('%j is not read as following them', (text) => {
    expect([...applyRules(text).crisis]).not.toContain('thoughts of suicide');
  });
});
