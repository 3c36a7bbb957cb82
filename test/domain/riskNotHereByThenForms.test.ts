// Passive endings said inside an answer (play-testing as clients at risk, round six;
// src/domain/risk/notHereByThenAndIfILastPatterns.ts): "no point making plans, wont be here next
// month" had read as hopelessness only, and "friday. if i last that long" as a date. Look-alikes:
// an absence with its reason, a job that may not last, a joke about old age.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { expectLeftAlone, expectReadAs, reasonsReadBy } from '../support/riskAssertions.ts';
import { NOT_HERE_BY_THEN_WHOLE_SETS as SETS } from '../../src/domain/risk/notHereByThenAndIfILastPatterns.ts';

describe('not here by then, and if i last that long', () => {
  it.each([
    ['no point making plans, wont be here next month', 'thoughts of suicide'],
    ['dont bother booking me in, i probably wont be around by christmas', 'thoughts of suicide'],
    ['i doubt ill be alive by the end of the year tbh', 'thoughts of suicide'],
  ])('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
  });

  it.each([
    ['friday. if i last that long', 'wishes to be dead'],
    ['next tuesday if im still here', 'wishes to be dead'],
  ])('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
  });

  it.each([
    'wont be around next month, in hospital for my op',
    'I won\'t be here next week, I\'m in Spain with the family',
    'wont be around at christmas, working away on the rigs',
  ])('%j is left alone by these sets', (text) => {
    expectLeftAlone(SETS, text);
  });

  // The first held-out split's one crisis read as nothing; letters left for an errand or an occasion are not.
  it.each([
    ['i left letters for my kids', 'preparing to end their life, or a past attempt'],
    ['ive written notes for each of my children', 'preparing to end their life, or a past attempt'],
  ])('%j is crisis: %s', (text, reason) => {
    expectReadAs(SETS, text, 'crisis', reason);
  });

  it.each([
    'i left notes for the kids about their tea',
    'left letters for my kids at the school office',
    'left letters for the kids from santa lol',
  ])('%j is left alone by these sets', (text) => {
    expectLeftAlone(SETS, text);
  });

  it.each([
    'ill do the 6 month probation if i last that long in the job',
    'retire at 70 if i live that long lol',
  ])('%j is not these sets\' to read', (text) => {
    expect(reasonsReadBy(SETS, text)).toEqual([]);
  });

  // Play-testing as clients at risk, round twelve: "dont bother with reminders ill be gone" was read as nothing.
  it.each([
    'dont bother with reminders ill be gone',
    'no need for the review, i\'ll be gone soon',
    'cancel my appointments ill probably be gone anyway',
  ])('%j is crisis: no need, they will be gone', (text) => {
    expectReadAs(SETS, text, 'crisis', 'intends to end their life');
    expect(assessRisk(text).level).toBe('crisis');
  });

  it.each([
    'dont bother with reminders next week ill be gone on holiday',
    'no need to ring friday, ill be gone till 5 at the dentist',
    'cancel the review ill be gone for two weeks',
  ])('%j is left alone by these sets', (text) => {
    expectLeftAlone(SETS, text);
  });

  it('"you wont need to chase me after friday, im gone for good" is crisis; the same with a new job is not these sets\' to read', () => {
    expectReadAs(SETS, 'you wont need to chase me after friday, im gone for good', 'crisis', 'intends to end their life');
    expect(reasonsReadBy(SETS, 'you wont have to chase me after friday, got a job, im out for good')).toEqual([]);
  });
});
