// The per-conversation lease on the database under test: one holder at a time, across
// instances; a lease left by an instance that died is taken over once it lapses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationLocks, LEASE_MS } from '../../src/db/conversationLocks.ts';
import { createMigratedDatabase, testProvider } from '../support/testDatabase.ts';

describe(`conversation locks on ${testProvider}`, () => {
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await createMigratedDatabase();
  });
  afterAll(() => database.drop());

  it('lets one instance hold a conversation at a time, and the next in once it is released', async () => {
    const [first, second] = [new ConversationLocks(db()), new ConversationLocks(db())];
    const lease = await first.acquire('emulator/c1', Date.now() + 1_000);
    expect(lease).not.toBeNull();
    expect(await second.acquire('emulator/c1', Date.now() + 200)).toBeNull();
    expect(await second.acquire('emulator/c2', Date.now() + 200)).not.toBeNull();
    await lease!.release();
    expect(await second.acquire('emulator/c1', Date.now() + 200)).not.toBeNull();
  });

  it('gives exactly one of many instances racing for a free conversation the lease', async () => {
    const racers = Array.from({ length: 8 }, () => new ConversationLocks(db()));
    const leases = await Promise.all(racers.map((locks) => locks.acquire('emulator/race', Date.now())));
    expect(leases.filter(Boolean)).toHaveLength(1);
  });

  it('takes over a lease left by an instance that died, once it has lapsed', async () => {
    await db().conversationLock.create({ data: { key: 'emulator/orphan', holder: 'dead-instance', expiresAt: new Date(Date.now() - 1) } });
    await db().conversationLock.create({ data: { key: 'emulator/busy', holder: 'live-instance', expiresAt: new Date(Date.now() + LEASE_MS) } });
    const locks = new ConversationLocks(db());
    expect(await locks.acquire('emulator/orphan', Date.now() + 200)).not.toBeNull();
    expect(await locks.acquire('emulator/busy', Date.now() + 200)).toBeNull();
  });
});
