// The risk check compares reasons by their words: these tests bind the words it looks for to what
// the risk rules give, so a renamed reason fails here, not silently at a barrier or work question.
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { onlyPracticalWorries, PRACTICAL_WORRY_REASONS } from '../../src/domain/practicalWorries.ts';
import { verbalTroubleAtWork } from '../../src/domain/inWork.ts';

const SAID: Record<string, string> = {
  'money worries': 'i owe money everywhere and cant pay the bills',
  'may lose their home': 'might lose my flat, behind on rent',
  'drinking or drugs to cope': 'i drink to get through the day',
  'joked about hurting someone': 'i could kill him lol only joking',
  'feels alone': 'i feel so alone',
  'not eating or sleeping': 'not eating or sleeping much',
  'not sleeping': 'i have not slept in weeks',
};

describe('the reasons the risk check reads at the barrier and in-work questions', () => {
  it.each([...PRACTICAL_WORRY_REASONS])('%s is a reason the risk rules give, at concern', (reason) => {
    const risk = assessRisk(SAID[reason]!);
    expect(risk.level).toBe('concern');
    expect(risk.reasons).toContain(reason);
  });

  it('low mood, hopelessness and harm are never practical worries', () => {
    for (const text of ['i feel so low all the time', 'whats the point of anything', 'i want to hurt myself']) {
      expect(onlyPracticalWorries(assessRisk(text).reasons)).toBe(false);
    }
    expect(onlyPracticalWorries([])).toBe(false);
  });

  it('shouting at work is read as the abuse reason the in-work question looks for', () => {
    const text = 'he shouts at me in front of customers';
    expect(verbalTroubleAtWork(text, assessRisk(text).reasons)).toBe(true);
    expect(verbalTroubleAtWork('he hits me at work', assessRisk('he hits me at work').reasons)).toBe(false);
  });
});
