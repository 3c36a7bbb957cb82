// A client takes one of their own steps off the plan outside a review: a new version to agree
// again, the step's history keeps their words, its reminders stop. Never an adviser's step, and
// never a step already closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropStepAsClient } from '../../src/usecases/clientPlanChanges.ts';
import { testProvider } from '../support/testDatabase.ts';
import { planWithStep, startRig, type Rig } from './rig.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const FRIDAY = new Date('2026-06-11T23:00:00Z');

describe(`a client's own plan changes on ${testProvider}`, () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig(MONDAY);
  });
  afterAll(() => rig.drop());

  it('takes the step off in a new version, keeps their words in its history and cancels its reminders', async () => {
    const client = await rig.newClient();
    const { step } = await planWithStep(rig, client.id, { text: 'Ring the agency', dueAt: FRIDAY });
    await rig.plans.agree(client.id);
    rig.followUps.length = 0;
    const outcome = await dropStepAsClient(rig.deps, { clientId: client.id, itemLineageId: step.lineageId, inTheirWords: 'i dont need the agency step, they rang me' });
    expect(outcome).toBe('dropped');
    const plan = (await rig.plans.currentPlan(client.id))!;
    expect(plan.items.map((item) => [item.text, item.status])).toEqual([['Ring the agency', 'dropped']]);
    expect(plan).toMatchObject({ version: 2, status: 'draft', clientAgreedAt: null, adviserAgreedAt: null });
    const history = await rig.db.reviewEntry.findMany({ where: { itemLineageId: step.lineageId } });
    expect(history.map((entry) => [entry.outcome, entry.whatHappened, entry.reviewId])).toEqual([['dropped', 'i dont need the agency step, they rang me', null]]);
    expect(rig.followUps).toEqual([['cancel', step.lineageId, 'dropped by the client']]);
  });

  it("leaves the adviser's step, and a step already done, as they are", async () => {
    const client = await rig.newClient();
    const { step: adviserStep } = await planWithStep(rig, client.id, { text: 'Find a course', dueAt: FRIDAY, owner: 'adviser' });
    const { step: doneStep } = await planWithStep(rig, client.id, { text: 'Update my CV', dueAt: FRIDAY });
    await rig.plans.changeItemStatus(client.id, doneStep.lineageId, 'done', 'client');
    const versions = (await rig.plans.planVersions(client.id)).length;
    rig.followUps.length = 0;
    for (const step of [adviserStep, doneStep]) {
      expect(await dropStepAsClient(rig.deps, { clientId: client.id, itemLineageId: step.lineageId, inTheirWords: 'take it off' })).toBe('not-open');
    }
    expect(await rig.plans.planVersions(client.id)).toHaveLength(versions);
    expect(rig.followUps).toEqual([]);
  });
});
