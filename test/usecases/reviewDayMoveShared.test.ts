// moveReviewTo (reviewDayMove.ts): the one save of a review's new day, for the adviser's move
// (moveReviewDay) and the client's own (moveReviewAsClient). The version is marked as the mover's,
// only the adviser's is audited, the review's reminder moves with it, and each tells the other party.
// The bot test (adviserRoundSevenPlay) and clientReviewMove.test.ts reach the replies; these are the
// edges they do not: who the version is by, the audit, and an adviser setting a day where none was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdviserRepository } from '../../src/db/advisers.ts';
import { moveReviewDay } from '../../src/usecases/adviserReviewDay.ts';
import { moveReviewAsClient } from '../../src/usecases/review.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startRig, type Rig } from './rig.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
/** Midnight in London on Monday 15 and Friday 12 June. */
const REVIEW = new Date('2026-06-14T23:00:00Z');
const FRIDAY = new Date('2026-06-11T23:00:00Z');
const friday = { year: 2026, month: 6, day: 12 };

describe(`a review's day moved by the adviser or the client, one save, on ${testProvider}`, () => {
  let rig: Rig;
  let adviser: Awaited<ReturnType<AdviserRepository['register']>>;
  beforeAll(async () => {
    rig = await startRig(MONDAY);
    adviser = await new AdviserRepository(rig.db).register({ name: 'Ann Patel', userKey: 'test:adviser-ann-one-save' });
  });
  afterAll(() => rig.drop());

  async function clientWithReview(review: Date | null) {
    const client = await rig.newClient();
    await rig.db.client.update({ where: { id: client.id }, data: { adviserId: adviser.id } });
    await rig.plans.addGoalWithItems(client.id, { text: 'Get a job', dueAt: null, items: [] });
    if (review) await rig.plans.setNextReview(client.id, review);
    rig.followUps.length = 0;
    return client;
  }
  // The subject is kept as a pseudonym: the adviser's audited changes are counted instead.
  const audits = () => rig.db.auditEvent.count({ where: { actor: `adviser:${adviser.id}`, action: 'adviser-changed-plan' } });

  it("the adviser's move: a version by the adviser, audited, the reminder moved, the client told", async () => {
    const client = await clientWithReview(REVIEW);
    const before = await audits();
    expect(await moveReviewDay(rig.deps, adviser, client, () => friday)).toEqual({ kind: 'moved', from: 'Monday 15 June', to: 'Friday 12 June' });
    const plan = (await rig.plans.currentPlan(client.id))!;
    expect([plan.nextReviewAt, plan.createdBy]).toEqual([FRIDAY, 'adviser']);
    expect(await audits()).toBe(before + 1);
    expect(rig.followUps.map((one) => one.slice(0, 3))).toEqual([
      ['sync', client.id, { itemLineageIds: [], review: true }],
      ['tell', client.id, expect.stringContaining('Friday 12 June')],
    ]);
  });

  it('the adviser sets a day where none was; a day gone, the same day or no plan changes nothing', async () => {
    const none = await clientWithReview(null);
    const before = await audits();
    expect(await moveReviewDay(rig.deps, adviser, none, (current) => (current ? { ...current, day: 1 } : friday))).toEqual({ kind: 'moved', from: null, to: 'Friday 12 June' });
    expect((await rig.plans.currentPlan(none.id))!.nextReviewAt).toEqual(FRIDAY);
    rig.followUps.length = 0;
    expect(await moveReviewDay(rig.deps, adviser, none, () => friday)).toEqual({ kind: 'same-day', day: 'Friday 12 June' });
    expect(await moveReviewDay(rig.deps, adviser, none, () => ({ year: 2026, month: 6, day: 7 }))).toEqual({ kind: 'past' });
    expect(await moveReviewDay(rig.deps, adviser, await rig.newClient(), () => friday)).toEqual({ kind: 'no-plan' });
    expect(rig.followUps).toEqual([]);
    expect(await audits()).toBe(before + 1);
  });

  it("the client's move: a version by the client, not audited, the reminder moved, the adviser told", async () => {
    const client = await clientWithReview(REVIEW);
    const before = await audits();
    expect(await moveReviewAsClient(rig.deps, { client, day: friday })).toEqual({ kind: 'moved', from: REVIEW, to: FRIDAY });
    expect((await rig.plans.currentPlan(client.id))!.createdBy).toBe('client');
    expect(await audits()).toBe(before);
    expect(rig.followUps.map((one) => one[0])).toEqual(['sync', 'tell-adviser']);
    expect(await moveReviewAsClient(rig.deps, { client: await rig.newClient(), day: friday })).toEqual({ kind: 'no-review' });
  });
});
