// The one save of a next review's new day, whoever moves it: the adviser ("push sam's review to
// next week", adviserReviewDay.ts) or the client ("can i move my review to friday", review.ts). A
// new plan version marked as theirs (the adviser's audited, without content, in the same
// transaction), then the review's reminder moved. Each caller tells the other party as before.
import type { Adviser } from '../db/advisers.ts';
import { calendarDayIn } from '../domain/dates.ts';
import { compareDays, type CalendarDay } from '../domain/dateCalendar.ts';
import { atLocalTime } from '../domain/reminderTiming.ts';
import { audit } from './adviserPlan.ts';
import type { PlanClient, PlanDeps } from './ports.ts';

/** Who moves the review: their adviser, audited, or the client, who moves only a review already set. */
export type ReviewMover = { by: 'adviser'; adviser: Adviser } | { by: 'client' };

export type ReviewDayMove =
  | { kind: 'moved'; from: Date | null; to: Date }
  /** `was`: the day as kept; `to`: the same day at its start. */
  | { kind: 'same-day'; was: Date; to: Date }
  | { kind: 'past' }
  | { kind: 'no-plan' }
  | { kind: 'no-review' };

/**
 * The review moved to the day `pick` gives (a calendar day in the client's zone, from the day it has,
 * null when none is set, and today). With `notBeforeToday`, a day gone is refused ('past'); a day it
 * already has changes nothing ('same-day').
 */
export async function moveReviewTo(
  deps: Pick<PlanDeps, 'clock' | 'work' | 'reminders'>,
  input: { client: Pick<PlanClient, 'id' | 'timeZone'>; mover: ReviewMover; pick: (current: CalendarDay | null, today: CalendarDay) => CalendarDay; notBeforeToday?: boolean },
): Promise<ReviewDayMove> {
  const { client, mover } = input;
  const zone = client.timeZone;
  const today = calendarDayIn(deps.clock.now(), zone);
  const outcome = await deps.work.run(async (stores): Promise<ReviewDayMove> => {
    const plan = await stores.plans.currentPlan(client.id);
    if (!plan) return { kind: 'no-plan' };
    const from = plan.nextReviewAt;
    // The client's first review is set by their first goal or by the adviser: none to move before.
    if (!from && mover.by === 'client') return { kind: 'no-review' };
    const current = from ? calendarDayIn(from, zone) : null;
    const day = input.pick(current, today);
    if (input.notBeforeToday && compareDays(day, today) < 0) return { kind: 'past' };
    const to = atLocalTime(day, 0, zone);
    if (from && current && compareDays(current, day) === 0) return { kind: 'same-day', was: from, to };
    await stores.plans.setNextReview(client.id, to, mover.by);
    if (mover.by === 'adviser') await audit(deps, stores, mover.adviser, client.id);
    return { kind: 'moved', from, to };
  });
  if (outcome.kind === 'moved') await deps.reminders.syncPlan(client.id, { changed: { itemLineageIds: [], review: true } });
  return outcome;
}
