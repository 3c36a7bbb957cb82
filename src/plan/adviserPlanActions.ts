// An adviser changes a client's plan from Teams: adds an action they will do, marks one done,
// moves one to a new day, or agrees the plan. The same functions serve the plan card's buttons
// (Action.Execute) and the typed shortcuts. Only the client's own adviser or a lead may; each
// change is a new plan version (PlanRepository), is audited without content, and the client is
// told in their chat.
import { escapeMarkdown } from '../messages/escapeText.ts';
import type { Adviser } from '../db/advisers.ts';
import { AuditLog } from '../db/audit.ts';
import { PlanRepository, type PlanItem } from '../db/plans.ts';
import { formatDueDate } from '../domain/dates.ts';
import { syncPlanReminders } from '../scheduler/reminderPlanning.ts';
import { log } from '../log.ts';
import type { CoachServices } from '../services.ts';
import * as say from '../messages/en/adviserPlan.ts';

export type PlanActionResult = { ok: true; reply: string } | { ok: false; reply: string };

type ClientRow = { id: string; userKey: string; adviserId: string | null; timeZone: string };

export async function clientForAdviser(services: CoachServices, adviser: Adviser, clientId: string): Promise<ClientRow | null> {
  const client = await services.db.client.findUnique({ where: { id: clientId }, select: { id: true, userKey: true, adviserId: true, timeZone: true } });
  if (!client) return null;
  return adviser.role === 'lead' || client.adviserId === adviser.id ? client : null;
}

export async function addAdviserAction(services: CoachServices, adviser: Adviser, client: ClientRow, text: string, dueAt: Date | null): Promise<PlanActionResult> {
  const plans = new PlanRepository(services.db, services.clock);
  if (!(await plans.currentPlan(client.id))) return { ok: false, reply: say.noPlanYet };
  await plans.addAdviserItem(client.id, text.trim(), dueAt);
  await syncPlanReminders(services, client.id);
  await audit(services, adviser, client.id);
  const by = dueAt ? formatDueDate(dueAt, client.timeZone, { now: services.clock.now() }) : null;
  await tellClient(services, client, say.clientToldItemAdded(escapeMarkdown(text.trim()), by));
  return { ok: true, reply: say.itemAddedReply(escapeMarkdown(text.trim()), by) };
}

export async function completeAdviserAction(services: CoachServices, adviser: Adviser, client: ClientRow, item: PlanItem): Promise<PlanActionResult> {
  if (item.owner !== 'adviser') return { ok: false, reply: say.notYourAction };
  await new PlanRepository(services.db, services.clock).markAdviserItemDone(item.lineageId, adviser.id);
  await syncPlanReminders(services, client.id);
  await audit(services, adviser, client.id);
  await tellClient(services, client, say.clientToldItemDone(escapeMarkdown(item.text)));
  return { ok: true, reply: say.itemDoneReply(escapeMarkdown(item.text)) };
}

export async function moveAdviserAction(services: CoachServices, adviser: Adviser, client: ClientRow, item: PlanItem, dueAt: Date): Promise<PlanActionResult> {
  if (item.owner !== 'adviser') return { ok: false, reply: say.notYourAction };
  await new PlanRepository(services.db, services.clock).moveItemDueDate(client.id, item.lineageId, dueAt, 'adviser');
  await syncPlanReminders(services, client.id);
  await audit(services, adviser, client.id);
  const by = formatDueDate(dueAt, client.timeZone, { now: services.clock.now() });
  await tellClient(services, client, say.clientToldItemMoved(escapeMarkdown(item.text), by));
  return { ok: true, reply: say.itemMovedReply(escapeMarkdown(item.text), by) };
}

export async function agreePlanAsAdviser(services: CoachServices, adviser: Adviser, client: ClientRow): Promise<PlanActionResult> {
  const plans = new PlanRepository(services.db, services.clock);
  if (!(await plans.currentPlan(client.id))) return { ok: false, reply: say.noPlanYet };
  await plans.agreeAsAdviser(client.id, adviser.id);
  await audit(services, adviser, client.id);
  await tellClient(services, client, say.clientToldAgreed);
  return { ok: true, reply: say.agreedReply };
}

/** The client hears of it in their own chat; a failed send never undoes the change. */
async function tellClient(services: CoachServices, client: ClientRow, text: string): Promise<void> {
  try {
    await services.sender.sendActivities(client.userKey, [{ type: 'message', text }]);
  } catch (error) {
    log.warn(`Could not tell client ${client.id} about a plan change`, error);
  }
}

async function audit(services: CoachServices, adviser: Adviser, clientId: string): Promise<void> {
  await new AuditLog(services.db).record({ actor: `adviser:${adviser.id}`, action: 'adviser-changed-plan', subject: clientId }, services.clock.now());
}
