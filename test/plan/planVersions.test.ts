// Plan versions on a real database: agreeing, changing, and every earlier version kept readable.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMigratedDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import type { Database } from '../../src/db/database.ts';
import { PlanNotFoundError, PlanRepository, type NewGoal } from '../../src/db/plans.ts';
import { seedReadyClient, TestClock } from './planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const FRIDAY = new Date('2026-06-11T23:00:00Z');

const firstGoal: NewGoal = {
  text: 'Apply for 2 cleaning jobs by Friday',
  jobGoal: 'Cleaner',
  dueAt: FRIDAY,
  confidenceRatings: [8],
  items: [{ text: 'Apply for 2 cleaning jobs', owner: 'client', dueAt: FRIDAY }],
};

describe(`plan versions on ${testProvider}`, () => {
  let database: TestDatabase & { handle: { db: Database } };
  let db: Database;
  const clock = new TestClock(MONDAY);

  beforeAll(async () => {
    database = await createMigratedDatabase();
    db = database.handle.db;
  });
  afterAll(async () => database.drop());
  beforeEach(() => {
    clock.current = MONDAY;
  });

  async function newClient() {
    return (await seedReadyClient(db, { band: 'external', now: MONDAY })).id;
  }

  it('starts as a draft, and records when the client and the adviser agree', async () => {
    const clientId = await newClient();
    const plans = new PlanRepository(db, clock);
    const draft = await plans.addGoalWithItems(clientId, firstGoal, { summary: { situation: 'Out of work for a year' } });
    expect(draft).toMatchObject({ version: 1, status: 'draft', clientAgreedAt: null, adviserAgreedAt: null, situation: 'Out of work for a year' });

    clock.current = new Date('2026-06-08T10:30:00Z');
    const agreed = await plans.agree(clientId);
    expect(agreed).toMatchObject({ id: draft.id, version: 1, status: 'agreed', clientAgreedAt: new Date('2026-06-08T10:30:00Z') });
    const both = await plans.agreeAsAdviser(clientId, 'adviser-1');
    expect(both).toMatchObject({ status: 'agreed', clientAgreedAt: new Date('2026-06-08T10:30:00Z'), adviserAgreedAt: new Date('2026-06-08T10:30:00Z') });
    const audit = await db.auditEvent.findMany({ where: { subject: draft.id, action: { startsWith: 'plan.agreed' } }, orderBy: { action: 'asc' } });
    const at = new Date('2026-06-08T10:30:00Z');
    expect(audit.map((event) => [event.actor, event.action, event.createdAt])).toEqual([
      ['adviser:adviser-1', 'plan.agreed-by-adviser', at],
      ['client', 'plan.agreed-by-client', at],
    ]);
  });

  it('a change makes a new draft version; the agreed one is kept, superseded, with its items intact', async () => {
    const clientId = await newClient();
    const plans = new PlanRepository(db, clock);
    const v1 = await plans.addGoalWithItems(clientId, firstGoal);
    await plans.agree(clientId);
    const v2 = await plans.addGoalWithItems(clientId, {
      text: 'Call the agency',
      dueAt: FRIDAY,
      items: [{ text: 'Call the agency', owner: 'client', dueAt: FRIDAY }],
    });
    expect(v2).toMatchObject({ version: 2, status: 'draft', clientAgreedAt: null });
    expect(v2.goals.map((goal) => goal.text)).toEqual(['Apply for 2 cleaning jobs by Friday', 'Call the agency']);
    expect(v2.items.map((item) => item.text)).toEqual(['Apply for 2 cleaning jobs', 'Call the agency']);
    expect(v2.items[0]!.lineageId).toBe(v1.items[0]!.lineageId);
    expect(v2.items[0]!.id).not.toBe(v1.items[0]!.id);

    const [old, current] = await plans.planVersions(clientId);
    expect(old).toMatchObject({ id: v1.id, version: 1, status: 'superseded', clientAgreedAt: MONDAY });
    expect(old!.goals.map((goal) => goal.text)).toEqual(['Apply for 2 cleaning jobs by Friday']);
    expect(old!.items).toEqual([expect.objectContaining({ text: 'Apply for 2 cleaning jobs', owner: 'client', status: 'open', dueAt: FRIDAY, createdBy: 'client' })]);
    expect(current!.id).toBe(v2.id);
    expect((await plans.currentPlan(clientId))!.id).toBe(v2.id);

    const v2agreed = await plans.agree(clientId);
    expect(v2agreed).toMatchObject({ version: 2, status: 'agreed' });
    expect((await plans.planVersions(clientId)).map((plan) => plan.status)).toEqual(['superseded', 'agreed']);
  });

  it('records progress as a new version that keeps the agreement; dropping an item needs agreeing again', async () => {
    const clientId = await newClient();
    const plans = new PlanRepository(db, clock);
    const v1 = await plans.addGoalWithItems(clientId, firstGoal);
    await plans.agree(clientId);
    const lineageId = v1.items[0]!.lineageId;

    clock.current = new Date('2026-06-10T12:00:00Z');
    const done = await plans.changeItemStatus(clientId, lineageId, 'done', 'client');
    expect(done).toMatchObject({ version: 2, status: 'agreed', clientAgreedAt: MONDAY });
    expect(done.items[0]).toMatchObject({ lineageId, status: 'done', completedAt: new Date('2026-06-10T12:00:00Z') });
    const dropped = await plans.changeItemStatus(clientId, lineageId, 'dropped', 'client');
    expect(dropped).toMatchObject({ version: 3, status: 'draft', clientAgreedAt: null });

    const history = await plans.planVersions(clientId);
    expect(history.map((plan) => [plan.version, plan.status, plan.items[0]!.status])).toEqual([
      [1, 'superseded', 'open'],
      [2, 'superseded', 'done'],
      [3, 'draft', 'dropped'],
    ]);
    await expect(plans.changeItemStatus(clientId, 'no-such-item', 'done', 'client')).rejects.toBeInstanceOf(PlanNotFoundError);
    expect(await plans.planVersions(clientId)).toHaveLength(3);
  });

  it('keeps adviser-owned items first-class: added with a date, marked done by the adviser', async () => {
    const clientId = await newClient();
    const plans = new PlanRepository(db, clock);
    await plans.addGoalWithItems(clientId, firstGoal);
    const withAdviserItem = await plans.addAdviserItem(clientId, 'Ask the agency about evening shifts', FRIDAY);
    const adviserItem = withAdviserItem.items.find((item) => item.owner === 'adviser')!;
    expect(adviserItem).toMatchObject({ text: 'Ask the agency about evening shifts', owner: 'adviser', createdBy: 'adviser', status: 'open', dueAt: FRIDAY });

    const after = await plans.markAdviserItemDone(adviserItem.lineageId, 'adviser-7');
    expect(after.items.find((item) => item.lineageId === adviserItem.lineageId)).toMatchObject({ status: 'done' });
    expect(await db.auditEvent.count({ where: { actor: 'adviser:adviser-7', action: 'plan.adviser-item-done' } })).toBe(1);
    const clientItem = after.items.find((item) => item.owner === 'client')!;
    await expect(plans.markAdviserItemDone(clientItem.lineageId, 'adviser-7')).rejects.toThrow(/belongs to the client/);
  });

  it('sets the next review date in a new version, even before any goal; agreeing needs a plan', async () => {
    const clientId = await newClient();
    const plans = new PlanRepository(db, clock);
    await expect(plans.setNextReview(clientId, FRIDAY)).resolves.toMatchObject({ version: 1, nextReviewAt: FRIDAY, goals: [], items: [] });
    const next = new Date('2026-06-21T23:00:00Z');
    expect(await plans.setNextReview(clientId, next)).toMatchObject({ version: 2, nextReviewAt: next });
    expect((await plans.planVersions(clientId))[0]!.nextReviewAt).toEqual(FRIDAY);
    await expect(plans.agree('nobody')).rejects.toBeInstanceOf(PlanNotFoundError);
  });

  it('adds a client item and moves a due date as changes the client agrees to again', async () => {
    const clientId = await newClient();
    const plans = new PlanRepository(db, clock);
    const v1 = await plans.addGoalWithItems(clientId, firstGoal);
    await plans.agree(clientId);
    const lineageId = v1.items[0]!.lineageId;
    const v2 = await plans.addItem(clientId, { text: 'Print my CV', owner: 'client', dueAt: FRIDAY, goalLineageId: v1.goals[0]!.lineageId }, 'bot');
    expect(v2).toMatchObject({ version: 2, status: 'draft' });
    expect(v2.items[1]).toMatchObject({ text: 'Print my CV', owner: 'client', createdBy: 'bot', goalLineageId: v1.goals[0]!.lineageId });
    await plans.changeItemStatus(clientId, lineageId, 'not-done', 'client');
    const nextWeek = new Date('2026-06-18T23:00:00Z');
    const v4 = await plans.moveItemDueDate(clientId, lineageId, nextWeek, 'client');
    expect(v4.items[0]).toMatchObject({ lineageId, dueAt: nextWeek, status: 'open' });
    const history = await plans.planVersions(clientId);
    expect(history.map((plan) => [plan.version, plan.items[0]!.status, plan.items[0]!.dueAt])).toEqual([
      [1, 'open', FRIDAY],
      [2, 'open', FRIDAY],
      [3, 'not-done', FRIDAY],
      [4, 'open', nextWeek],
    ]);
  });

  it('two changes at the same time both land, as consecutive versions', async () => {
    const clientId = await newClient();
    const plans = new PlanRepository(db, clock);
    await plans.addGoalWithItems(clientId, firstGoal);
    await Promise.all([
      plans.addAdviserItem(clientId, 'Book a CV session', FRIDAY),
      plans.addAdviserItem(clientId, 'Send the agency list', FRIDAY),
    ]);
    const versions = await plans.planVersions(clientId);
    expect(versions.map((plan) => plan.version)).toEqual([1, 2, 3]);
    expect(versions.filter((plan) => plan.status !== 'superseded')).toHaveLength(1);
    expect(versions[2]!.items.map((item) => item.text).sort()).toEqual(['Apply for 2 cleaning jobs', 'Book a CV session', 'Send the agency list']);
  });
});
