// The audit pseudonym is keyed: the same client gets the same pseudonym across restarts (the
// secret made in local mode is kept in the database), and an operator's AUDIT_PSEUDONYM_SECRET
// gives another one that nobody without that secret can recompute.
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotUnderTest } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { auditSubject } from '../../src/db/audit.ts';

describe(`the audit pseudonym's secret on ${testProvider}`, () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createEmptyDatabase();
  });
  afterAll(() => database.drop());

  it('is made once in local mode and kept, so pseudonyms survive a restart; a configured one is used as given', async () => {
    const first = await startBotUnderTest(database.url);
    const before = auditSubject('client-123');
    await first.stop();
    const second = await startBotUnderTest(database.url);
    expect(auditSubject('client-123')).toBe(before);
    await second.stop();

    const secret = 'an-operator-chosen-secret-of-some-length';
    const configured = await startBotUnderTest(database.url, { AUDIT_PSEUDONYM_SECRET: secret });
    try {
      const expected = `p:${createHmac('sha256', secret).update('action-plan-coach/audit/client-123').digest('hex').slice(0, 32)}`;
      expect(auditSubject('client-123')).toBe(expected);
      expect(expected).not.toBe(before);
    } finally {
      await configured.stop();
    }
  });
});
