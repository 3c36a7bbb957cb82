// Only a client's latest words are kept for the adviser's summary: older ones go as new ones arrive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMinutes } from 'date-fns';
import { ClientMessageRepository, KEEP_MESSAGES_PER_CLIENT } from '../../src/db/clientMessages.ts';
import { createMigratedDatabase, testProvider } from '../support/testDatabase.ts';

describe(`client message trimming on ${testProvider}`, () => {
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;

  beforeAll(async () => {
    database = await createMigratedDatabase();
    const db = database.handle.db;
    for (const id of ['ann', 'bob']) await db.client.create({ data: { id, userKey: `test:${id}`, channelId: 'test' } });
  });
  afterAll(() => database.drop());

  it(`keeps the newest ${KEEP_MESSAGES_PER_CLIENT} messages of each client and no more`, async () => {
    const db = database.handle.db;
    const messages = new ClientMessageRepository(db);
    const start = new Date('2026-11-23T09:00:00Z');
    for (let i = 1; i <= KEEP_MESSAGES_PER_CLIENT + 5; i++) await messages.record('ann', `ann says ${i}`, 'none', addMinutes(start, i));
    await messages.record('bob', 'bob says 1', 'none', start);

    const kept = await db.clientMessage.findMany({ where: { clientId: 'ann' }, orderBy: { createdAt: 'asc' } });
    expect(kept.map((row) => row.text)).toEqual(Array.from({ length: KEEP_MESSAGES_PER_CLIENT }, (_, i) => `ann says ${i + 6}`));
    expect(await db.clientMessage.count({ where: { clientId: 'bob' } })).toBe(1);
    expect((await messages.recent('ann', 2)).map((row) => row.text)).toEqual([`ann says ${KEEP_MESSAGES_PER_CLIENT + 4}`, `ann says ${KEEP_MESSAGES_PER_CLIENT + 5}`]);
  });
});
