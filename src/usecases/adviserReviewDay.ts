// An adviser moves a client's next review to another day ("push sam's review to next week"), or
// asks when it is. Round seven: only "cadence" could change a review, and it changes how often,
// not the one day an adviser needs to move. The day is a new plan version, audited without content
// in the same transaction; then the review's reminder (moveReviewTo in reviewDayMove.ts, the save
// the client's own move makes too), and the client is told with how to say the day does not suit
// them. Round eight: the review can be called off as well (cancelReview, below).
import type { Adviser } from '../db/advisers.ts';
import { calendarDayIn, formatDueDate } from '../domain/dates.ts';
import { compareDays, type CalendarDay } from '../domain/dateCalendar.ts';
import { clientToldReviewCancelled, clientToldReviewDayMoved } from '../messages/en/adviserPlan.ts';
import { audit, type AdvisedClient } from './adviserPlan.ts';
import type { PlanDeps } from './ports.ts';
import { moveReviewTo } from './reviewDayMove.ts';

type Deps = Pick<PlanDeps, 'clock' | 'work' | 'reminders' | 'notices'>;
type PlannedReview = { kind: 'no-plan' } | { kind: 'none' } | { kind: 'set'; day: string; missed: boolean };

export type ReviewMoved =
  | { kind: 'moved'; from: string | null; to: string }
  | { kind: 'same-day'; day: string }
  | { kind: 'past' }
  | { kind: 'no-plan' };

/** The review moved to `to` (a calendar day in the client's zone, from `pick` given the day it has and today). */
export async function moveReviewDay(
  deps: Deps,
  adviser: Adviser,
  client: AdvisedClient,
  pick: (current: CalendarDay | null, today: CalendarDay) => CalendarDay,
): Promise<ReviewMoved> {
  const now = deps.clock.now();
  const said = (at: Date) => formatDueDate(at, client.timeZone, { now });
  const outcome = await moveReviewTo(deps, { client, mover: { by: 'adviser', adviser }, pick, notBeforeToday: true });
  if (outcome.kind === 'same-day') return { kind: 'same-day', day: said(outcome.to) };
  if (outcome.kind !== 'moved') return { kind: outcome.kind === 'past' ? 'past' : 'no-plan' };
  await deps.notices.tell(client, clientToldReviewDayMoved(said(outcome.to)));
  return { kind: 'moved', from: outcome.from ? said(outcome.from) : null, to: said(outcome.to) };
}

/** The next review as it stands, said in the client's zone: what "cancel sam's review" asks to confirm. */
export async function plannedReview(deps: Pick<PlanDeps, 'clock' | 'work'>, client: AdvisedClient): Promise<PlannedReview> {
  const now = deps.clock.now();
  const plan = await deps.work.run((stores) => stores.plans.currentPlan(client.id));
  if (!plan) return { kind: 'no-plan' };
  if (!plan.nextReviewAt) return { kind: 'none' };
  const missed = compareDays(calendarDayIn(plan.nextReviewAt, client.timeZone), calendarDayIn(now, client.timeZone)) < 0;
  return { kind: 'set', day: formatDueDate(plan.nextReviewAt, client.timeZone, { now }), missed };
}

export type ReviewCancelled = { kind: 'cancelled'; day: string } | { kind: 'none' } | { kind: 'no-plan' };

/**
 * Round eight: the next review called off, once the adviser has confirmed it ("no review for jo this
 * month"). No day is set until the adviser sets one ("move jo review to 3 july") or a cadence does;
 * the steps and their reminders stay. A new plan version, audited; the review's reminder cancelled;
 * the client told kindly that nothing else changes.
 */
export async function cancelReview(deps: Deps, adviser: Adviser, client: AdvisedClient): Promise<ReviewCancelled> {
  const now = deps.clock.now();
  const outcome = await deps.work.run(async (stores): Promise<ReviewCancelled | { kind: 'changed'; was: Date }> => {
    const plan = await stores.plans.currentPlan(client.id);
    if (!plan) return { kind: 'no-plan' };
    if (!plan.nextReviewAt) return { kind: 'none' };
    await stores.plans.setNextReview(client.id, null, 'adviser');
    await audit(deps, stores, adviser, client.id);
    return { kind: 'changed', was: plan.nextReviewAt };
  });
  if (outcome.kind !== 'changed') return outcome;
  await deps.reminders.cancelReview(client.id, 'review cancelled by the adviser');
  const day = formatDueDate(outcome.was, client.timeZone, { now });
  await deps.notices.tell(client, clientToldReviewCancelled(day));
  return { kind: 'cancelled', day };
}
