// The adviser's notice when a client takes off or moves a step the adviser added, at the edges the
// bot test (test/escalation/adviserStepChangedByClient.test.ts) does not reach: a client with no
// name, consent withdrawn, a read that fails, a review's other answers, a day that did not change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdviserRepository } from '../../src/db/advisers.ts';
import { dropStepAsClient } from '../../src/usecases/clientPlanChanges.ts';
import { moveStepDate } from '../../src/usecases/reminderAnswers.ts';
import { recordStepOutcome } from '../../src/usecases/review.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startRig, type Rig } from './rig.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const FRIDAY = new Date('2026-06-11T23:00:00Z');
const NEXT_MONDAY = new Date('2026-06-14T23:00:00Z');
const noAnswers = { whatHappened: '', feelings: '', wentWell: '', differently: '' };

describe(`the adviser told of a client's change to their step, on ${testProvider}`, () => {
  let rig: Rig;
  let adviserId: string;
  beforeAll(async () => {
    rig = await startRig(MONDAY);
    adviserId = (await new AdviserRepository(rig.db).register({ name: 'Ann Patel', userKey: 'test:adviser-ann' })).id;
  });
  afterAll(() => rig.drop());

  /** A client of Ann's with a goal, and a step of theirs Ann added, due Friday. */
  async function clientWithAdvisersStep(fields: { displayName?: string | null } = {}) {
    const client = await rig.newClient();
    await rig.db.client.update({ where: { id: client.id }, data: { adviserId, ...fields } });
    await rig.plans.addGoalWithItems(client.id, { text: 'Get a job', dueAt: null, items: [] });
    const plan = await rig.plans.addItem(client.id, { text: 'Ring the *college*', owner: 'client', dueAt: FRIDAY }, 'adviser');
    rig.followUps.length = 0;
    return { client, step: plan.items.at(-1)! };
  }
  const toAdviser = () => rig.followUps.filter((followUp) => followUp[0] === 'tell-adviser');

  it('names a client who gave no name as "Your client", escapes the step, and drops the "plan" command it could not fill', async () => {
    const { client, step } = await clientWithAdvisersStep({ displayName: null });
    expect(await dropStepAsClient(rig.deps, { clientId: client.id, itemLineageId: step.lineageId, inTheirWords: '' })).toBe('dropped');
    expect(toAdviser()).toEqual([['tell-adviser', adviserId, 'Your client took off a step you added: "Ring the \\*college\\*". It was due Friday 12 June.\nTheir plan shows the change.']]);
  });

  it('tells nobody once the client has withdrawn consent, and the change stands', async () => {
    const { client, step } = await clientWithAdvisersStep();
    await rig.db.client.update({ where: { id: client.id }, data: { consentWithdrawnAt: MONDAY } });
    expect(await moveStepDate(rig.deps, { clientId: client.id, itemLineageId: step.lineageId, dueAt: NEXT_MONDAY, by: 'client' })).toEqual({ moved: true });
    expect(toAdviser()).toEqual([]);
  });

  it('keeps the client\'s change when the notice cannot be made', async () => {
    const { client, step } = await clientWithAdvisersStep();
    const failing = { ...rig.deps, reads: { ...rig.deps.reads, clientById: () => Promise.reject(new Error('database gone')) } };
    expect(await moveStepDate(failing, { clientId: client.id, itemLineageId: step.lineageId, dueAt: NEXT_MONDAY, by: 'client' })).toEqual({ moved: true });
    expect((await rig.plans.currentPlan(client.id))!.items.at(-1)!.dueAt).toEqual(NEXT_MONDAY);
    expect(toAdviser()).toEqual([]);
  });

  it('says nothing for a day that did not change, nor for the adviser\'s own move', async () => {
    const { client, step } = await clientWithAdvisersStep();
    await moveStepDate(rig.deps, { clientId: client.id, itemLineageId: step.lineageId, dueAt: FRIDAY, by: 'client' });
    await moveStepDate(rig.deps, { clientId: client.id, itemLineageId: step.lineageId, dueAt: NEXT_MONDAY, by: 'adviser', adviserId });
    expect(toAdviser()).toEqual([]);
  });

  it('at a review, tells of "No longer needed" only: done, partly done and not done are how it went, not a change to the plan', async () => {
    for (const outcome of ['done', 'partly-done', 'not-done'] as const) {
      const { client, step } = await clientWithAdvisersStep();
      await recordStepOutcome(rig.deps, { clientId: client.id, reviewId: null, step: { lineageId: step.lineageId, goalLineageId: null }, outcome, answers: noAnswers, nextStep: null });
    }
    expect(toAdviser()).toEqual([]);
    const { client, step } = await clientWithAdvisersStep();
    await recordStepOutcome(rig.deps, { clientId: client.id, reviewId: null, step: { lineageId: step.lineageId, goalLineageId: null }, outcome: 'dropped', answers: noAnswers, nextStep: null });
    expect(toAdviser()).toEqual([['tell-adviser', adviserId, `${client.displayName} took off a step you added: "Ring the \\*college\\*". It was due Friday 12 June.\nTo see their plan, type: plan ${client.displayName}`]]);
  });
});
