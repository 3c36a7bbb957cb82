// Saving a plan keeps its reminders in step: an unchanged plan leaves every reminder as it was,
// a moved date cancels the old ones and makes new ones, a closed step has none left waiting.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { syncPlanReminders } from '../../src/scheduler/reminderPlanning.ts';
import { createMigratedDatabase, testProvider } from '../support/testDatabase.ts';
import { seedReadyClient, TestClock } from '../plan/planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const londonMidnight = (day: string) => new Date(`${day}T00:00:00+01:00`);

describe(`plan reminders in step with the plan on ${testProvider}`, () => {
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
  const clock = new TestClock(MONDAY);

  beforeAll(async () => {
    database = await createMigratedDatabase();
  });
  afterAll(() => database.drop());

  it('leaves reminders alone when nothing changed, and moves them with the date', async () => {
    const db = database.handle.db;
    const services = { db, clock, config: loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url }) };
    const client = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    const plan = await plans.addGoalWithItems(client.id, {
      text: 'Apply for 2 cleaning jobs by Friday',
      dueAt: londonMidnight('2026-06-19'),
      items: [{ text: 'Apply for 2 cleaning jobs', owner: 'client', dueAt: londonMidnight('2026-06-19') }],
    }, { nextReviewAt: londonMidnight('2026-06-22') });
    const rows = () => db.reminder.findMany({ where: { clientId: client.id }, orderBy: { key: 'asc' } });

    await syncPlanReminders(services, client.id);
    const first = await rows();
    expect(first.filter((row) => row.status === 'pending').map((row) => row.kind)).toEqual(expect.arrayContaining(['item-due-today', 'review-due']));

    await syncPlanReminders(services, client.id);
    expect(await rows()).toEqual(first);

    const lineageId = plan.items[0]!.lineageId;
    await plans.moveItemDueDate(client.id, lineageId, londonMidnight('2026-06-26'), 'client');
    await syncPlanReminders(services, client.id);
    const moved = await rows();
    const itemRows = moved.filter((row) => row.itemLineageId === lineageId);
    expect(itemRows.filter((row) => first.some((old) => old.key === row.key)).every((row) => row.status === 'cancelled')).toBe(true);
    expect(itemRows.filter((row) => row.status === 'pending').every((row) => row.sendAt > londonMidnight('2026-06-20'))).toBe(true);
    expect(itemRows.some((row) => row.status === 'pending')).toBe(true);
    expect(moved.find((row) => row.kind === 'review-due')).toMatchObject({ status: 'pending' });

    await plans.changeItemStatus(client.id, lineageId, 'done', 'client');
    await syncPlanReminders(services, client.id);
    expect((await rows()).filter((row) => row.itemLineageId === lineageId && row.status === 'pending')).toEqual([]);
  });

  it('keeps the reminders of a partly done step, as for an open one, and drops those of a step reported not done', async () => {
    const db = database.handle.db;
    const services = { db, clock, config: loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url }) };
    const client = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    const due = londonMidnight('2026-06-19');
    const plan = await plans.addGoalWithItems(client.id, {
      text: 'Get a job',
      dueAt: due,
      items: [{ text: 'Make a CV', owner: 'client', dueAt: due }, { text: 'Ring the agency', owner: 'client', dueAt: due }],
    });
    const [partly, notDone] = plan.items.map((item) => item.lineageId) as [string, string];
    await plans.changeItemStatus(client.id, partly, 'partly-done', 'client');
    await plans.changeItemStatus(client.id, notDone, 'not-done', 'client');
    await syncPlanReminders(services, client.id);
    const pending = await db.reminder.findMany({ where: { clientId: client.id, status: 'pending' }, select: { itemLineageId: true, kind: true } });
    expect(pending.filter((row) => row.itemLineageId === partly).map((row) => row.kind)).toEqual(expect.arrayContaining(['item-due-today']));
    expect(pending.filter((row) => row.itemLineageId === notDone)).toEqual([]);
  });

  it('brings only the changed steps in line when told what changed, and the review only when it moved', async () => {
    const db = database.handle.db;
    const services = { db, clock, config: loadConfig({ NODE_ENV: 'test', DATABASE_URL: database.url }) };
    const client = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    const due = londonMidnight('2026-06-19');
    const first = await plans.addGoalWithItems(client.id, { text: 'Get a job', dueAt: due, items: [{ text: 'Make a CV', owner: 'client', dueAt: due }] }, {
      nextReviewAt: londonMidnight('2026-06-22'),
    });
    await syncPlanReminders(services, client.id);
    const older = first.items[0]!.lineageId;
    // Someone cancelled the older step's reminders: only a sync of that step would bring them back.
    await db.reminder.updateMany({ where: { itemLineageId: older }, data: { status: 'cancelled' } });
    await db.reminder.updateMany({ where: { clientId: client.id, kind: 'review-due' }, data: { status: 'cancelled' } });

    const second = await plans.addGoalWithItems(client.id, { text: 'Get a bus pass', dueAt: due, items: [{ text: 'Ask at the desk', owner: 'client', dueAt: due }] });
    const added = second.items.at(-1)!.lineageId;
    await syncPlanReminders(services, client.id, { plan: second, changed: { itemLineageIds: [added], review: false } });
    const pending = await db.reminder.findMany({ where: { clientId: client.id, status: 'pending' }, select: { itemLineageId: true, kind: true } });
    expect(pending.filter((row) => row.itemLineageId === added).map((row) => row.kind)).toEqual(expect.arrayContaining(['item-due-today']));
    expect(pending.filter((row) => row.itemLineageId === older || row.kind === 'review-due')).toEqual([]);

    await syncPlanReminders(services, client.id, { plan: second, changed: { itemLineageIds: [], review: true } });
    expect(await db.reminder.count({ where: { clientId: client.id, status: 'pending', kind: 'review-due' } })).toBe(1);
    expect(await db.reminder.count({ where: { itemLineageId: older, status: 'pending' } })).toBe(0);
  });
});
