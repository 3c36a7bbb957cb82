// The follow-up when a client takes off or moves a step their adviser put in their plan ("add
// priya: she will apply to 2 jobs by thurs"): the adviser is told in their personal chat. Play-testing
// found they saw it only in the plan's versions. The step's own `createdBy` says who added it; a step
// the client added, or a change the adviser made, tells nobody. The client's change is theirs: it is
// kept before this runs, and nothing here can stop or undo it.
import { formatDueDate } from '../domain/dates.ts';
import type { PlanItem } from '../domain/plan.ts';
import { log } from '../log.ts';
import { escapeMarkdown } from '../messages/escapeText.ts';
import { clientDroppedYourStep, clientMovedYourStep } from '../messages/en/adviserPlan.ts';
import type { PlanDeps } from './ports.ts';

export type AdviserStep = Pick<PlanItem, 'text' | 'owner' | 'createdBy' | 'dueAt'>;

export type ClientStepChange = { kind: 'dropped' } | { kind: 'moved'; to: Date };

/** A step of the client's to do, put there by their adviser: theirs to change, and the adviser's to hear of. */
export function addedByAdviser(step: AdviserStep | undefined | null): step is AdviserStep {
  return step?.owner === 'client' && step.createdBy === 'adviser';
}

/** Call after the client's change is kept. Any failure is logged: the client's change stands. */
export async function tellAdviserOfClientChange(
  deps: Pick<PlanDeps, 'clock' | 'reads' | 'adviserNotices'>,
  input: { clientId: string; step: AdviserStep; change: ClientStepChange },
): Promise<void> {
  const { step, change } = input;
  if (!addedByAdviser(step)) return;
  if (change.kind === 'moved' && step.dueAt?.getTime() === change.to.getTime()) return;
  try {
    const client = await deps.reads.clientById(input.clientId);
    // As for a started job: nothing more is passed on once the client has withdrawn their consent.
    if (!client?.adviserId || !client.consentedAt || client.consentWithdrawnAt) return;
    const day = (at: Date | null) => (at ? formatDueDate(at, client.timeZone, { now: deps.clock.now() }) : null);
    const name = client.displayName?.trim() ? escapeMarkdown(client.displayName.trim()) : null;
    const words = escapeMarkdown(step.text);
    const text = change.kind === 'dropped' ? clientDroppedYourStep(name, words, day(step.dueAt)) : clientMovedYourStep(name, words, day(step.dueAt), day(change.to)!);
    await deps.adviserNotices.tell(client.adviserId, text);
  } catch (error) {
    log.warn(`Could not tell the adviser of client ${input.clientId} about a change to their step`, error);
  }
}
