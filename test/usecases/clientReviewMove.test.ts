// A client moves their own review (moveReviewAsClient): a new plan version by the client, the
// review's reminder moved, and their adviser told in their own chat; a day it already has changes
// nothing; with no review set there is nothing to move; a notice that fails never undoes the move.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdviserRepository } from '../../src/db/advisers.ts';
import { moveReviewAsClient } from '../../src/usecases/review.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startRig, type Rig } from './rig.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
/** Midnight in London on Monday 15 and Friday 12 June. */
const REVIEW = new Date('2026-06-14T23:00:00Z');
const FRIDAY = new Date('2026-06-11T23:00:00Z');
const friday = { year: 2026, month: 6, day: 12 };

describe(`a client moves their own review, on ${testProvider}`, () => {
  let rig: Rig;
  let adviserId: string;
  beforeAll(async () => {
    rig = await startRig(MONDAY);
    adviserId = (await new AdviserRepository(rig.db).register({ name: 'Ann Patel', userKey: 'test:adviser-ann-review' })).id;
  });
  afterAll(() => rig.drop());

  async function clientWithReview(review: Date | null = REVIEW, withAdviser = true) {
    const client = await rig.newClient();
    if (withAdviser) await rig.db.client.update({ where: { id: client.id }, data: { adviserId } });
    await rig.plans.addGoalWithItems(client.id, { text: 'Get a job', dueAt: null, items: [] });
    if (review) await rig.plans.setNextReview(client.id, review);
    rig.followUps.length = 0;
    return client;
  }

  it('moves it as a new version by the client, moves its reminder and tells the adviser', async () => {
    const client = await clientWithReview();
    const versions = (await rig.plans.currentPlan(client.id))!.version;
    expect(await moveReviewAsClient(rig.deps, { client, day: friday })).toEqual({ kind: 'moved', from: REVIEW, to: FRIDAY });
    const plan = (await rig.plans.currentPlan(client.id))!;
    expect(plan.nextReviewAt).toEqual(FRIDAY);
    expect(plan.version).toBe(versions + 1);
    expect(rig.followUps).toEqual([
      ['sync', client.id, { itemLineageIds: [], review: true }],
      ['tell-adviser', adviserId, `${client.displayName} moved their review from Monday 15 June to Friday 12 June.\nTo see their plan, type: plan ${client.displayName}`],
    ]);
  });

  it('changes nothing for the day it already has, and says there is none to move when none is set', async () => {
    const same = await clientWithReview(FRIDAY);
    expect(await moveReviewAsClient(rig.deps, { client: same, day: friday })).toEqual({ kind: 'same-day', to: FRIDAY });
    const none = await clientWithReview(null);
    expect(await moveReviewAsClient(rig.deps, { client: none, day: friday })).toEqual({ kind: 'no-review' });
    expect(rig.followUps).toEqual([]);
  });

  it('tells nobody without an adviser, and keeps the move when the notice cannot be made', async () => {
    const alone = await clientWithReview(REVIEW, false);
    expect((await moveReviewAsClient(rig.deps, { client: alone, day: friday })).kind).toBe('moved');
    expect(rig.followUps.filter((one) => one[0] === 'tell-adviser')).toEqual([]);
    const client = await clientWithReview();
    const failing = { ...rig.deps, reads: { ...rig.deps.reads, clientById: () => Promise.reject(new Error('database gone')) } };
    expect((await moveReviewAsClient(failing, { client, day: friday })).kind).toBe('moved');
    expect((await rig.plans.currentPlan(client.id))!.nextReviewAt).toEqual(FRIDAY);
  });
});
