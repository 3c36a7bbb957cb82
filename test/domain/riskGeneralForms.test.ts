// Crisis kinds a blind split found missed, in general forms (src/domain/risk/generalCrisisPatterns.ts
// and the dialect words in normalise.ts), each beside everyday look-alikes that must stay none.
// Written for this test, not copied from any split.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';

describe('general forms of crisis', () => {
  it.each([
    ['my football coach abused me when i was a kid', 'abuse or violence'],
    ['he sexually abused me for years', 'abuse or violence'],
    ['the priest molested me and nobody believed me', 'abuse or violence'],
    ['husband split my lip again, cant face the interview', 'abuse or violence'],
    ['mi man lick mi up again', 'abuse or violence'],
    ['wish a lorry would run me over', 'wishes to be dead'],
    ['keep hoping i get knocked down by a car on the way there', 'wishes to be dead'],
    ['is a whole bottle of my tablets enough to kill me', 'looking into a way to end their life'],
    ['ill go to the railway line and be done with it', 'has a plan to end their life'],
    ['me heid is full of thoughts aboot toppin masel', 'thoughts of suicide'],
    ['this is goodbye. thanks for trying', 'preparing to end their life, or a past attempt'],
  ])('%j is crisis (%s)', (text, reason) => {
    const assessment = assessRisk(text);
    expect(assessment.level).toBe('crisis');
    expect(assessment.reasons).toContain(reason);
  });

  it.each([
    'i hope i get the bus on time',
    'got hit by a bus of applications this week haha',
    'mi man lick di dinner plate clean',
    'topping up my phone credit',
    'the coach was abusive to the referee in the match lol',
    'is one box of leaflets enough for the job fair',
    'this is goodbye to my old job, starting the new one monday',
  ])('%j stays none', (text) => {
    expect(assessRisk(text).level).toBe('none');
  });
});
