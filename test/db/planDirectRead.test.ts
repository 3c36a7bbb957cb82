// The latest plan version read in direct statements (src/db/planDirectRead.ts) is the version
// Prisma reads and the repository wrote: every column of the plan, its goals and its items, set
// or empty, in their order; and the latest version, not an earlier one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanRepository } from '../../src/db/plans.ts';
import { latestPlanVersion } from '../../src/db/planDirectRead.ts';
import { toPlanVersion, WITH_CONTENT } from '../../src/db/planRows.ts';
import { inTransaction } from '../../src/db/database.ts';
import { statementsOn } from '../../src/db/statements.ts';
import { createMigratedDatabase, testProvider } from '../support/testDatabase.ts';

describe(`the latest plan version in direct statements on ${testProvider}`, () => {
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
  const db = () => database.handle.db;

  beforeAll(async () => {
    database = await createMigratedDatabase();
  });
  afterAll(() => database.drop());

  it('reads nothing before the first goal', async () => {
    const client = await db().client.create({ data: { userKey: 'emulator:noplan', channelId: 'emulator' } });
    expect(await latestPlanVersion(statementsOn(db()), client.id)).toBeNull();
  });

  it('reads what Prisma reads, every column set or empty, goals and items in order', async () => {
    const client = await db().client.create({ data: { userKey: 'emulator:plan', channelId: 'emulator' } });
    const plans = new PlanRepository(db());
    await plans.addGoalWithItems(
      client.id,
      {
        text: 'Apply for 2 cleaning jobs by Friday',
        jobGoal: 'cleaner',
        dueAt: new Date('2026-06-19T23:00:00Z'),
        confidenceRatings: [7],
        items: [
          { text: 'Look at 2 job adverts', owner: 'client', dueAt: new Date('2026-06-18T23:00:00Z') },
          { text: 'Check the CV', owner: 'adviser', dueAt: null },
        ],
      },
      { nextReviewAt: new Date('2026-06-22T23:00:00Z'), summary: { situation: 'Out of work since May', jobGoals: [{ title: 'cleaner' } as never] } },
    );
    await plans.addGoalWithItems(client.id, { text: 'Get a bus pass', dueAt: null, items: [{ text: 'Ask at the desk', owner: 'client', dueAt: null }] });
    const first = (await plans.planVersions(client.id))[1]!;
    await plans.changeItemStatus(client.id, first.items[0]!.lineageId, 'done', 'client');
    await plans.agree(client.id);

    const prisma = await db().plan.findFirst({ where: { clientId: client.id }, orderBy: { version: 'desc' }, include: WITH_CONTENT });
    const direct = await latestPlanVersion(statementsOn(db()), client.id);
    expect(direct).toEqual(toPlanVersion(prisma!));
    expect(direct).toMatchObject({ version: 3, status: 'agreed' });
    expect(direct!.goals.map((goal) => goal.text)).toEqual(['Apply for 2 cleaning jobs by Friday', 'Get a bus pass']);
    expect(direct!.items.map((item) => [item.text, item.status])).toEqual([
      ['Look at 2 job adverts', 'done'],
      ['Check the CV', 'open'],
      ['Ask at the desk', 'open'],
    ]);
    expect(direct!.items[0]!.completedAt).toBeInstanceOf(Date);
    expect(await plans.currentPlan(client.id)).toEqual(direct);
    // In a transaction it reads through the transaction: the same version, and one written in it.
    const inside = await inTransaction(db(), async (tx) => {
      const before = await latestPlanVersion(statementsOn(tx), client.id);
      await new PlanRepository(tx).setNextReview(client.id, new Date('2026-07-06T23:00:00Z'));
      return { before, after: await latestPlanVersion(statementsOn(tx), client.id) };
    });
    expect(inside.before).toEqual(direct);
    const content = (version: typeof direct) => [version!.goals.map(({ id: _id, ...goal }) => goal), version!.items.map(({ id: _id, ...item }) => item)];
    expect(inside.after).toMatchObject({ version: 4, nextReviewAt: new Date('2026-07-06T23:00:00Z') });
    expect(content(inside.after)).toEqual(content(direct));
  });

  it('agrees to the latest version in one statement, leaving the adviser stamp as it was', async () => {
    const client = await db().client.create({ data: { userKey: 'emulator:agree', channelId: 'emulator' } });
    const plans = new PlanRepository(db());
    expect(await plans.agreeLatest(client.id)).toBeNull();
    await plans.addGoalWithItems(client.id, { text: 'Ring the college', dueAt: null, items: [] });
    await plans.agreeAsAdviser(client.id, 'adviser-1');
    const stamp = await plans.agreeLatest(client.id);
    const stored = await db().plan.findFirst({ where: { clientId: client.id }, orderBy: { version: 'desc' } });
    expect(stamp).toEqual({ id: stored!.id, status: 'agreed', clientAgreedAt: stored!.clientAgreedAt, adviserAgreedAt: stored!.adviserAgreedAt });
    expect(stored!.adviserAgreedAt).toBeInstanceOf(Date);
    expect(await db().auditEvent.count({ where: { subject: stored!.id, action: 'plan.agreed-by-client' } })).toBe(1);
  });
});
