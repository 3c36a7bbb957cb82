// Every sentence the review and the reminders say to a client passes the plain-language check.
import { describe, expect, it } from 'vitest';
import { checkPlainLanguage } from '../plainLanguage.ts';
import * as review from '../../src/messages/en/review.ts';
import * as reminders from '../../src/messages/en/reminders.ts';

const item = 'Call the library about the computer course';
const due = 'Friday 5 June';

function textsOf(module: Record<string, unknown>): string[] {
  return Object.values(module).flatMap((value) => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function') return [value.length >= 2 ? value(item, due) : value(due)].map(String);
    if (Array.isArray(value)) return value.map((choice) => (typeof choice === 'string' ? choice : (choice as { label: string }).label));
    return [];
  });
}

describe('plain language', () => {
  const texts = [...textsOf(review), ...textsOf(reminders), review.celebrateSummary(1, 3), review.celebrateSummary(2, 3), review.nothingDueYet(null)];
  it.each(texts)('%s', (text) => {
    const result = checkPlainLanguage(text);
    expect(result.problems, text).toEqual([]);
  });
});
