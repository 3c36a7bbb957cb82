// A reminder's claim outlives a slow send, and a throttled conversation is parked on its own:
// a send is never repeated because it took longer than the lease, and a channel's Retry-After
// neither holds up the other reminders of the tick nor is waited out inside the send.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMigratedDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { StandInConnector } from '../support/standInConnector.ts';
import { setLogLevel } from '../../src/log.ts';
import type { Database, DatabaseHandle } from '../../src/db/database.ts';
import { reminderKeysCaught, seedClient, startInstance, testConfig, type Instance } from './dispatchRig.ts';

const now = new Date('2026-06-10T12:00:00Z');

describe(`reminder leases and throttling on ${testProvider}`, () => {
  let database: TestDatabase & { handle: DatabaseHandle };
  let db: Database;
  let connector: StandInConnector;
  const instances: Instance[] = [];
  let run = 0;

  beforeAll(async () => {
    setLogLevel('error');
    database = await createMigratedDatabase();
    db = database.handle.db;
    connector = await new StandInConnector().start();
  });
  afterAll(async () => {
    for (const instance of instances) await instance.handle.close();
    await connector.stop();
    await database.drop();
  });
  beforeEach(() => {
    run++;
    connector.respondWith = () => 200;
  });

  async function dueReminderFor(name: string) {
    const client = await seedClient(db, connector, `${name}-${run}`, { lastContactAt: now });
    const key = `test:${name}:${run}`;
    await db.reminder.create({ data: { key, clientId: client.id, kind: 'review-due', sendAt: new Date(now.getTime() - 1000) } });
    return { client, key };
  }

  function instance(id: string, env: Record<string, string> = {}): Instance {
    const made = startInstance(testConfig(database.url, { OUTREACH_ESCALATE_AFTER: '1000', ...env }), `${id}-${run}`);
    instances.push(made);
    return made;
  }

  it('keeps the claim of a send that takes longer than the lease, so a second instance never sends it again', async () => {
    const slow = await dueReminderFor('slow');
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    connector.respondWith = (caught) => (caught.conversationId === slow.client.conversationId ? { status: 200, after: released } : 200);
    const first = instance('first', { REMINDER_LEASE_SECONDS: '8' });
    const second = instance('second', { REMINDER_LEASE_SECONDS: '8' });

    const firstTick = first.dispatcher.tick(now);
    while (!connector.received.some((c) => c.conversationId === slow.client.conversationId)) await new Promise((r) => setTimeout(r, 20));
    // The channel holds the send while the first instance renews its lease (every 2 s here).
    await new Promise((r) => setTimeout(r, 2_500));
    // On the second instance's clock the original lease has run out.
    const secondReport = await second.dispatcher.tick(new Date(now.getTime() + 8_500));
    release();
    const firstReport = await firstTick;

    expect(secondReport.claimed).toBe(0);
    expect(firstReport).toMatchObject({ claimed: 1, sent: 1 });
    expect(reminderKeysCaught(connector).filter((key) => key === slow.key)).toHaveLength(1);
    expect(await db.reminder.findUniqueOrThrow({ where: { key: slow.key } })).toMatchObject({ status: 'sent' });
  });

  it('parks a throttled conversation until its Retry-After and sends to everyone else in the same tick', async () => {
    const throttled = await dueReminderFor('throttled');
    const others = [await dueReminderFor('other-a'), await dueReminderFor('other-b')];
    // Ten minutes: longer than the lease. Waited out inside the send, it held the whole tick.
    connector.respondWith = (caught) => (caught.conversationId === throttled.client.conversationId ? { status: 429, headers: { 'retry-after': '600' } } : 200);
    const solo = instance('solo', { REMINDER_LEASE_SECONDS: '120' });

    const report = await solo.dispatcher.tick(now);

    expect(report).toMatchObject({ claimed: 3, sent: 2, throttled: 1, retried: 0, failed: 0 });
    const caught = reminderKeysCaught(connector);
    for (const other of others) expect(caught).toContain(other.key);
    expect(caught).not.toContain(throttled.key);
    // Asked once, not again and again inside the send.
    expect(connector.received.filter((c) => c.conversationId === throttled.client.conversationId)).toHaveLength(1);
    const parked = await db.reminder.findUniqueOrThrow({ where: { key: throttled.key } });
    expect(parked).toMatchObject({ status: 'pending', attempts: 0, sendAt: new Date(now.getTime() + 600_000) });
    // The adviser is not told the client cannot be reached: the channel only asked us to wait.
    expect(await db.escalation.count({ where: { clientId: throttled.client.id } })).toBe(0);

    // When the time comes it goes out.
    connector.respondWith = () => 200;
    expect(await solo.dispatcher.tick(new Date(now.getTime() + 600_000))).toMatchObject({ claimed: 1, sent: 1 });
    expect(reminderKeysCaught(connector)).toContain(throttled.key);
  });

  it('hands back what it has not started when told to stop, for another instance to send', async () => {
    const reminders = [await dueReminderFor('stop-a'), await dueReminderFor('stop-b'), await dueReminderFor('stop-c')];
    const leaving = instance('leaving', { REMINDER_CONCURRENCY: '1' });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const firstReceived = connector.received.length;
    connector.respondWith = () => ({ status: 200, after: released });
    const tick = leaving.dispatcher.tick(now);
    while (connector.received.length === firstReceived) await new Promise((r) => setTimeout(r, 20));
    leaving.dispatcher.stopClaiming();
    release();
    const report = await tick;

    expect(report).toMatchObject({ claimed: 3, sent: 1, released: 2 });
    const rows = await db.reminder.findMany({ where: { key: { in: reminders.map((r) => r.key) } } });
    expect(rows.filter((row) => row.status === 'pending' && row.claimedBy === null)).toHaveLength(2);
    connector.respondWith = () => 200;
    expect(await instance('staying').dispatcher.tick(now)).toMatchObject({ claimed: 2, sent: 2 });
  });
});
