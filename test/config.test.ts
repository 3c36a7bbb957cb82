// Settings are parsed once; a bad or missing value stops start-up with a message naming it.
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

describe('configuration', () => {
  it('has sensible defaults for a local start', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3978);
    expect(config.DATABASE_URL).toBe('file:./data/coach.db');
    expect(config.localMode).toBe(true);
    expect(config.webChatEnabled).toBe(true);
    expect(config.CASELOAD_LIMIT).toBe(20);
    expect(config.DEFAULT_TIME_ZONE).toBe('Europe/London');
  });

  it('names a bad port', () => {
    expect(problemsWith({ PORT: 'eighty' }).join('\n')).toMatch(/^PORT .*eighty/);
    expect(problemsWith({ PORT: '70000' }).join('\n')).toMatch(/^PORT/);
  });

  it('sends reminders many at a time by default, and names a bad number', () => {
    expect(loadConfig({}).REMINDER_CONCURRENCY).toBe(64);
    expect(problemsWith({ REMINDER_CONCURRENCY: '0' }).join('\n')).toMatch(/^REMINDER_CONCURRENCY/);
    expect(problemsWith({ REMINDER_CONCURRENCY: 'lots' }).join('\n')).toMatch(/^REMINDER_CONCURRENCY/);
  });

  it('waits 10 s behind a busy chat by default, takes another wait, and names a bad one', () => {
    expect(loadConfig({}).TURN_WAIT_MS).toBe(10_000);
    expect(loadConfig({ TURN_WAIT_MS: '2000' }).TURN_WAIT_MS).toBe(2000);
    expect(problemsWith({ TURN_WAIT_MS: '5' }).join('\n')).toMatch(/^TURN_WAIT_MS/);
    expect(problemsWith({ TURN_WAIT_MS: 'ages' }).join('\n')).toMatch(/^TURN_WAIT_MS/);
  });

  it('lets SQLite sync at checkpoints by default, takes full in any case, and names a bad value', () => {
    expect(loadConfig({}).SQLITE_SYNCHRONOUS).toBe('normal');
    expect(loadConfig({ SQLITE_SYNCHRONOUS: 'FULL' }).SQLITE_SYNCHRONOUS).toBe('full');
    expect(problemsWith({ SQLITE_SYNCHRONOUS: 'off' }).join('\n')).toMatch(/^SQLITE_SYNCHRONOUS .*normal or full/);
  });

  it('names a database URL it cannot use', () => {
    expect(problemsWith({ DATABASE_URL: 'mysql://localhost/coach' }).join('\n')).toMatch(/^DATABASE_URL .*postgresql/);
  });

  it('recognises PostgreSQL URLs', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://root@127.0.0.1:5432/coach' }).DATABASE_URL).toMatch(/^postgresql:/);
  });

  it('refuses to start in production without app credentials', () => {
    expect(problemsWith({ NODE_ENV: 'production' }).join('\n')).toMatch(/^MicrosoftAppId is required in production/);
  });

  it('asks for the password when only the app id is given, without echoing secrets', () => {
    expect(problemsWith({ MicrosoftAppId: 'abc' })).toEqual(['MicrosoftAppPassword is required when MicrosoftAppId is set']);
  });

  it('needs a tenant for a single-tenant bot', () => {
    expect(problemsWith({ MicrosoftAppId: 'abc', MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' }).join()).toMatch(/MicrosoftAppTenantId/);
  });

  it('rejects an unknown app type and an unknown time zone', () => {
    expect(problemsWith({ MicrosoftAppType: 'Personal' }).join()).toMatch(/^MicrosoftAppType/);
    expect(problemsWith({ DEFAULT_TIME_ZONE: 'Mars/Olympus' }).join()).toMatch(/^DEFAULT_TIME_ZONE/);
  });

  it('leaves local mode when credentials are given', () => {
    const config = loadConfig({ MicrosoftAppId: 'abc', MicrosoftAppPassword: 'secret' });
    expect(config.localMode).toBe(false);
  });

  it('refuses production without a secret for the audit pseudonyms', () => {
    const production = { NODE_ENV: 'production', MicrosoftAppId: 'abc', MicrosoftAppPassword: 'secret' };
    expect(() => loadConfig(production)).toThrow(/AUDIT_PSEUDONYM_SECRET is required in production/);
  });

  it('turns the local web chat off in production unless enabled', () => {
    const production = { NODE_ENV: 'production', MicrosoftAppId: 'abc', MicrosoftAppPassword: 'secret', AUDIT_PSEUDONYM_SECRET: 'a-long-audit-secret-for-tests' };
    expect(loadConfig(production).webChatEnabled).toBe(false);
    expect(loadConfig({ ...production, LOCAL_WEBCHAT: 'true' }).webChatEnabled).toBe(true);
  });
});

// How many days without a message make a client "quiet" when the adviser asks "who hasnt been in
// touch" and says no time (adviser round nine). A week unless set.
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
