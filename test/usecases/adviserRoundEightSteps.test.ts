// Round eight: a client starting work takes off all their steps for finding it at once, and the
// adviser got a notice for each step they had added. dropStepsAsClient keeps the same rules as
// dropStepAsClient, and the adviser gets one notice that lists them; one change reads as before.
// And cancelReview, the use case behind "cancel sam's review", at the edges the bot test does not reach.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdviserRepository } from '../../src/db/advisers.ts';
import { cancelReview } from '../../src/usecases/adviserReviewDay.ts';
import { dropStepsAsClient } from '../../src/usecases/clientStepsDroppedTogether.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startRig, type Rig } from './rig.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const FRIDAY = new Date('2026-06-11T23:00:00Z');
const NEXT_MONDAY = new Date('2026-06-14T23:00:00Z');

describe(`several steps taken off at once, and a review cancelled, on ${testProvider}`, () => {
  let rig: Rig;
  let adviser: Awaited<ReturnType<AdviserRepository['register']>>;
  beforeAll(async () => {
    rig = await startRig(MONDAY);
    adviser = await new AdviserRepository(rig.db).register({ name: 'Ann Patel', userKey: 'test:adviser-ann' });
  });
  afterAll(() => rig.drop());

  async function clientOfAnn(displayName = 'Priya') {
    const client = await rig.newClient();
    await rig.db.client.update({ where: { id: client.id }, data: { adviserId: adviser.id, displayName } });
    await rig.plans.addGoalWithItems(client.id, { text: 'Get a job', dueAt: null, items: [{ text: 'Update my CV', owner: 'client', dueAt: FRIDAY }] });
    await rig.plans.addItem(client.id, { text: 'Apply to 3 warehouses', owner: 'client', dueAt: FRIDAY }, 'adviser');
    await rig.plans.addItem(client.id, { text: 'Ring the *college*', owner: 'client', dueAt: NEXT_MONDAY }, 'adviser');
    await rig.plans.addItem(client.id, { text: 'Better-off check', owner: 'adviser', dueAt: FRIDAY }, 'adviser');
    rig.followUps.length = 0;
    return { client: (await rig.db.client.findUniqueOrThrow({ where: { id: client.id } })), plan: (await rig.plans.currentPlan(client.id))! };
  }
  const toAdviser = () => rig.followUps.filter((followUp) => followUp[0] === 'tell-adviser');

  it('takes off the client\'s own steps in one go, and tells the adviser once, listing the steps they had added', async () => {
    const { client, plan } = await clientOfAnn();
    const dropped = await dropStepsAsClient(rig.deps, { clientId: client.id, itemLineageIds: plan.items.map((item) => item.lineageId), inTheirWords: 'Started work at Tesco' });
    expect(dropped).toBe(3);
    const after = (await rig.plans.currentPlan(client.id))!.items.map((item) => [item.text, item.status]);
    expect(after).toEqual([['Update my CV', 'dropped'], ['Apply to 3 warehouses', 'dropped'], ['Ring the *college*', 'dropped'], ['Better-off check', 'open']]);
    expect(rig.followUps.filter((followUp) => followUp[0] === 'cancel')).toHaveLength(3);
    expect(toAdviser()).toEqual([
      [
        'tell-adviser',
        adviser.id,
        'Priya changed 2 steps you added:\n- Took off "Apply to 3 warehouses". It was due Friday 12 June.\n- Took off "Ring the \\*college\\*". It was due Monday 15 June.\nTo see their plan, type: plan Priya',
      ],
    ]);
  });

  it('reads one step taken off as before, and tells nobody when none was the adviser\'s', async () => {
    const { client, plan } = await clientOfAnn('Lee');
    await dropStepsAsClient(rig.deps, { clientId: client.id, itemLineageIds: plan.items.slice(0, 2).map((item) => item.lineageId), inTheirWords: '' });
    expect(toAdviser()).toEqual([['tell-adviser', adviser.id, 'Lee took off a step you added: "Apply to 3 warehouses". It was due Friday 12 June.\nTo see their plan, type: plan Lee']]);
    rig.followUps.length = 0;
    await dropStepsAsClient(rig.deps, { clientId: client.id, itemLineageIds: plan.items.slice(0, 1).map((item) => item.lineageId), inTheirWords: '' });
    expect(toAdviser()).toEqual([]);
  });

  it('cancels a review: the day cleared, the review reminder cancelled, the client told; none to cancel changes nothing', async () => {
    const { client } = await clientOfAnn('Sam');
    await rig.plans.setNextReview(client.id, NEXT_MONDAY);
    rig.followUps.length = 0;
    expect(await cancelReview(rig.deps, adviser, client)).toEqual({ kind: 'cancelled', day: 'Monday 15 June' });
    expect((await rig.plans.currentPlan(client.id))!.nextReviewAt).toBeNull();
    expect(rig.followUps.map((followUp) => followUp[0])).toEqual(['cancel-review', 'tell']);
    expect(await cancelReview(rig.deps, adviser, client)).toEqual({ kind: 'none' });
    const noPlan = await rig.newClient();
    expect(await cancelReview(rig.deps, adviser, noPlan)).toEqual({ kind: 'no-plan' });
  });
});
