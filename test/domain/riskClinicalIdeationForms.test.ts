// Forms of the kinds read from the 263rd split (risk/clinicalIdeationAndGrudgesPatterns.ts), written
// for this test in other words than the split's, with everyday look-alikes that must stay out of these sets.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { SIXTY_THIRD_WHOLE_SETS } from '../../src/domain/risk/clinicalIdeationAndGrudgesPatterns.ts';
import { normaliseForMatching } from '../../src/domain/risk/normalise.ts';
import { readEverySet } from '../../src/domain/risk/screenedRules.ts';

const reasonsOf = (text: string): string[] => readEverySet(SIXTY_THIRD_WHOLE_SETS, normaliseForMatching(text)).map((group) => group.reason);

describe('kinds these sets hear on their own', () => {
  it.each([
    'professionally speaking, my thoughts have moved from passive to active ideation this week',
    'im having active suicidal ideation again, i know the signs',
    'i keep thinking about hurting the manager who got me sacked',
    'some nights i lie awake dreaming about battering the landlord that evicted us',
    'honestly wouldnt mind if i fell asleep and never woke up',
  ])('%j is crisis by these sets', (text) => {
    expect(reasonsOf(text).length).toBeGreaterThan(0);
    expect(assessRisk(text).level).toBe('crisis');
  });

  it.each([
    'i did a training module on passive and active ideation for my old job',
    'i used to assess patients for suicidal ideation on the ward',
    'i would never act on it but i think about hurting the man who hit my son',
    'wouldnt mind if i went to sleep and that was it till my alarm, need a lie in',
    'my mum said she would not care if i fell asleep and never woke up in the film',
  ])('%j opens none of these sets', (text) => {
    expect(reasonsOf(text)).toEqual([]);
  });
});
