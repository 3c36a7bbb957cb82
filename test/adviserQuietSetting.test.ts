// ADVISER_QUIET_AFTER_DAYS (adviser round nine): how many days without a message make a client
// "quiet" when the adviser asks "who hasnt been in touch" and says no time. A week unless set.
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

function problemsWith(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('ADVISER_QUIET_AFTER_DAYS', () => {
  it('is 7 days unless set, or when left empty', () => {
    expect(loadConfig({}).ADVISER_QUIET_AFTER_DAYS).toBe(7);
    expect(loadConfig({ ADVISER_QUIET_AFTER_DAYS: '' }).ADVISER_QUIET_AFTER_DAYS).toBe(7);
  });

  it('takes another number of days', () => {
    expect(loadConfig({ ADVISER_QUIET_AFTER_DAYS: '3' }).ADVISER_QUIET_AFTER_DAYS).toBe(3);
    expect(loadConfig({ ADVISER_QUIET_AFTER_DAYS: ' 14 ' }).ADVISER_QUIET_AFTER_DAYS).toBe(14);
  });

  it('stops start-up with a message that names it and says what to use', () => {
    expect(problemsWith({ ADVISER_QUIET_AFTER_DAYS: 'a week' })).toEqual(['ADVISER_QUIET_AFTER_DAYS use a whole number of days, such as 7 (got "a week")']);
    expect(problemsWith({ ADVISER_QUIET_AFTER_DAYS: '2.5' })).toEqual(['ADVISER_QUIET_AFTER_DAYS use a whole number of days, such as 7 (got "2.5")']);
    expect(problemsWith({ ADVISER_QUIET_AFTER_DAYS: '0' })).toEqual(['ADVISER_QUIET_AFTER_DAYS use 1 day or more (got "0")']);
    expect(problemsWith({ ADVISER_QUIET_AFTER_DAYS: '400' })).toEqual(['ADVISER_QUIET_AFTER_DAYS use 365 days or fewer (got "400")']);
  });
});
