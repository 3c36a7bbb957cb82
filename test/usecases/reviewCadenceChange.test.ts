// "cadence lee 7": the client's new cadence and their review moved to it are saved together, on one
// transaction, by the use case alone (the dialog had saved the cadence first, on its own).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdviserRepository, type Adviser } from '../../src/db/advisers.ts';
import { ReviewCadenceWork } from '../../src/db/reviewCadence.ts';
import { changeReviewCadence, type CadenceDeps, type CadenceWork } from '../../src/usecases/reviewCadenceChange.ts';
import { testProvider } from '../support/testDatabase.ts';
import { planWithStep, startRig, type Rig } from './rig.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const IN_TWO_WEEKS = new Date('2026-06-21T23:00:00Z');

describe(`a review cadence changed by an adviser on ${testProvider}`, () => {
  let rig: Rig;
  let adviser: Adviser;
  const depsWith = (cadenceWork: CadenceWork): CadenceDeps => ({ ...rig.deps, cadenceWork });
  beforeAll(async () => {
    rig = await startRig(MONDAY);
    adviser = await new AdviserRepository(rig.db).register({ name: 'Ann', userKey: 'test:ann' });
  });
  afterAll(() => rig.drop());

  async function clientWithReview() {
    const client = await rig.newClient({ reviewCadenceDays: 14 });
    await planWithStep(rig, client.id, { text: 'Apply to 3 warehouses', dueAt: IN_TWO_WEEKS });
    await rig.plans.setNextReview(client.id, IN_TWO_WEEKS);
    return client;
  }
  const cadenceOf = async (clientId: string) => (await rig.deps.reads.clientById(clientId))!.reviewCadenceDays;
  const reviewOf = async (clientId: string) => (await rig.plans.currentPlan(clientId))!.nextReviewAt;

  it('saves the cadence and moves the review to it, and tells the client', async () => {
    const client = await clientWithReview();
    const moved = await changeReviewCadence(depsWith(new ReviewCadenceWork(rig.db, rig.clock)), adviser, client, 7);
    expect(moved).toEqual({ day: expect.any(String), kept: false });
    expect(await cadenceOf(client.id)).toBe(7);
    expect((await reviewOf(client.id))!.getTime()).toBeLessThan(IN_TWO_WEEKS.getTime());
    expect(rig.followUps.filter(([kind, id]) => kind === 'tell' && id === client.id)).toHaveLength(1);
  });

  it('saves the cadence for a client with no review yet, and moves nothing', async () => {
    const client = await rig.newClient({ reviewCadenceDays: 14 });
    expect(await changeReviewCadence(depsWith(new ReviewCadenceWork(rig.db, rig.clock)), adviser, client, 28)).toBeNull();
    expect(await cadenceOf(client.id)).toBe(28);
  });

  it('keeps neither when the review cannot be moved: the cadence is saved on the same transaction', async () => {
    const client = await clientWithReview();
    const real = new ReviewCadenceWork(rig.db, rig.clock);
    const failing: CadenceWork = {
      run: (work) =>
        real.run((stores) =>
          work({ ...stores, plans: Object.assign(Object.create(stores.plans), { setNextReview: () => Promise.reject(new Error('the disk is full')) }) }),
        ),
    };
    await expect(changeReviewCadence(depsWith(failing), adviser, client, 7)).rejects.toThrow('the disk is full');
    expect(await cadenceOf(client.id)).toBe(14);
    expect(await reviewOf(client.id)).toEqual(IN_TWO_WEEKS);
  });
});
