// An adviser moves a client's next review to another day ("push sam's review to next week"), or
// asks when it is. Round seven: only "cadence" could change a review, and it changes how often,
// not the one day an adviser needs to move. The day is a new plan version, audited without content
// in the same transaction; then the review's reminder, and the client is told with how to say the
// day does not suit them.
import type { Adviser } from '../db/advisers.ts';
import { calendarDayIn, formatDueDate } from '../domain/dates.ts';
import { compareDays, type CalendarDay } from '../domain/dateCalendar.ts';
import { atLocalTime } from '../domain/reminderTiming.ts';
import { clientToldReviewDayMoved } from '../messages/en/adviserPlan.ts';
import { audit, type AdvisedClient } from './adviserPlan.ts';
import type { PlanDeps } from './ports.ts';

type Deps = Pick<PlanDeps, 'clock' | 'work' | 'reminders' | 'notices'>;

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
  const zone = client.timeZone;
  const today = calendarDayIn(now, zone);
  const said = (at: Date) => formatDueDate(at, zone, { now });
  const outcome = await deps.work.run(async (stores): Promise<ReviewMoved | { kind: 'changed'; from: Date | null; to: Date }> => {
    const plan = await stores.plans.currentPlan(client.id);
    if (!plan) return { kind: 'no-plan' };
    const current = plan.nextReviewAt ? calendarDayIn(plan.nextReviewAt, zone) : null;
    const day = pick(current, today);
    if (compareDays(day, today) < 0) return { kind: 'past' };
    const to = atLocalTime(day, 0, zone);
    if (current && compareDays(current, day) === 0) return { kind: 'same-day', day: said(to) };
    await stores.plans.setNextReview(client.id, to, 'adviser');
    await audit(deps, stores, adviser, client.id);
    return { kind: 'changed', from: plan.nextReviewAt, to };
  });
  if (outcome.kind !== 'changed') return outcome;
  await deps.reminders.syncPlan(client.id, { changed: { itemLineageIds: [], review: true } });
  await deps.notices.tell(client, clientToldReviewDayMoved(said(outcome.to)));
  return { kind: 'moved', from: outcome.from ? said(outcome.from) : null, to: said(outcome.to) };
}
