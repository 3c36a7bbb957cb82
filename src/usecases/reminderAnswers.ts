// The client answers a reminder about a step: "Done" closes it, "I need more time" (or "partly")
// moves it to a new day, "I need help" passes the step, in their words, to their adviser. What
// happened, said with the answer ("Done, I went on Tuesday"), goes into the step's history.
import { isStillToDo } from '../domain/plan.ts';
import type { ReviewOutcome } from '../domain/reviewOutcomes.ts';
import type { PlanDeps, StepState } from './ports.ts';
import { tellAdviserOfClientChange } from './adviserStepNotices.ts';

export type ReminderAnswer = 'done' | 'more-time' | 'partly' | 'help';

export type ReminderAnswered =
  | { kind: 'nothing-to-answer' }
  | { kind: 'done' }
  | { kind: 'ask-new-date'; step: StepState }
  | { kind: 'ask-what-help'; step: StepState };

// Where a review keeps what happened: the step's history, outside any review.
const OUTCOME_OF: Record<Exclude<ReminderAnswer, 'help'>, ReviewOutcome> = { done: 'done', partly: 'partly-done', 'more-time': 'not-done' };

/**
 * Any answer counts as an answer to every reminder sent so far; a step no longer to do needs none.
 * `inTheirWords`: what happened, kept in the step's history as a review keeps it.
 */
export async function answerReminder(
  deps: Pick<PlanDeps, 'clock' | 'work' | 'reads' | 'reminders'>,
  input: { clientId: string; itemLineageId: string; answer: ReminderAnswer; inTheirWords?: string },
): Promise<ReminderAnswered> {
  const { clientId, itemLineageId, answer } = input;
  const now = deps.clock.now();
  await deps.reminders.markAnswered(clientId, now);
  const step = await deps.reads.latestItemOf(clientId, itemLineageId);
  // The adviser's own step is reminded to the adviser: the client's "done" is never its answer.
  if (!step || !isStillToDo(step.status) || step.owner !== 'client') return { kind: 'nothing-to-answer' };
  if (answer === 'help') return { kind: 'ask-what-help', step };
  const whatHappened = input.inTheirWords?.trim().slice(0, 500);
  if (whatHappened || answer === 'done') {
    await deps.work.run(async ({ plans, reviews }) => {
      if (whatHappened) await reviews.append({ clientId, itemLineageId, reviewId: null, outcome: OUTCOME_OF[answer], whatHappened }, now);
      if (answer === 'done') await plans.changeItemStatus(clientId, itemLineageId, 'done', 'client');
    });
  }
  if (answer !== 'done') return { kind: 'ask-new-date', step };
  await deps.reminders.cancelItem(itemLineageId, 'done');
  return { kind: 'done' };
}

/** Only with consent is anything passed on; the adviser reads which step and what help, quoted. */
export async function askForHelpWithStep(
  deps: Pick<PlanDeps, 'reads' | 'handover'>,
  input: { client: { id: string; consentedAt: Date | null; consentWithdrawnAt: Date | null }; itemLineageId: string; need: string },
): Promise<'asked' | 'no-consent'> {
  const { client } = input;
  if (!client.consentedAt || client.consentWithdrawnAt) return 'no-consent';
  const step = await deps.reads.latestItemOf(client.id, input.itemLineageId);
  await deps.handover.raise({
    clientId: client.id,
    trigger: 'reminder-help',
    detail: `Asked for help with their step "${step?.text ?? 'a step'}". They said: "${input.need.slice(0, 500)}"`,
  });
  return 'asked';
}

/**
 * A step gets a new day and is open again; its reminders move with it. Asking for more time, the
 * client never moves their own step earlier than the day it had (their adviser may). Moving it
 * from the plan, they may bring it forward: `earliest` (the start of their today) is then the
 * earliest day it can have.
 */
export async function moveStepDate(
  deps: Pick<PlanDeps, 'clock' | 'work' | 'reminders' | 'reads' | 'adviserNotices'>,
  input: { clientId: string; itemLineageId: string; dueAt: Date; by: 'client' | 'adviser'; adviserId?: string; earliest?: Date },
): Promise<{ moved: true } | { moved: false; notBefore: Date }> {
  const { clientId, itemLineageId, dueAt, by, earliest } = input;
  const outcome = await deps.work.run(async ({ plans, audit }) => {
    const step = (await plans.currentPlan(clientId))?.items.find((item) => item.lineageId === itemLineageId);
    const notBefore = by === 'client' ? (earliest ?? step?.dueAt) : null;
    if (notBefore && dueAt < notBefore) return { moved: false as const, notBefore };
    await plans.moveItemDueDate(clientId, itemLineageId, dueAt, by);
    if (input.adviserId) await audit.record({ actor: `adviser:${input.adviserId}`, action: 'adviser-changed-plan', subject: clientId }, deps.clock.now());
    return { moved: true as const, step };
  });
  if (!outcome.moved) return outcome;
  await deps.reminders.syncPlan(clientId);
  // The client gave a step their adviser added a new day: the adviser is told. Never for the adviser's own move.
  if (by === 'client' && outcome.step) await tellAdviserOfClientChange(deps, { clientId, step: outcome.step, change: { kind: 'moved', to: dueAt } });
  return { moved: true };
}
