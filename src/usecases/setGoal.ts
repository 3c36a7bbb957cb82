// The client sets a goal: the goal with its first step (and their confidence ratings) in a new
// plan version; a first plan starts from their job goals and gets its first review date, on the
// adviser's cadence when they chose one. Then the step's reminders.
import type { NewGoal, PlanVersion } from '../domain/plan.ts';
import { nextReviewDate } from '../domain/reviewCadence.ts';
import type { PlanClient, PlanDeps } from './ports.ts';

export class GoalNotValidError extends Error {
  constructor(why: string) {
    super(`A goal cannot be saved: ${why}`);
    this.name = 'GoalNotValidError';
  }
}

export async function setGoal(deps: Pick<PlanDeps, 'clock' | 'work' | 'reads' | 'reminders'>, input: { client: PlanClient; goal: NewGoal }): Promise<PlanVersion> {
  const { client, goal } = input;
  if (!goal.text.trim()) throw new GoalNotValidError('no words');
  if (goal.items.length === 0 || goal.items.some((item) => !item.text.trim())) throw new GoalNotValidError('a goal needs a first step');
  const now = deps.clock.now();
  // Read before the transaction: nothing but its own stores may wait on it.
  const [style, jobGoals] = await Promise.all([deps.reads.styleOf(client), deps.reads.jobGoalsOf(client.id)]);
  let reviewDue = false;
  const plan = await deps.work.runOnPlan(async (plans) => {
    const existing = await plans.currentPlan(client.id);
    // A plan whose review day has passed (or has none) gets the next one from today.
    reviewDue = !existing?.nextReviewAt || existing.nextReviewAt < now;
    return plans.addGoalWithItems(client.id, goal, {
      by: 'client',
      ...(existing ? {} : { summary: { jobGoals, route: jobGoals[0]?.route ?? '' } }),
      ...(reviewDue ? { nextReviewAt: nextReviewDate({ from: now, timeZone: client.timeZone, adviserCadenceDays: client.reviewCadenceDays, style }) } : {}),
      current: existing,
    });
  });
  // Only the new goal's steps, and the review when it moved: the other steps' reminders did not change.
  const newGoal = plan.goals.at(-1)?.lineageId;
  const itemLineageIds = plan.items.filter((item) => item.goalLineageId === newGoal).map((item) => item.lineageId);
  await deps.reminders.syncPlan(client.id, { plan, client, style, changed: { itemLineageIds, review: reviewDue } });
  return plan;
}
