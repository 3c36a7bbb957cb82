// The SQLite connection keeps each statement it compiles (src/db/sqliteStatementCache.ts): the
// same query with other values must still find other rows, errors must still reach the caller,
// and a statement must be compiled once however often it runs.
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMigratedDatabase } from '../support/testDatabase.ts';

describe('compiled statements kept on SQLite', () => {
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;

  beforeAll(async () => {
    database = await createMigratedDatabase('sqlite');
  });
  afterAll(() => database.drop());

  const client = (userKey: string, at: Date) => ({ userKey, channelId: 'emulator', displayName: userKey, consentedAt: at, unansweredOutreach: 2 });

  it('finds each row by its own values when the same query runs again', async () => {
    const { db } = database.handle;
    const annAt = new Date('2026-11-01T09:30:00Z');
    const benAt = new Date('2026-11-02T10:45:00Z');
    await db.client.create({ data: client('emulator:ann', annAt) });
    await db.client.create({ data: client('emulator:ben', benAt) });

    const ann = await db.client.findUnique({ where: { userKey: 'emulator:ann' } });
    const ben = await db.client.findUnique({ where: { userKey: 'emulator:ben' } });
    const nobody = await db.client.findUnique({ where: { userKey: 'emulator:cat' } });

    expect(ann).toMatchObject({ displayName: 'emulator:ann', consentedAt: annAt, unansweredOutreach: 2 });
    expect(ben).toMatchObject({ displayName: 'emulator:ben', consentedAt: benAt });
    expect(nobody).toBeNull();
  });

  it('compiles a statement once, however often it runs', async () => {
    const { db } = database.handle;
    await db.botState.findMany({ where: { key: 'warm-up' } });
    const prepare = vi.spyOn(BetterSqlite3.prototype, 'prepare');
    try {
      for (let i = 0; i < 5; i += 1) await db.botState.findMany({ where: { key: `key-${i}` } });
      expect(prepare).not.toHaveBeenCalled();
    } finally {
      prepare.mockRestore();
    }
  });

  it('still reports a broken rule, and the next statement runs', async () => {
    const { db } = database.handle;
    await expect(db.client.create({ data: client('emulator:ann', new Date()) })).rejects.toMatchObject({ code: 'P2002' });
    await db.$transaction([db.client.update({ where: { userKey: 'emulator:ben' }, data: { displayName: 'Ben' } })]);
    expect((await db.client.findUnique({ where: { userKey: 'emulator:ben' } }))?.displayName).toBe('Ben');
  });
});
