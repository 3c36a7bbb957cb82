// A plan version's goals and items are written as raw rows (src/db/planContentRows.ts), not by
// Prisma's nested create. Read back through Prisma on the database under test, every field must be
// what was saved: dates to the millisecond, empty fields empty, numbers as numbers, and the
// goals and items of every version in their order, the older version untouched. Rows a version
// shares with the one before are copied by the database; what it hands back is what is stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanRepository } from '../../src/db/plans.ts';
import { createMigratedDatabase, testProvider } from '../support/testDatabase.ts';

describe(`a plan version's goals and items on ${testProvider}`, () => {
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await createMigratedDatabase();
  });
  afterAll(() => database.drop());

  it('reads back through Prisma exactly as saved, version after version', async () => {
    const client = await db().client.create({ data: { userKey: 'emulator:plan-rows', channelId: 'emulator' } });
    const plans = new PlanRepository(db(), { now: () => new Date('2026-06-08T09:00:00.123Z') });
    const due = new Date('2026-06-12T16:30:00.456Z');
    await plans.addGoalWithItems(client.id, {
      text: 'Apply for warehouse jobs',
      jobGoal: 'warehouse operative',
      dueAt: due,
      confidenceRatings: [7],
      items: [{ text: 'Look at 2 job adverts', owner: 'client', dueAt: due }, { text: 'Ring the agency about it', owner: 'adviser', dueAt: null }],
    });
    const second = await plans.addGoalWithItems(client.id, { text: 'Get a forklift licence', dueAt: null, items: [{ text: 'Find a course', owner: 'client', dueAt: null }] });

    const rows = await db().plan.findMany({
      where: { clientId: client.id },
      orderBy: { version: 'asc' },
      include: { goals: { orderBy: { position: 'asc' } }, items: { orderBy: { position: 'asc' } } },
    });
    expect(rows.map((row) => [row.version, row.goals.length, row.items.length])).toEqual([[1, 1, 2], [2, 2, 3]]);
    const [goal, nextGoal] = rows[1]!.goals;
    expect(goal).toMatchObject({ position: 0, text: 'Apply for warehouse jobs', jobGoal: 'warehouse operative', confidence: 7, dueAt: due });
    expect(nextGoal).toMatchObject({ position: 1, text: 'Get a forklift licence', jobGoal: null, confidence: null, dueAt: null });
    expect(rows[1]!.items.map(({ text, owner, dueAt, status, createdBy, createdAt, completedAt, position }) => ({ text, owner, dueAt, status, createdBy, createdAt, completedAt, position }))).toEqual([
      { text: 'Look at 2 job adverts', owner: 'client', dueAt: due, status: 'open', createdBy: 'client', createdAt: new Date('2026-06-08T09:00:00.123Z'), completedAt: null, position: 0 },
      { text: 'Ring the agency about it', owner: 'adviser', dueAt: null, status: 'open', createdBy: 'client', createdAt: new Date('2026-06-08T09:00:00.123Z'), completedAt: null, position: 1 },
      { text: 'Find a course', owner: 'client', dueAt: null, status: 'open', createdBy: 'client', createdAt: new Date('2026-06-08T09:00:00.123Z'), completedAt: null, position: 2 },
    ]);
    expect(rows[1]!.items[2]!.goalLineageId).toBe(nextGoal!.lineageId);
    expect(rows[0]!.goals[0]!.lineageId).toBe(goal!.lineageId);
    // What the repository hands back is what a fresh read gives.
    expect(await plans.currentPlan(client.id)).toEqual(second);
  });

  it('copies the rows shared with the version before and writes the changed ones, each version its own rows', async () => {
    const client = await db().client.create({ data: { userKey: 'emulator:plan-copy', channelId: 'emulator' } });
    const plans = new PlanRepository(db(), { now: () => new Date('2026-06-08T09:00:00.123Z') });
    for (const n of [1, 2, 3]) {
      await plans.addGoalWithItems(client.id, { text: `Goal ${n}`, dueAt: new Date(`2026-06-1${n}T16:30:00.456Z`), items: [{ text: `Step ${n}`, owner: 'client', dueAt: null }] });
    }
    const before = (await plans.currentPlan(client.id))!;
    // A change in the middle: the first step is shared, the second changed, the third after it.
    const changed = await plans.changeItemStatus(client.id, before.items[1]!.lineageId, 'done', 'client');
    expect(await plans.currentPlan(client.id)).toEqual(changed);
    expect(changed.items.map((item) => [item.text, item.status, item.position])).toEqual([['Step 1', 'open', 0], ['Step 2', 'done', 1], ['Step 3', 'open', 2]]);
    expect(changed.goals.map((goal) => goal.dueAt)).toEqual(before.goals.map((goal) => goal.dueAt));
    // Every version keeps its own rows: no id is shared, and the one before still reads as it was.
    const ids = (await db().goal.findMany({ select: { id: true } })).concat(await db().actionItem.findMany({ select: { id: true } }));
    expect(new Set(ids.map((row) => row.id)).size).toBe(ids.length);
    const earlier = await db().plan.findFirst({ where: { id: before.id }, include: { items: { orderBy: { position: 'asc' } } } });
    expect(earlier!.items.map((item) => item.status)).toEqual(['open', 'open', 'open']);
  });
});
