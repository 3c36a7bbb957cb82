// A client takes off several of their own steps at once: starting work, they no longer want the
// steps for finding it (dialogs/inWorkDialog.ts asks). Round eight: each step went through
// dropStepAsClient, which told the adviser of each alone, so three notices came at once. The same
// rules as dropStepAsClient (only the client's own steps still to do, with the history entry and
// the reminders cancelled), in one transaction, and the adviser gets one notice that lists them.
import { isStillToDo, type PlanItem } from '../domain/plan.ts';
import type { PlanDeps } from './ports.ts';
import { tellAdviserOfClientChanges } from './adviserStepNotices.ts';

/** How many were taken off; the rest (not the client's, or closed already) are left as they are. */
export async function dropStepsAsClient(
  deps: Pick<PlanDeps, 'clock' | 'work' | 'reminders' | 'reads' | 'adviserNotices'>,
  input: { clientId: string; itemLineageIds: readonly string[]; inTheirWords: string },
): Promise<number> {
  const { clientId } = input;
  const dropped = await deps.work.run(async ({ plans, reviews }) => {
    const items = (await plans.currentPlan(clientId))?.items ?? [];
    const steps: PlanItem[] = [];
    for (const itemLineageId of new Set(input.itemLineageIds)) {
      const step = items.find((item) => item.lineageId === itemLineageId);
      if (!step || step.owner !== 'client' || !isStillToDo(step.status)) continue;
      await plans.changeItemStatus(clientId, itemLineageId, 'dropped', 'client');
      await reviews.append({ clientId, itemLineageId, reviewId: null, outcome: 'dropped', whatHappened: input.inTheirWords.trim().slice(0, 500) }, deps.clock.now());
      steps.push(step);
    }
    return steps;
  });
  for (const step of dropped) await deps.reminders.cancelItem(step.lineageId, 'dropped by the client');
  await tellAdviserOfClientChanges(deps, { clientId, changes: dropped.map((step) => ({ step, change: { kind: 'dropped' as const } })) });
  return dropped.length;
}
