// A goal's few new steps have their reminder rows read and written in direct statements
// (src/db/reminderScopeRows.ts); a whole plan's many steps, or a plan naming a reminder outside
// the steps it names, are left to the repository's one Prisma query.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEW_STEPS, insertFewReminders, rowsOfFewSteps } from '../../src/db/reminderScopeRows.ts';
import type { ReminderKind } from '../../src/domain/reminderTiming.ts';
import { createMigratedDatabase, testProvider } from '../support/testDatabase.ts';

describe(`reminder rows of a few steps on ${testProvider}`, () => {
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
  const db = () => database.handle.db;
  const at = new Date('2026-06-12T08:00:00.000Z');
  const planned = (key: string, itemLineageId: string | null, kind: ReminderKind = 'item-due-today') => ({ key, kind, itemLineageId, sendAt: at });

  beforeAll(async () => {
    database = await createMigratedDatabase();
  });
  afterAll(() => database.drop());

  it("reads every row of the steps and the review named, and writes new ones, leaving a key made meanwhile as it is", async () => {
    const client = await db().client.create({ data: { userKey: 'emulator:few', channelId: 'emulator' } });
    await insertFewReminders(db(), client.id, [planned('step-a:today', 'step-a'), planned('review:1', null, 'review-due')]);
    await db().reminder.update({ where: { key: 'step-a:today' }, data: { status: 'sent' } });
    // Made again (a retry, another instance): the sent row stays sent.
    await insertFewReminders(db(), client.id, [planned('step-a:today', 'step-a'), planned('step-b:today', 'step-b')]);
    const rows = await rowsOfFewSteps(db(), client.id, [
      { scope: { itemLineageIds: ['step-a', 'step-b'] }, planned: [planned('step-a:today', 'step-a')], reason: 'test' },
      { scope: { reviewOf: client.id }, planned: [planned('review:1', null, 'review-due')], reason: 'test' },
    ]);
    expect(rows!.map((row) => [row.key, row.status, row.sendAt]).sort()).toEqual([
      ['review:1', 'pending', at],
      ['step-a:today', 'sent', at],
      ['step-b:today', 'pending', at],
    ]);
  });

  it('leaves many steps, or a reminder planned outside the steps named, to the one query', async () => {
    const many = Array.from({ length: FEW_STEPS + 1 }, (_, i) => `many-${i}`);
    expect(await rowsOfFewSteps(db(), 'client', [{ scope: { itemLineageIds: many }, planned: [], reason: 'test' }])).toBeNull();
    expect(await rowsOfFewSteps(db(), 'client', [{ scope: { itemLineageIds: ['one'] }, planned: [planned('other:today', 'other')], reason: 'test' }])).toBeNull();
    expect(await rowsOfFewSteps(db(), 'client', [{ scope: { itemLineageIds: ['one'] }, planned: [planned('review:2', null, 'review-due')], reason: 'test' }])).toBeNull();
  });
});
