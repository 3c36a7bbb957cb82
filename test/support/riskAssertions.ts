// The one assertion every risk form test makes: the level, and the reason the adviser reads.
import { expect } from 'vitest';
import { assessRisk, normaliseForMatching, type RiskLevel } from '../../src/domain/risk.ts';
import { applyRules } from '../../src/domain/risk/rules.ts';

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

/** A form of our own: the file's sets, the rules as a whole and assessRisk all read it as this level and reason. */
export function expectReadAs(sets: WholeSets, text: string, level: Exclude<RiskLevel, 'none'>, reason: string): void {
  expect(reasonsReadBy(sets, text)).toContain(reason);
  expect([...applyRules(text)[level]]).toContain(reason);
  expectAssessed(text, level, reason);
}

/** An everyday look-alike: the file's sets read nothing in it, and no rule reads it as crisis. */
export function expectLeftAlone(sets: WholeSets, text: string): void {
  expect(reasonsReadBy(sets, text)).toEqual([]);
  expect(applyRules(text).crisis.size).toBe(0);
}
