// The client changes a step of their own outside a review: takes it off the plan, or gives it a
// new day (moveStepDate, shared with "I need more time"). Each is a new plan version the client
// and adviser agree again, so the adviser sees what changed; the step's history keeps the change.
import { isStillToDo } from '../domain/plan.ts';
import type { PlanDeps } from './ports.ts';
import { tellAdviserOfClientChange } from './adviserStepNotices.ts';

/** Only a step the client owns and has still to do; the adviser's steps are theirs to change. */
export async function dropStepAsClient(
  deps: Pick<PlanDeps, 'clock' | 'work' | 'reminders' | 'reads' | 'adviserNotices'>,
  input: { clientId: string; itemLineageId: string; inTheirWords: string },
): Promise<'dropped' | 'not-open'> {
  const { clientId, itemLineageId } = input;
  const dropped = await deps.work.run(async ({ plans, reviews }) => {
    const step = (await plans.currentPlan(clientId))?.items.find((item) => item.lineageId === itemLineageId);
    if (!step || step.owner !== 'client' || !isStillToDo(step.status)) return null;
    await plans.changeItemStatus(clientId, itemLineageId, 'dropped', 'client');
    await reviews.append({ clientId, itemLineageId, reviewId: null, outcome: 'dropped', whatHappened: input.inTheirWords.trim().slice(0, 500) }, deps.clock.now());
    return step;
  });
  if (!dropped) return 'not-open';
  await deps.reminders.cancelItem(itemLineageId, 'dropped by the client');
  // A step their adviser added: the adviser is told it came off (adviserStepNotices.ts).
  await tellAdviserOfClientChange(deps, { clientId, step: dropped, change: { kind: 'dropped' } });
  return 'dropped';
}
