// The one assertion every risk form test makes: the level, and the reason the adviser reads.
import { expect } from 'vitest';
import { assessRisk, normaliseForMatching, type RiskLevel } from '../../src/domain/risk.ts';

export function expectAssessed(text: string, level: Exclude<RiskLevel, 'none'>, reason: string): void {
  const assessment = assessRisk(text);
  expect(assessment.level).toBe(level);
  expect(assessment.reasons).toContain(reason);
}

type WholeSets = readonly (readonly [RegExp, readonly { reason: string; patterns: readonly RegExp[] }[]])[];

/** The reasons one rule file's whole-message sets alone read in a message (its forms test's own check). */
export function reasonsReadBy(sets: WholeSets, text: string): string[] {
  const whole = normaliseForMatching(text);
  return sets.flatMap(([gate, groups]) => (gate.test(whole) ? groups.filter((group) => group.patterns.some((matcher) => matcher.test(whole))).map((group) => group.reason) : []));
}
