// An adviser chooses how often a client's plan is reviewed. A review already set moves to one new
// cadence from today: play-testing as advisers found "cadence sam 7" left the review two weeks off.
import type { Adviser } from '../db/advisers.ts';
import { formatDueDate } from '../domain/dates.ts';
import { nextReviewDate } from '../domain/reviewCadence.ts';
import { clientToldReviewMoved } from '../messages/en/adviserPlan.ts';
import { audit, type AdvisedClient } from './adviserPlan.ts';
import type { PlanClient, PlanDeps } from './ports.ts';

/**
 * The next review day after the change, as words, with the client told of it; null when the client
 * has no review set yet (their first goal sets it, at the new cadence).
 */
export async function moveReviewToCadence(
  deps: Pick<PlanDeps, 'clock' | 'work' | 'reads' | 'reminders' | 'notices'>,
  adviser: Adviser,
  client: PlanClient & AdvisedClient,
): Promise<string | null> {
  const now = deps.clock.now();
  const nextReviewAt = nextReviewDate({ from: now, timeZone: client.timeZone, adviserCadenceDays: client.reviewCadenceDays, style: await deps.reads.styleOf(client) });
  const moved = await deps.work.run(async (stores) => {
    const plan = await stores.plans.currentPlan(client.id);
    if (!plan?.nextReviewAt) return false;
    await stores.plans.setNextReview(client.id, nextReviewAt, 'adviser');
    await audit(deps, stores, adviser, client.id);
    return true;
  });
  if (!moved) return null;
  await deps.reminders.syncPlan(client.id, { changed: { itemLineageIds: [], review: true } });
  const day = formatDueDate(nextReviewAt, client.timeZone, { now });
  await deps.notices.tell(client, clientToldReviewMoved(day));
  return day;
}
