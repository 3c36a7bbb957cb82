// Setting a goal: one new version with the goal, its step and the confidence ratings; the first
// review date on the adviser's cadence when they chose one; then the step's reminders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GoalNotValidError, setGoal } from '../../src/usecases/setGoal.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startRig, type Rig } from './rig.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z'); // 10am in London
const FRIDAY = new Date('2026-06-11T23:00:00Z'); // Friday 12 June, midnight in London
const goal = { text: 'Get a job as a cleaner', dueAt: FRIDAY, confidenceRatings: [5, 8], items: [{ text: 'Apply for 2 cleaning jobs', owner: 'client' as const, dueAt: FRIDAY }] };

describe(`setGoal on ${testProvider}`, () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig(MONDAY);
  });
  afterAll(() => rig.drop());

  it("starts a first plan from the client's job goals, with the first review a check-in gap away, then syncs reminders", async () => {
    const client = await rig.newClient();
    rig.followUps.length = 0;
    const plan = await setGoal(rig.deps, { client, goal });
    expect(plan.version).toBe(1);
    expect(plan.status).toBe('draft');
    expect(plan.jobGoals.map((job) => job.title)).toEqual(['Cleaner']);
    expect(plan.route).toBe('Apply to agencies');
    expect(plan.goals[0]).toMatchObject({ text: 'Get a job as a cleaner', confidence: 8 });
    expect(plan.items[0]).toMatchObject({ text: 'Apply for 2 cleaning jobs', owner: 'client', status: 'open', dueAt: FRIDAY });
    expect(plan.nextReviewAt).toEqual(new Date('2026-06-14T23:00:00Z')); // a week on, for someone who wants close check-ins
    expect(await rig.db.confidenceRating.count({ where: { clientId: client.id, context: 'goal' } })).toBe(2);
    // The new goal's step and the new review: nothing else had reminders to bring in line.
    expect(rig.followUps).toEqual([['sync', client.id, { itemLineageIds: [plan.items[0]!.lineageId], review: true }]]);
  });

  it("sets the FIRST review on the adviser's cadence when they chose one", async () => {
    const client = await rig.newClient({ reviewCadenceDays: 28 });
    const plan = await setGoal(rig.deps, { client, goal });
    expect(plan.nextReviewAt).toEqual(new Date('2026-07-05T23:00:00Z')); // Monday 6 July, four weeks on
  });

  it('keeps a review still to come, and sets a new one when the last has passed', async () => {
    const client = await rig.newClient();
    const first = await setGoal(rig.deps, { client, goal });
    rig.followUps.length = 0;
    const second = await setGoal(rig.deps, { client, goal: { ...goal, text: 'Get fitter for work' } });
    expect(second.nextReviewAt).toEqual(first.nextReviewAt);
    expect(second.goals).toHaveLength(2);
    // Only the second goal's step is synced; the first step's reminders and the review stand.
    expect(rig.followUps).toEqual([['sync', client.id, { itemLineageIds: [second.items[1]!.lineageId], review: false }]]);
    rig.clock.current = new Date('2026-06-20T09:00:00Z');
    try {
      const third = await setGoal(rig.deps, { client, goal: { ...goal, text: 'Learn to drive' } });
      expect(third.nextReviewAt).toEqual(new Date('2026-06-26T23:00:00Z'));
    } finally {
      rig.clock.current = MONDAY;
    }
  });

  it('saves nothing for a goal with no words or no first step', async () => {
    const client = await rig.newClient();
    rig.followUps.length = 0;
    await expect(setGoal(rig.deps, { client, goal: { ...goal, text: '  ' } })).rejects.toBeInstanceOf(GoalNotValidError);
    await expect(setGoal(rig.deps, { client, goal: { ...goal, items: [] } })).rejects.toBeInstanceOf(GoalNotValidError);
    expect(await rig.plans.currentPlan(client.id)).toBeNull();
    expect(rig.followUps).toEqual([]);
  });
});
