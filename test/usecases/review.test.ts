// A review's changes: each step's outcome with its history entry (and next step) in one
// transaction; a partly done step keeps its reminders; the next review on the adviser's cadence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReviewRepository } from '../../src/db/reviews.ts';
import { finishReview, recordStepOutcome, saveBackupPlan } from '../../src/usecases/review.ts';
import { testProvider } from '../support/testDatabase.ts';
import { planWithStep, startRig, type Rig } from './rig.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const LAST_FRIDAY = new Date('2026-06-04T23:00:00Z');
const answers = { whatHappened: 'I wrote half', feelings: 'OK', wentWell: 'Starting', differently: 'Nothing' };

describe(`review use cases on ${testProvider}`, () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig(MONDAY);
  });
  afterAll(() => rig.drop());

  async function reviewOf(clientId: string) {
    const plan = (await rig.plans.currentPlan(clientId))!;
    return new ReviewRepository(rig.db).start(clientId, plan.id, MONDAY);
  }

  it('keeps a partly done step to do: its reminders are synced, none cancelled, and the agreement stands', async () => {
    const client = await rig.newClient();
    const { step } = await planWithStep(rig, client.id, { text: 'Make a CV', dueAt: LAST_FRIDAY });
    await rig.plans.agree(client.id);
    const review = await reviewOf(client.id);
    rig.followUps.length = 0;
    const plan = await recordStepOutcome(rig.deps, { clientId: client.id, reviewId: review.id, step, outcome: 'partly-done', answers, nextStep: null });
    expect(plan.items[0]!.status).toBe('partly-done');
    expect(plan.status).toBe('agreed');
    expect(rig.followUps).toEqual([['sync', client.id]]);
    expect((await new ReviewRepository(rig.db).history(step.lineageId)).map((entry) => entry.outcome)).toEqual(['partly-done']);
  });

  it("closes a done step's reminders and adds the next step under the same goal, for the client to agree", async () => {
    const client = await rig.newClient();
    const { step } = await planWithStep(rig, client.id, { text: 'Ring the agency', dueAt: LAST_FRIDAY });
    const review = await reviewOf(client.id);
    rig.followUps.length = 0;
    const nextStep = { text: 'Go to the interview', dueAt: new Date('2026-06-11T23:00:00Z') };
    const plan = await recordStepOutcome(rig.deps, { clientId: client.id, reviewId: review.id, step, outcome: 'done', answers, nextStep });
    expect(plan.items.map((item) => [item.text, item.status, item.goalLineageId])).toEqual([
      ['Ring the agency', 'done', step.goalLineageId],
      ['Go to the interview', 'open', step.goalLineageId],
    ]);
    expect(plan.status).toBe('draft');
    expect(rig.followUps).toEqual([['cancel', step.lineageId, 'reviewed: done'], ['sync', client.id]]);
  });

  it('keeps nothing of an outcome whose step is not in the plan: the history entry goes with the failed change', async () => {
    const client = await rig.newClient();
    await planWithStep(rig, client.id, { text: 'Make a CV', dueAt: LAST_FRIDAY });
    const review = await reviewOf(client.id);
    const versions = (await rig.plans.planVersions(client.id)).length;
    const stranger = { lineageId: 'not-in-this-plan', goalLineageId: null };
    await expect(recordStepOutcome(rig.deps, { clientId: client.id, reviewId: review.id, step: stranger, outcome: 'done', answers, nextStep: null })).rejects.toThrow(/No plan found/);
    expect(await new ReviewRepository(rig.db).history('not-in-this-plan')).toEqual([]);
    expect(await rig.plans.planVersions(client.id)).toHaveLength(versions);
  });

  it("sets the next review one adviser's cadence on, keeps the rating, and re-syncs reminders", async () => {
    const client = await rig.newClient({ reviewCadenceDays: 14 });
    await planWithStep(rig, client.id, { text: 'Make a CV', dueAt: LAST_FRIDAY });
    await rig.plans.agree(client.id);
    const review = await reviewOf(client.id);
    rig.followUps.length = 0;
    const { plan, nextReviewAt } = await finishReview(rig.deps, { client, reviewId: review.id, usefulness: 4 });
    expect(nextReviewAt).toEqual(new Date('2026-06-21T23:00:00Z')); // Monday 22 June
    expect(plan.nextReviewAt).toEqual(nextReviewAt);
    expect(plan.status).toBe('agreed');
    expect((await rig.db.review.findUnique({ where: { id: review.id } }))!.usefulness).toBe(4);
    expect(rig.followUps).toEqual([['sync', client.id]]);
  });

  it('keeps a back-up plan in the summary, in the client’s words', async () => {
    const client = await rig.newClient();
    await planWithStep(rig, client.id, { text: 'Make a CV', dueAt: LAST_FRIDAY });
    const plan = await saveBackupPlan(rig.deps, { clientId: client.id, backupPlan: '  Warehouse work  ' });
    expect(plan.backupPlan).toBe('Warehouse work');
  });
});
