// An adviser chooses how often a client's plan is reviewed. A review already set moves to one new
// cadence from today: play-testing as advisers found "cadence sam 7" left the review two weeks off.
import type { Adviser } from '../db/advisers.ts';
import { calendarDayIn, formatDueDate } from '../domain/dates.ts';
import { compareDays } from '../domain/datePhrases.ts';
import { nextReviewDate } from '../domain/reviewCadence.ts';
import { clientToldReviewMoved } from '../messages/en/adviserPlan.ts';
import { audit, type AdvisedClient } from './adviserPlan.ts';
import type { PlanClient, PlanDeps, PlanStores } from './ports.ts';

/** The stores a cadence change writes to, all on one transaction: the plan's, and the client's cadence. */
export interface CadenceWork {
  run<T>(work: (stores: PlanStores & { cadence: { set(clientId: string, days: number): Promise<void> } }) => Promise<T>): Promise<T>;
}

export type CadenceDeps = Pick<PlanDeps, 'clock' | 'reads' | 'reminders' | 'notices'> & { cadenceWork: CadenceWork };

/**
 * Saves the client's new cadence (`days`) and moves their next review to it, together. Returns the
 * next review day as words, with the client told of it; null when the client has no review set yet
 * (their first goal sets it, at the new cadence). A review due today or missed is kept, not moved
 * (`kept`): play-testing (round three) found "cadence lee fortnightly" on Lee's review day moved it
 * two weeks on, and the review due was never held. The new cadence counts from that review when it
 * is held.
 */
export async function changeReviewCadence(
  deps: CadenceDeps,
  adviser: Adviser,
  client: PlanClient & AdvisedClient,
  days: number,
): Promise<{ day: string; kept: boolean } | null> {
  const now = deps.clock.now();
  const nextReviewAt = nextReviewDate({ from: now, timeZone: client.timeZone, adviserCadenceDays: days, style: await deps.reads.styleOf(client) });
  const moved = await deps.cadenceWork.run(async (stores): Promise<Date | 'none' | 'moved'> => {
    await stores.cadence.set(client.id, days);
    const plan = await stores.plans.currentPlan(client.id);
    if (!plan?.nextReviewAt) return 'none';
    if (compareDays(calendarDayIn(plan.nextReviewAt, client.timeZone), calendarDayIn(now, client.timeZone)) <= 0) return plan.nextReviewAt;
    await stores.plans.setNextReview(client.id, nextReviewAt, 'adviser');
    await audit(deps, stores, adviser, client.id);
    return 'moved';
  });
  if (moved === 'none') return null;
  if (moved instanceof Date) return { day: formatDueDate(moved, client.timeZone, { now }), kept: true };
  await deps.reminders.syncPlan(client.id, { changed: { itemLineageIds: [], review: true } });
  const day = formatDueDate(nextReviewAt, client.timeZone, { now });
  await deps.notices.tell(client, clientToldReviewMoved(day));
  return { day, kept: false };
}
