// Three scheduler instances on one database (PostgreSQL with TEST_DATABASE=postgresql, else one
// shared SQLite file) dispatch 2,000 due reminders. Each must arrive exactly once; with one
// instance killed mid-run, none is lost and only the sends in flight at the kill may repeat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { StandInConnector } from '../support/standInConnector.ts';
import { setLogLevel } from '../../src/log.ts';
import type { Database } from '../../src/db/database.ts';
import { reminderKeysCaught, seedClient, startInstance, testConfig, type Instance } from './dispatchRig.ts';

const CLIENTS = 250;
const now = new Date('2026-06-10T12:00:00Z');

async function seedReminders(db: Database, connector: StandInConnector, run: string, total: number): Promise<string[]> {
  const keys: string[] = [];
  const perClient = total / CLIENTS;
  for (let c = 0; c < CLIENTS; c++) {
    const client = await seedClient(db, connector, `${run}-${c}`, { lastContactAt: now });
    const rows = Array.from({ length: perClient }, (_, n) => ({
      key: `test:${run}:${c}:${n}`,
      clientId: client.id,
      kind: 'review-due',
      sendAt: new Date(now.getTime() - (n + 1) * 1000),
    }));
    await db.reminder.createMany({ data: rows });
    keys.push(...rows.map((r) => r.key));
  }
  return keys;
}

async function drain(instances: Instance[], at: Date): Promise<void> {
  for (;;) {
    const reports = await Promise.all(instances.map((i) => i.dispatcher.tick(at)));
    if (reports.every((r) => r.claimed === 0)) return;
  }
}

describe(`three scheduler instances on ${testProvider}`, () => {
  let database: TestDatabase & { handle: { db: Database } };
  let connector: StandInConnector;
  let instances: Instance[] = [];

  beforeAll(async () => {
    setLogLevel('error');
    database = await createMigratedDatabase();
    connector = await new StandInConnector().start();
  });
  afterAll(async () => {
    for (const instance of instances) await instance.handle.close();
    await connector.stop();
    await database.drop();
  });

  const DUE = 2000;
  it(`deliver ${DUE} due reminders exactly once, lose none when one dies mid-run, and repeat only its in-flight sends`, async () => {
    const keys = await seedReminders(database.handle.db, connector, 'a', DUE);
    const config = testConfig(database.url, { OUTREACH_ESCALATE_AFTER: '1000', REMINDER_LEASE_SECONDS: '120' });
    // Part-way through its first batch (not a multiple of the batch size), so it surely dies holding
    // claims: at a later point the survivors could drain everything first and leave it nothing.
    let sendsBeforeDeath = 21;
    const inFlightAtKill: string[] = [];
    // The doomed instance sends normally, then dies mid-send: the message reaches the client but
    // the instance never records it, and everything else it had claimed stays claimed.
    const doomed = startInstance(config, 'doomed', (sender) => ({
      sendActivities: async (userKey, activities, known) => {
        if (sendsBeforeDeath-- > 0) return sender.sendActivities(userKey, activities, known);
        inFlightAtKill.push(String(activities[0]?.channelData?.reminderKey));
        await sender.sendActivities(userKey, activities, known);
        return new Promise(() => {});
      },
    }));
    const survivors = ['left', 'right'].map((id) => startInstance(config, id));
    instances.push(doomed, ...survivors);

    const started = Date.now();
    void doomed.dispatcher.tick(now);
    await drain(survivors, now);
    const stuck = await database.handle.db.reminder.count({ where: { status: 'claimed' } });
    expect(stuck).toBeGreaterThan(0);
    // The dead instance's leases run out (each ran 120 s from its claim, and a live instance
    // renews its own while it sends; this one is stuck for good); the survivors take them over.
    await drain(survivors, new Date(now.getTime() + 300_000));
    const seconds = (Date.now() - started) / 1000;

    const caught = reminderKeysCaught(connector);
    const counts = new Map<string, number>();
    for (const key of caught) counts.set(key, (counts.get(key) ?? 0) + 1);
    const repeated = [...counts].filter(([, n]) => n > 1).map(([key]) => key);
    console.log(
      `[${testProvider}] ${DUE} reminders, 3 instances, one killed: ${seconds.toFixed(1)} s; ` +
        `${stuck} left claimed by the dead instance, ${inFlightAtKill.length} in flight at the kill, ${repeated.length} repeated`,
    );

    expect(new Set(caught)).toEqual(new Set(keys));
    expect(inFlightAtKill.length).toBeGreaterThan(0);
    expect(repeated.every((key) => inFlightAtKill.includes(key))).toBe(true);
    expect([...counts.values()].every((n) => n <= 2)).toBe(true);
    expect(await database.handle.db.reminder.groupBy({ by: ['status'], _count: true })).toEqual([{ status: 'sent', _count: DUE }]);
  }, 90_000);
});
