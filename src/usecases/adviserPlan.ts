// An adviser changes a client's plan from Teams: adds an action they will do, marks one done,
// moves one to a new day, or agrees the plan. The plan card's buttons and the typed shortcuts
// both come here. Only the client's own adviser or a lead may; each change is a new plan version,
// audited without content in the same transaction; then the reminders, and the client is told.
import { escapeMarkdown } from '../messages/escapeText.ts';
import type { Adviser } from '../db/advisers.ts';
import type { Client } from '../db/clients.ts';
import { actionToClient } from '../domain/actionToClient.ts';
import { formatDueDate } from '../domain/dates.ts';
import { isStillToDo, type PlanItem } from '../domain/plan.ts';
import * as say from '../messages/en/adviserPlan.ts';
import { planItemText } from '../messages/en/specialist.ts';
import type { PlanDeps, PlanStores } from './ports.ts';
import { moveStepDate } from './reminderAnswers.ts';

export type PlanActionResult = { ok: true; reply: string; agreed?: { version: number; clientAgreedAt: Date | null } } | { ok: false; reply: string };

export type AdvisedClient = Pick<Client, 'id' | 'userKey' | 'adviserId' | 'timeZone'>;

// moveStepDate needs reads and adviserNotices for a client's own move; an adviser's tells no adviser.
type Deps = Pick<PlanDeps, 'clock' | 'work' | 'reminders' | 'notices' | 'reads' | 'adviserNotices'>;
type AddDeps = Deps;

/** The client, only when this adviser may change their plan: their own adviser, or a lead. */
export async function clientForAdviser(deps: Pick<PlanDeps, 'reads'>, adviser: Adviser, clientId: string): Promise<Client | null> {
  const client = await deps.reads.clientById(clientId);
  if (!client) return null;
  return adviser.role === 'lead' || client.adviserId === adviser.id ? client : null;
}

/**
 * An action the adviser will do, with its day. A client with no plan yet gets one, started by this
 * action from their job goals (as a client's own request for the adviser starts one); their goal
 * joins the same plan when they set it. Play-testing had "This client has no plan yet" and the
 * adviser's words lost.
 */
export async function addAdviserAction(deps: AddDeps, adviser: Adviser, client: AdvisedClient, text: string, dueAt: Date | null): Promise<PlanActionResult> {
  return addStep(deps, adviser, client, { text, dueAt, owner: 'adviser' });
}

/**
 * A step the client will do, agreed with them and typed by their adviser ("add priya: she will apply
 * to 2 jobs by thursday"). Round six: it had been kept as the adviser's own action, so the client
 * was never reminded of it. Theirs now, reminded to them like the steps they set themselves.
 */
export async function addClientStepAsAdviser(deps: AddDeps, adviser: Adviser, client: AdvisedClient, text: string, dueAt: Date): Promise<PlanActionResult> {
  return addStep(deps, adviser, client, { text, dueAt, owner: 'client' });
}

async function addStep(deps: AddDeps, adviser: Adviser, client: AdvisedClient, step: { text: string; dueAt: Date | null; owner: 'client' | 'adviser' }): Promise<PlanActionResult> {
  const { dueAt, owner } = step;
  const words = step.text.trim();
  // Read before the transaction: nothing but its own stores may wait on it.
  const jobGoals = await deps.reads.jobGoalsOf(client.id);
  const added = await deps.work.run(async (stores) => {
    const plan = await stores.plans.currentPlan(client.id);
    // The same action typed twice (a busy day, a message sent again) is kept once, and the client told once.
    const number = plan ? plan.items.findIndex((item) => item.owner === owner && item.status === 'open' && sameWords(item.text, words)) : -1;
    if (plan && number >= 0) return { already: plan.items[number]!, number: number + 1 };
    if (!plan && jobGoals.length > 0) await stores.plans.updateSummary(client.id, { jobGoals, route: jobGoals[0]?.route ?? '' }, 'adviser');
    await stores.plans.addItem(client.id, { text: words, owner, dueAt }, 'adviser');
    await audit(deps, stores, adviser, client.id);
    return plan ? 'added' : 'started';
  });
  const dayOf = (at: Date | null | undefined) => (at ? formatDueDate(at, client.timeZone, { now: deps.clock.now() }) : null);
  if (typeof added !== 'string') return { ok: false, reply: say.alreadyInPlan(escapeMarkdown(added.already.text), dayOf(added.already.dueAt), added.number) };
  await deps.reminders.syncPlan(client.id);
  const [shown, by] = [escapeMarkdown(words), dayOf(dueAt)];
  const started = added === 'started';
  if (owner === 'client') {
    await deps.notices.tell(client, say.clientToldOwnStepAdded(shown, by));
    return { ok: true, reply: say.clientStepAddedReply(shown, by, started) };
  }
  await deps.notices.tell(client, started ? say.clientToldPlanStarted(shown, by) : say.clientToldItemAdded(shown, by));
  return { ok: true, reply: started ? say.planStartedReply(shown, by) : say.itemAddedReply(shown, by) };
}

/** "Call housing" and "call  housing." are the same action. */
function sameWords(a: string, b: string): boolean {
  const plain = (text: string) => text.toLowerCase().replace(/[.!\s]+$/, '').replace(/\s+/g, ' ').trim();
  return plain(a) === plain(b);
}

/**
 * Done, from the plan card or typed. Teams keeps every older copy of the card pressable: Done on an
 * action done already had marked it again and told the client twice. Checked in the transaction.
 */
export async function completeAdviserAction(deps: Deps, adviser: Adviser, client: AdvisedClient & { displayName?: string | null }, item: PlanItem): Promise<PlanActionResult> {
  if (item.owner !== 'adviser') return { ok: false, reply: say.notYourAction };
  const marked = await deps.work.run(async (stores) => {
    if (await isDone(stores, client.id, item.lineageId)) return false;
    await stores.plans.markAdviserItemDone(item.lineageId, adviser.id);
    await audit(deps, stores, adviser, client.id);
    return true;
  });
  if (!marked) return { ok: false, reply: say.alreadyDoneReply(escapeMarkdown(item.text)) };
  await deps.reminders.syncPlan(client.id);
  // Put to the client ("Book your DBS check"), not quoted about them ("Book her DBS check").
  const toClient = actionToClient(item.text, [client.displayName]);
  await deps.notices.tell(client, say.clientToldItemDone(toClient === null ? null : escapeMarkdown(toClient)));
  return { ok: true, reply: say.itemDoneReply(escapeMarkdown(item.text)) };
}

/**
 * A new day for an action of the adviser's. A new day reopens an action, so one done already is left
 * as it is: "A week later" on an older copy of the plan card had reopened it and told the client.
 */
export async function moveAdviserAction(deps: Deps, adviser: Adviser, client: AdvisedClient, item: PlanItem, dueAt: Date): Promise<PlanActionResult> {
  if (item.owner !== 'adviser') return { ok: false, reply: say.notYourAction };
  const moved = await deps.work.run(async (stores) => {
    if (await isDone(stores, client.id, item.lineageId)) return false;
    await stores.plans.moveItemDueDate(client.id, item.lineageId, dueAt, 'adviser');
    await audit(deps, stores, adviser, client.id);
    return true;
  });
  if (!moved) return { ok: false, reply: say.alreadyDoneReply(escapeMarkdown(item.text)) };
  await deps.reminders.syncPlan(client.id);
  const by = formatDueDate(dueAt, client.timeZone, { now: deps.clock.now() });
  await deps.notices.tell(client, say.clientToldItemMoved(escapeMarkdown(item.text), by));
  return { ok: true, reply: say.itemMovedReply(escapeMarkdown(item.text), by) };
}

/**
 * A new day for one of the client's own steps, agreed with them ("move priya 6 to monday"). Round
 * six: "That action belongs to the client" stopped a date agreed across the desk. A new plan
 * version, so the client sees the change and agrees again; their reminders move with it.
 */
export async function moveClientStepAsAdviser(deps: Deps, adviser: Adviser, client: AdvisedClient, item: PlanItem, dueAt: Date): Promise<PlanActionResult> {
  if (item.owner !== 'client') return moveAdviserAction(deps, adviser, client, item, dueAt);
  await moveStepDate(deps, { clientId: client.id, itemLineageId: item.lineageId, dueAt, by: 'adviser', adviserId: adviser.id });
  const by = formatDueDate(dueAt, client.timeZone, { now: deps.clock.now() });
  await deps.notices.tell(client, say.clientToldOwnStepMoved(escapeMarkdown(item.text), by));
  return { ok: true, reply: say.clientStepMovedReply(escapeMarkdown(item.text), by) };
}

export async function agreePlanAsAdviser(deps: Deps, adviser: Adviser, client: AdvisedClient): Promise<PlanActionResult> {
  const agreed = await deps.work.run(async (stores) => {
    if (!(await stores.plans.currentPlan(client.id))) return null;
    const version = await stores.plans.agreeAsAdviser(client.id, adviser.id);
    await audit(deps, stores, adviser, client.id);
    return version;
  });
  if (!agreed) return { ok: false, reply: say.noPlanYet };
  await deps.notices.tell(client, say.clientToldAgreed);
  // The version agreed and the client's own agreement of it, for a reply that says both (round six).
  return { ok: true, reply: say.agreedReply, agreed: { version: agreed.version, clientAgreedAt: agreed.clientAgreedAt } };
}

/**
 * A step the adviser will take for the client (a question handed over, a barrier mentioned):
 * added once, however often the client asks, and reminded to the adviser like their other actions.
 * Returns false when the same step is open already.
 */
export async function addAdviserStepOnce(deps: Pick<PlanDeps, 'work' | 'reminders'>, input: { clientId: string; text: string; dueAt: Date }): Promise<boolean> {
  const added = await deps.work.run(async ({ plans }) => {
    const plan = await plans.currentPlan(input.clientId);
    // Play-testing: "will i lose my uc" then "will i get sanctioned" had put two near-copies in the
    // plan, each a new version. A step reported partly done is still the adviser's to do.
    if (plan?.items.some((item) => item.owner === 'adviser' && isStillToDo(item.status) && sameAdviserTask(item.text, input.text))) return false;
    await plans.addAdviserItem(input.clientId, input.text, input.dueAt);
    return true;
  });
  if (added) await deps.reminders.syncPlan(input.clientId);
  return added;
}

/** Steps that are one job for the adviser, however the client put the question. */
const ONE_ADVISER_TASK: readonly (readonly string[])[] = [[planItemText.benefits, planItemText.conditions]];

/** The same step, or another wording of the same job (going through someone's benefits with them). */
function sameAdviserTask(a: string, b: string): boolean {
  if (sameWords(a, b)) return true;
  return ONE_ADVISER_TASK.some((task) => task.some((text) => sameWords(text, a)) && task.some((text) => sameWords(text, b)));
}

/** Whether the action is done in the plan as it stands now (the card pressed, or the item read, may be older). */
async function isDone(stores: PlanStores, clientId: string, lineageId: string): Promise<boolean> {
  const plan = await stores.plans.currentPlan(clientId);
  return plan?.items.find((item) => item.lineageId === lineageId)?.status === 'done';
}

/** Every change an adviser makes to a plan is audited, without content, in the change's own transaction. */
export function audit(deps: Pick<PlanDeps, 'clock'>, stores: PlanStores, adviser: Adviser, clientId: string): Promise<void> {
  return stores.audit.record({ actor: `adviser:${adviser.id}`, action: 'adviser-changed-plan', subject: clientId }, deps.clock.now());
}
