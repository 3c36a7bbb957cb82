// The one assertion every risk form test makes: the level, and the reason the adviser reads.
import { expect } from 'vitest';
import { assessRisk, type RiskLevel } from '../../src/domain/risk.ts';

export function expectAssessed(text: string, level: Exclude<RiskLevel, 'none'>, reason: string): void {
  const assessment = assessRisk(text);
  expect(assessment.level).toBe(level);
  expect(assessment.reasons).toContain(reason);
}
