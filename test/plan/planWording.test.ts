// Every sentence the goal and plan conversations say, checked for plain English.
import { describe, expect, it } from 'vitest';
import * as smartGoal from '../../src/messages/en/smartGoal.ts';
import * as plan from '../../src/messages/en/plan.ts';
import { PLAN_CARD_WORDS } from '../../src/cards/planCard.ts';
import { checkPlainLanguage } from '../plainLanguage.ts';

function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return textsOf((value as (...args: unknown[]) => unknown)('Friday 12 June', { text: 'Call the agency', by: 'Friday 12 June' }));
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsOf);
  return [];
}

const texts = [...textsOf(smartGoal), ...textsOf(plan), ...textsOf(PLAN_CARD_WORDS)];

describe('plain language of the goal and plan conversations', () => {
  it('has something to check', () => {
    expect(texts.length).toBeGreaterThan(30);
  });

  it.each(texts)('%s', (text) => {
    const result = checkPlainLanguage(text);
    expect(result.problems, text).toEqual([]);
  });
});
