// The follow-up when a client takes off or moves a step their adviser put in their plan ("add
// priya: she will apply to 2 jobs by thurs"): the adviser is told in their personal chat. Play-testing
// found they saw it only in the plan's versions. The step's own `createdBy` says who added it; a step
// the client added, or a change the adviser made, tells nobody. The client's change is theirs: it is
// kept before this runs, and nothing here can stop or undo it.
import { formatDueDate } from '../domain/dates.ts';
import type { PlanItem } from '../domain/plan.ts';
import { log } from '../log.ts';
import { escapeMarkdown } from '../messages/escapeText.ts';
import { clientChangedYourSteps, clientDroppedYourStep, clientMovedYourStep, stepChangeLine } from '../messages/en/adviserPlan.ts';
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
  await tellAdviserOfClientChanges(deps, { clientId: input.clientId, changes: [{ step: input.step, change: input.change }] });
}

/**
 * Several changes made at once (round eight: a client starting work takes off all their job-search
 * steps, and each had sent its own notice): one notice that lists them. One change reads as before.
 */
export async function tellAdviserOfClientChanges(
  deps: Pick<PlanDeps, 'clock' | 'reads' | 'adviserNotices'>,
  input: { clientId: string; changes: ReadonlyArray<{ step: AdviserStep; change: ClientStepChange }> },
): Promise<void> {
  const changes = input.changes.filter(({ step, change }) => addedByAdviser(step) && !(change.kind === 'moved' && step.dueAt?.getTime() === change.to.getTime()));
  if (changes.length === 0) return;
  try {
    const told = await adviserToTell(deps, input.clientId);
    if (!told) return;
    const { client, adviserId, name, typeAs } = told;
    const day = (at: Date | null) => (at ? formatDueDate(at, client.timeZone, { now: deps.clock.now() }) : null);
    const said = changes.map(({ step, change }) => ({ words: escapeMarkdown(step.text), was: day(step.dueAt), change }));
    const text =
      said.length > 1
        ? clientChangedYourSteps(name, said.map(({ words, was, change }) => stepChangeLine(words, was, change.kind === 'moved' ? day(change.to) : null)), typeAs)
        : said[0]!.change.kind === 'dropped'
          ? clientDroppedYourStep(name, said[0]!.words, said[0]!.was, typeAs)
          : clientMovedYourStep(name, said[0]!.words, said[0]!.was, day((said[0]!.change as Extract<ClientStepChange, { kind: 'moved' }>).to)!, typeAs);
    await deps.adviserNotices.tell(adviserId, text);
  } catch (error) {
    log.warn(`Could not tell the adviser of client ${input.clientId} about a change to their steps`, error);
  }
}

/**
 * The client, their adviser and how the adviser's notices name them, or null when nothing is to be
 * passed on: no adviser, or no consent (as for a started job, nothing more once it is withdrawn).
 * Round nine: a client who gave no name is named as the adviser's answers name them, not "Your client".
 */
export async function adviserToTell(deps: Pick<PlanDeps, 'reads' | 'adviserNotices'>, clientId: string) {
  const client = await deps.reads.clientById(clientId);
  if (!client?.adviserId || !client.consentedAt || client.consentWithdrawnAt) return null;
  const given = client.displayName?.trim();
  const nameless = given ? null : await deps.adviserNotices.namelessName?.(client.adviserId, client.id);
  const name = given ? escapeMarkdown(given) : nameless ? escapeMarkdown(nameless.name) : null;
  const typeAs = given ? name : nameless?.typeAs ? escapeMarkdown(nameless.typeAs) : null;
  return { client, adviserId: client.adviserId, name, typeAs };
}
