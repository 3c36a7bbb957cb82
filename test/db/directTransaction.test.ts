// The driver adapter's own transaction (DirectSql.transaction, used for changes to a plan alone):
// what it writes is kept when the work ends, nothing when it throws; it lets the next one in either
// way; two at once both finish; a unique clash inside it is known for one (the plan retries on it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUniqueViolation } from '../../src/db/database.ts';
import { directSql } from '../../src/db/directSql.ts';
import { PlanWork } from '../../src/db/planWork.ts';
import { createMigratedDatabase, testProvider } from '../support/testDatabase.ts';

describe(`the adapter's own transaction on ${testProvider}`, () => {
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
  const db = () => database.handle.db;
  const lock = (key: string) => ['INSERT INTO "ConversationLock" ("key", "holder", "expiresAt") VALUES (?, ?, ?)', [key, 'test', new Date('2030-01-01T00:00:00Z')]] as const;

  beforeAll(async () => {
    database = await createMigratedDatabase();
  });
  afterAll(() => database.drop());

  it('keeps what it wrote when the work ends, and nothing when it throws', async () => {
    const sql = directSql(db());
    await sql.transaction(async (tx) => {
      await tx.execute(...lock('kept-1'));
      await tx.execute(...lock('kept-2'));
    });
    await expect(
      sql.transaction(async (tx) => {
        await tx.execute(...lock('lost-1'));
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    await sql.transaction(async (tx) => void (await tx.execute(...lock('after-a-failure'))));
    const keys = (await db().conversationLock.findMany({ orderBy: { key: 'asc' } })).map((row) => row.key);
    expect(keys).toEqual(['after-a-failure', 'kept-1', 'kept-2']);
  });

  it('runs two at once to the end, each whole', async () => {
    const sql = directSql(db());
    await Promise.all(
      ['a', 'b'].map((name) =>
        sql.transaction(async (tx) => {
          for (let i = 0; i < 5; i++) await tx.execute(...lock(`both-${name}-${i}`));
        }),
      ),
    );
    expect(await db().conversationLock.count({ where: { key: { startsWith: 'both-' } } })).toBe(10);
  });

  it('reads what it has written before it commits, and knows a unique clash for one', async () => {
    const sql = directSql(db());
    const clash = await sql
      .transaction(async (tx) => {
        await tx.execute(...lock('twice'));
        const { rows } = await tx.query('SELECT "holder" FROM "ConversationLock" WHERE "key" = ?', ['twice']);
        expect(rows).toEqual([['test']]);
        await tx.execute(...lock('twice'));
      })
      .catch((error: unknown) => error);
    expect(isUniqueViolation(clash)).toBe(true);
    expect(await db().conversationLock.count({ where: { key: 'twice' } })).toBe(0);
  });

  it("saves two goals set at the same moment as consecutive versions, through the plan's own transactions", async () => {
    const client = await db().client.create({ data: { userKey: 'emulator:two-goals', channelId: 'emulator' } });
    const work = new PlanWork(db(), { now: () => new Date('2026-06-08T09:00:00Z') });
    const goal = (text: string) => ({ text, dueAt: null, items: [{ text: `${text}: first step`, owner: 'client' as const, dueAt: null }] });
    await Promise.all(['Get a bus pass', 'Ring the college'].map((text) => work.runOnPlan((plans) => plans.addGoalWithItems(client.id, goal(text)))));
    const versions = await db().plan.findMany({ where: { clientId: client.id }, orderBy: { version: 'asc' }, include: { goals: true } });
    expect(versions.map((version) => version.version)).toEqual([1, 2]);
    expect(versions[1]!.goals.map((g) => g.text).sort()).toEqual(['Get a bus pass', 'Ring the college']);
  });
});
