// Where plan changes turn into reminder rows. Call these whenever an item is added, changes date
// or status, and whenever the next review is set.
import type { CoachingStyle } from '../domain/coachingStyle.ts';
import { isStillToDo } from '../domain/plan.ts';
import type { KnownForReminders } from '../usecases/ports.ts';
import { adviserItemReminders } from '../domain/adviserReminders.ts';
import { itemReminders, reviewReminder, type PlannedReminder, type QuietHours } from '../domain/reminderTiming.ts';
import type { Database } from '../db/database.ts';
import { ReminderRepository, type PendingReplacement } from '../db/reminders.ts';
import { PlanRepository } from '../db/plans.ts';
import { coachingStyleFor } from '../db/coachingStyles.ts';
import { ClientRepository } from '../db/clients.ts';
import type { CoachServices } from '../services.ts';

export interface ReminderSettings {
  now: Date;
  quietHours: QuietHours;
}

export function quietHoursOf(config: { QUIET_HOURS_START: number; QUIET_HOURS_END: number }): QuietHours {
  return { start: config.QUIET_HOURS_START, end: config.QUIET_HOURS_END };
}

/**
 * Replaces an item's pending reminders with ones for its current date. Only items still to do that the
 * client owns get reminders: the adviser's own actions are theirs to track.
 */
export async function scheduleItemReminders(
  db: Database,
  item: PlanItem,
  client: { id: string; timeZone: string },
  style: Pick<CoachingStyle, 'overdueFollowUpDays'>,
  settings: ReminderSettings,
): Promise<void> {
  await new ReminderRepository(db).replacePending(client.id, { itemLineageId: item.lineageId }, plannedFor(item, client, style, settings), 'item rescheduled');
}

type PlanItem = { lineageId: string; dueAt: Date | null; status: string; owner: string };

function plannedFor(item: PlanItem, client: { timeZone: string }, style: Pick<CoachingStyle, 'overdueFollowUpDays'>, settings: ReminderSettings, reviewAt: Date | null = null): PlannedReminder[] {
  if (!isStillToDo(item.status) || !item.dueAt) return [];
  // The adviser's own actions are reminded to the adviser (see adviserReminders.ts).
  if (item.owner === 'adviser') return adviserItemReminders({ lineageId: item.lineageId, dueAt: item.dueAt, now: settings.now, timeZone: client.timeZone });
  if (item.owner !== 'client') return [];
  return itemReminders({
    lineageId: item.lineageId,
    dueAt: item.dueAt,
    timeZone: client.timeZone,
    now: settings.now,
    style,
    quietHours: settings.quietHours,
    reviewAt,
  });
}

/** An item is done, dropped or replaced: its reminders that have not gone out are cancelled. */
export function cancelItemReminders(db: Database, lineageId: string, reason = 'item closed'): Promise<number> {
  return new ReminderRepository(db).cancelForItem(lineageId, reason);
}

/** One review reminder per client: setting a new review date moves it. */
export async function scheduleReviewReminder(
  db: Database,
  client: { id: string; timeZone: string },
  reviewAt: Date,
  settings: ReminderSettings,
): Promise<void> {
  const planned = reviewReminder({ clientId: client.id, reviewAt, timeZone: client.timeZone, now: settings.now, quietHours: settings.quietHours });
  await new ReminderRepository(db).replacePending(client.id, { reviewOf: client.id }, planned ? [planned] : [], 'review moved');
}

/**
 * Brings a client's reminders in line with their current plan: each open client step gets its
 * reminders at its date, closed or adviser-owned steps get none, and the review has one.
 * Call it after any plan change; it is safe to call again (reminder keys are unique).
 */
export async function syncPlanReminders(
  services: Pick<CoachServices, 'db' | 'config' | 'clock'>,
  clientId: string,
  known: KnownForReminders = {},
): Promise<void> {
  const [plan, client] = await Promise.all([
    known.plan ?? new PlanRepository(services.db, services.clock).currentPlan(clientId),
    known.client ?? new ClientRepository(services.db).findById(clientId),
  ]);
  if (!plan || !client) return;
  const style = known.style ?? (await coachingStyleFor(services.db, clientId));
  const settings = { now: services.clock.now(), quietHours: quietHoursOf(services.config) };
  const changedItems = known.changed ? new Set(known.changed.itemLineageIds) : null;
  const items = changedItems ? plan.items.filter((item) => changedItems.has(item.lineageId)) : plan.items;
  const parts: PendingReplacement[] = [
    {
      scope: { itemLineageIds: items.map((item) => item.lineageId) },
      planned: items.flatMap((item) => plannedFor(item, client, style, settings, plan.nextReviewAt)),
      reason: 'item rescheduled',
    },
  ];
  if (plan.nextReviewAt && (known.changed?.review ?? true)) {
    const review = reviewReminder({ clientId: client.id, reviewAt: plan.nextReviewAt, timeZone: client.timeZone, now: settings.now, quietHours: settings.quietHours });
    parts.push({ scope: { reviewOf: client.id }, planned: review ? [review] : [], reason: 'review moved' });
  }
  // The whole plan at once: a cancel per kind, one read and one insert, not a round for each item.
  await new ReminderRepository(services.db).replacePendingMany(client.id, parts);
}
