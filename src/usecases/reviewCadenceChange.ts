// An adviser chooses how often a client's plan is reviewed. A review already set moves to one new
// cadence from today: play-testing as advisers found "cadence sam 7" left the review two weeks off.
import { nextReviewDate } from '../domain/reviewCadence.ts';
import type { PlanClient, PlanDeps } from './ports.ts';

/** The next review day after the change, or null when the client has no plan (the first goal sets it). */
export async function moveReviewToCadence(
  deps: Pick<PlanDeps, 'clock' | 'work' | 'reads' | 'reminders'>,
  input: { client: PlanClient; adviserId: string },
): Promise<Date | null> {
  const { client } = input;
  const nextReviewAt = nextReviewDate({ from: deps.clock.now(), timeZone: client.timeZone, adviserCadenceDays: client.reviewCadenceDays, style: await deps.reads.styleOf(client) });
  const moved = await deps.work.run(async ({ plans, audit }) => {
    const plan = await plans.currentPlan(client.id);
    if (!plan?.nextReviewAt) return false;
    await plans.setNextReview(client.id, nextReviewAt, 'adviser');
    await audit.record({ actor: `adviser:${input.adviserId}`, action: 'adviser-changed-plan', subject: client.id }, deps.clock.now());
    return true;
  });
  if (!moved) return null;
  await deps.reminders.syncPlan(client.id, { changed: { itemLineageIds: [], review: true } });
  return nextReviewAt;
}
