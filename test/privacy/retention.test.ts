// Retention with a controllable clock: a case closes after CASE_CLOSE_AFTER_DAYS without contact,
// and the client's data is erased DELETE_AFTER_CLOSE_DAYS after closure.
import { addDays } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { AuditLog } from '../../src/db/audit.ts';
import { RetentionJob } from '../../src/scheduler/retentionJob.ts';
import { loadConfig } from '../../src/config.ts';
import { scanEveryTable, seedEveryTable } from './everyTable.ts';

describe(`retention on ${testProvider}`, () => {
  let database: TestDatabase & { handle: DatabaseHandle };
  const start = new Date('2026-01-05T10:00:00Z');
  let now = start;
  const settings = loadConfig({ NODE_ENV: 'test' });
  let job: RetentionJob;

  beforeAll(async () => {
    database = await createMigratedDatabase();
    job = new RetentionJob(database.handle.db, settings, { now: () => now });
  });
  afterAll(async () => {
    await job.stop();
    await database.drop();
  });

  let serial = 0;
  async function client(lastContactAt: Date, extra: { status?: string; closedAt?: Date } = {}) {
    serial += 1;
    return database.handle.db.client.create({
      data: { userKey: `emulator:retention-${serial}`, channelId: 'emulator', displayName: `Person ${serial}`, consentedAt: start, lastContactAt, ...extra },
    });
  }

  it('uses the IPS defaults: three months to close, a year to delete', () => {
    expect(settings.CASE_CLOSE_AFTER_DAYS).toBe(90);
    expect(settings.DELETE_AFTER_CLOSE_DAYS).toBe(365);
  });

  it('closes a case after the quiet period, cancels its reminders and records it; keeps the rest open', async () => {
    now = addDays(start, 400);
    const quiet = await client(addDays(now, -91));
    const recent = await client(addDays(now, -89));
    const stillReached = await client(addDays(now, -120));
    const db = database.handle.db;
    await db.reminder.create({ data: { key: `r-${quiet.id}`, clientId: quiet.id, kind: 'item-due-soon', sendAt: addDays(now, 1) } });
    await db.reminder.create({ data: { key: `r-${stillReached.id}`, clientId: stillReached.id, kind: 'item-due-soon', sendAt: addDays(now, -10), status: 'sent', sentAt: addDays(now, -10) } });

    const outcome = await job.tick(now);
    expect(outcome.closed).toBe(1);
    const closed = await db.client.findUniqueOrThrow({ where: { id: quiet.id } });
    expect(closed.status).toBe('closed');
    expect(closed.closedAt?.toISOString()).toBe(now.toISOString());
    expect((await db.reminder.findFirstOrThrow({ where: { clientId: quiet.id } })).status).toBe('cancelled');
    expect((await db.client.findUniqueOrThrow({ where: { id: recent.id } })).status).toBe('active');
    expect((await db.client.findUniqueOrThrow({ where: { id: stillReached.id } })).status).toBe('active');
    expect((await new AuditLog(db).forSubject(quiet.id)).map((e) => e.action)).toEqual(['case-closed']);
  });

  it('follows one client from last contact to closure to erasure as the clock moves on', async () => {
    const db = database.handle.db;
    const lastContact = addDays(start, 1000);
    const person = await client(lastContact);
    await seedEveryTable(
      db,
      { clientId: person.id, userKey: person.userKey, channelId: 'emulator', channelUserId: person.userKey.slice('emulator:'.length), conversationId: `conv-${person.id}`, words: 'quince trombone' },
      lastContact,
    );

    await job.tick(addDays(lastContact, 89));
    expect((await db.client.findUniqueOrThrow({ where: { id: person.id } })).status).toBe('active');

    const closedAt = addDays(lastContact, 91);
    await job.tick(closedAt);
    expect((await db.client.findUniqueOrThrow({ where: { id: person.id } })).status).toBe('closed');

    await job.tick(addDays(closedAt, 364));
    expect(await db.client.count({ where: { id: person.id } })).toBe(1);

    const outcome = await job.tick(addDays(closedAt, 366));
    expect(outcome.erased).toBeGreaterThanOrEqual(1);
    expect(await scanEveryTable(db, [person.id, person.userKey, 'quince trombone', `Person ${serial}`])).toEqual([]);
    expect((await new AuditLog(db).forSubject(person.id)).map((e) => e.action)).toEqual(
      expect.arrayContaining(['case-closed', 'data-erased']),
    );
  });

  it('reopens a closed case when the client comes back, and never erases it then', async () => {
    const db = database.handle.db;
    now = addDays(start, 3000);
    const closedAt = addDays(now, -400);
    const returning = await client(addDays(now, -5), { status: 'closed', closedAt });
    const outcome = await job.tick(now);
    expect(outcome.reopened).toBeGreaterThanOrEqual(1);
    const row = await db.client.findUniqueOrThrow({ where: { id: returning.id } });
    expect(row.status).toBe('active');
    expect(row.closedAt).toBeNull();
  });

  it('honours other settings', async () => {
    const db = database.handle.db;
    now = addDays(start, 5000);
    const shortJob = new RetentionJob(db, { CASE_CLOSE_AFTER_DAYS: 7, DELETE_AFTER_CLOSE_DAYS: 1 }, { now: () => now });
    const person = await client(addDays(now, -8));
    await shortJob.tick(now);
    expect((await db.client.findUniqueOrThrow({ where: { id: person.id } })).status).toBe('closed');
    await shortJob.tick(addDays(now, 2));
    expect(await db.client.count({ where: { id: person.id } })).toBe(0);
  });
});
