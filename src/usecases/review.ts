// A review changes the plan in these ways: each step's outcome (with its history entry and any
// next step), a next step when no step was due, the back-up plan when the client gives one, and
// the next review date at the end. A step still ahead is moved with moveStepDate (reminderAnswers).
// The client may move their own next review to another day (moveReviewAsClient, below).
import { dayInDays, isStillToDo, type PlanVersion } from '../domain/plan.ts';
import { nextReviewDate } from '../domain/reviewCadence.ts';
import type { ReviewOutcome } from '../domain/reviewOutcomes.ts';
import type { PlanClient, PlanDeps } from './ports.ts';
import { adviserToTell, tellAdviserOfClientChange } from './adviserStepNotices.ts';
import { moveReviewTo } from './reviewDayMove.ts';
import { formatDueDate } from '../domain/dates.ts';
import type { CalendarDay } from '../domain/dateCalendar.ts';
import { log } from '../log.ts';
import { clientMovedTheirReview } from '../messages/en/reviewMove.ts';

export interface StepOutcome {
  clientId: string;
  /** null: told outside a review (at a new goal's read-back, round twenty-one). */
  reviewId: string | null;
  step: { lineageId: string; goalLineageId: string | null };
  outcome: ReviewOutcome;
  /** The learning cycle, in the client's words. */
  answers: { whatHappened: string; feelings: string; wentWell: string; differently: string };
  nextStep: { text: string; dueAt: Date | null } | null;
}

/**
 * The outcome goes into the step's history and the plan together, with the next step if there is
 * one. A step still to do (partly done) keeps its reminders; a closed one loses those not yet sent.
 */
export async function recordStepOutcome(deps: Pick<PlanDeps, 'clock' | 'work' | 'reminders' | 'reads' | 'adviserNotices'>, input: StepOutcome): Promise<PlanVersion> {
  const { clientId, step, outcome, nextStep } = input;
  const now = deps.clock.now();
  const { plan, changed } = await deps.work.run(async ({ plans, reviews }) => {
    await reviews.append({ clientId, itemLineageId: step.lineageId, reviewId: input.reviewId, outcome, ...input.answers, nextStep: nextStep?.text ?? '' }, now);
    const changed = await plans.changeItemStatus(clientId, step.lineageId, outcome, 'client');
    if (!nextStep) return { plan: changed, changed };
    return { plan: await plans.addItem(clientId, { text: nextStep.text, owner: 'client', dueAt: nextStep.dueAt, goalLineageId: step.goalLineageId }, 'client'), changed };
  });
  if (!isStillToDo(outcome)) await deps.reminders.cancelItem(step.lineageId, `reviewed: ${outcome}`);
  if (isStillToDo(outcome) || nextStep) await deps.reminders.syncPlan(clientId);
  // "No longer needed" takes the step off: when their adviser added it, the adviser is told.
  const reviewed = changed.items.find((item) => item.lineageId === step.lineageId);
  if (outcome === 'dropped' && reviewed) await tellAdviserOfClientChange(deps, { clientId, step: reviewed, change: { kind: 'dropped' } });
  return plan;
}

/**
 * A next step asked for in a review where no step was due (every step done, or still ahead): it
 * joins the plan under the goal it follows, with its reminders, so the plan goes on.
 */
export async function addStepAtReview(
  deps: Pick<PlanDeps, 'work' | 'reminders'>,
  input: { clientId: string; text: string; dueAt: Date | null; goalLineageId: string | null },
): Promise<PlanVersion> {
  const { clientId } = input;
  const plan = await deps.work.run(({ plans }) => plans.addItem(clientId, { text: input.text, owner: 'client', dueAt: input.dueAt, goalLineageId: input.goalLineageId }, 'client'));
  await deps.reminders.syncPlan(clientId);
  return plan;
}

/** "If that does not work out...": kept in the plan's summary, in the client's words. */
export function saveBackupPlan(deps: Pick<PlanDeps, 'work'>, input: { clientId: string; backupPlan: string }): Promise<PlanVersion> {
  return deps.work.run(({ plans }) => plans.updateSummary(input.clientId, { backupPlan: input.backupPlan.trim().slice(0, 300) }, 'client'));
}

/**
 * A review held on or after its day is set for tomorrow until it is finished. Play-testing found a
 * review left half way ("stop") kept its day: no invitation came again, and the card said
 * "We will look at your plan again on" a day two weeks gone. finishReview sets the real next one.
 */
export async function holdReviewOpen(deps: Pick<PlanDeps, 'clock' | 'work' | 'reminders'>, input: { client: PlanClient }): Promise<void> {
  const { client } = input;
  const tomorrow = dayInDays(deps.clock.now(), client.timeZone, 1);
  await deps.work.run(({ plans }) => plans.setNextReview(client.id, tomorrow, 'bot'));
  await deps.reminders.syncPlan(client.id);
}

/** The end of a review: how useful it was (when asked), and the next review, one cadence on. */
export async function finishReview(
  deps: Pick<PlanDeps, 'clock' | 'work' | 'reads' | 'reminders'>,
  input: { client: PlanClient; reviewId: string; usefulness: number | null },
): Promise<{ plan: PlanVersion; nextReviewAt: Date }> {
  const { client } = input;
  const now = deps.clock.now();
  const nextReviewAt = nextReviewDate({ from: now, timeZone: client.timeZone, adviserCadenceDays: client.reviewCadenceDays, style: await deps.reads.styleOf(client) });
  const plan = await deps.work.run(async ({ plans, reviews }) => {
    if (input.usefulness !== null) await reviews.recordUsefulness(input.reviewId, input.usefulness);
    return plans.setNextReview(client.id, nextReviewAt, 'bot');
  });
  await deps.reminders.syncPlan(client.id);
  return { plan, nextReviewAt };
}

export type ClientReviewMove = { kind: 'moved'; from: Date; to: Date } | { kind: 'same-day'; to: Date } | { kind: 'no-review' };

/**
 * The client moves their own next review to another day ("can i move my review to friday"): a new
 * plan version by the client, the review's reminder moved with it (moveReviewTo, the adviser's move's
 * save too), and their adviser told in their own chat, as when a client moves a step the adviser
 * added (adviserStepNotices.ts). Only a review already set is moved: the first is set by the first
 * goal or by the adviser. `day`: a calendar day in the client's zone, today or later (the dialog
 * reads and checks it). `reason`: the reason they gave, in their words, passed on to the adviser.
 */
export async function moveReviewAsClient(
  deps: Pick<PlanDeps, 'clock' | 'work' | 'reminders' | 'reads' | 'adviserNotices'>,
  input: { client: PlanClient; day: CalendarDay; reason?: string | null },
): Promise<ClientReviewMove> {
  const { client, day } = input;
  const outcome = await moveReviewTo(deps, { client, mover: { by: 'client' }, pick: () => day });
  if (outcome.kind === 'same-day') return { kind: 'same-day', to: outcome.was };
  // A client's move always has a day to move from (moveReviewTo gives 'no-review' when none is set).
  if (outcome.kind !== 'moved' || !outcome.from) return { kind: 'no-review' };
  await tellAdviserOfReviewMove(deps, client.id, outcome.from, outcome.to, input.reason ?? null);
  return { kind: 'moved', from: outcome.from, to: outcome.to };
}

/** Call after the move is kept. Any failure is logged: the client's change stands. */
async function tellAdviserOfReviewMove(deps: Pick<PlanDeps, 'clock' | 'reads' | 'adviserNotices'>, clientId: string, from: Date, to: Date, reason: string | null): Promise<void> {
  try {
    const told = await adviserToTell(deps, clientId);
    if (!told) return;
    const now = deps.clock.now();
    const said = (at: Date) => formatDueDate(at, told.client.timeZone, { now });
    await deps.adviserNotices.tell(told.adviserId, clientMovedTheirReview(told.name, said(from), said(to), told.typeAs, reason));
  } catch (error) {
    log.warn(`Could not tell the adviser of client ${clientId} that they moved their review`, error);
  }
}
