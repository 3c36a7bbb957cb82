// The client asks for a step their adviser will do ("can my adviser send me retail vacancies"). It
// goes into their plan under "What your adviser will do", owned by the adviser and marked as asked
// by the client (created by 'client'), with no date: the adviser decides when, and whether. A new
// plan version, agreed again like any new step. Then the adviser is told, in the client's words.
import { isStillToDo, type PlanVersion } from '../domain/plan.ts';
import type { AdviserTaskOutcome } from '../domain/adviserTaskWords.ts';
import { adviserTaskDetail } from '../messages/en/adviserTasks.ts';
import type { AdviserRequests, PlanDeps } from './ports.ts';

export type AdviserTaskDeps = Pick<PlanDeps, 'work' | 'reads' | 'reminders'> & { requests: AdviserRequests };

export type AdviserTaskAsked = { outcome: AdviserTaskOutcome; reached: boolean } | { outcome: 'no-consent' };

const MAX_SAID = 300;

/**
 * `task`: what the adviser is asked to do, in plain words ("Send me retail vacancies"); `said`: the
 * client's message. With no plan yet, `noPlan` says what to do: start one with the adviser's step
 * (the client is making their plan) or only pass it on (the first questions about them).
 * Asked again while the same step is still open, nothing changes and nobody is told twice.
 */
export async function askAdviserForStep(
  deps: AdviserTaskDeps,
  input: { client: { id: string; consentedAt: Date | null; consentWithdrawnAt: Date | null }; task: string; said: string; noPlan: 'start-one' | 'pass-on' },
): Promise<AdviserTaskAsked> {
  const { client, noPlan } = input;
  if (!client.consentedAt || client.consentWithdrawnAt) return { outcome: 'no-consent' };
  const task = input.task.trim();
  // Read before the transaction: nothing but its own stores may wait on it.
  const jobGoals = noPlan === 'start-one' ? await deps.reads.jobGoalsOf(client.id) : [];
  const kept = await deps.work.runOnPlan(async (plans): Promise<{ outcome: AdviserTaskOutcome; plan?: PlanVersion }> => {
    const current = await plans.currentPlan(client.id);
    if (!current && noPlan === 'pass-on') return { outcome: 'passed-on' };
    if (current?.items.some((item) => item.owner === 'adviser' && isStillToDo(item.status) && sameWords(item.text, task))) return { outcome: 'already-in-plan' };
    // A first plan starts from the client's job goals, as one made by setting a goal does.
    if (!current && jobGoals.length > 0) await plans.updateSummary(client.id, { jobGoals, route: jobGoals[0]?.route ?? '' }, 'client');
    const plan = await plans.addItem(client.id, { text: task, owner: 'adviser', dueAt: null }, 'client');
    return { outcome: 'added', plan };
  });
  if (kept.outcome === 'already-in-plan') return { outcome: kept.outcome, reached: true };
  const step = kept.plan?.items.at(-1);
  if (kept.plan && step) await deps.reminders.syncPlan(client.id, { plan: kept.plan, changed: { itemLineageIds: [step.lineageId], review: false } });
  const said = input.said.trim().slice(0, MAX_SAID);
  const { reached } = await deps.requests.pass({ clientId: client.id, detail: adviserTaskDetail(task, said, kept.outcome === 'added'), said });
  return { outcome: kept.outcome, reached };
}

function sameWords(a: string, b: string): boolean {
  const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return words(a) === words(b);
}
