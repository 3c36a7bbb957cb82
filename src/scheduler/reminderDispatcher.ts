// Claims due reminders, sends each through the one proactive sender, and records what happened.
// Safe with several instances on one database: a claim is a lease, results are recorded only
// while the claim is still ours, and a lease that runs out (a crashed instance) is claimed again.
import { chatRemoved, noChat, remindersUndelivered } from '../messages/en/escalationDetails.ts';
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { DatabaseProvider } from '../db/providerSchema.ts';
import { ReminderRepository, type ClaimedReminder } from '../db/reminders.ts';
import { latestItems, type ActionItem } from '../db/actionItemProgress.ts';
import { ClientRepository, type Client } from '../db/clients.ts';
import type { ProactiveSender, SendOutcome, StoredConversationReference } from '../channels/proactiveSender.ts';
import { ConversationReferences } from '../db/conversationReferences.ts';
import { reminderActivity } from '../channels/reminderMessages.ts';
import { isStillToDo } from '../domain/plan.ts';
import { ADVISER_REMINDER_KINDS, keepsChasing, type ReminderKind } from '../domain/reminderTiming.ts';
import { sendAdviserReminder } from './adviserReminderSend.ts';
import { isQuietTime, outsideQuietHours, retryAt } from '../domain/reminderTiming.ts';
import { quietHoursOf } from './reminderPlanning.ts';
import { recordEscalation } from '../escalation/raiseEscalation.ts';
import { SendRecorder } from './sendRecorder.ts';
import { RESUME_KIND } from './reminderPauseStore.ts';
import { resumeReminders } from '../db/clientSafety.ts';
import { EscalationRepository } from '../db/escalations.ts';
import { LeaseKeeper } from './leaseKeeper.ts';
import { log } from '../log.ts';

export type DispatcherConfig = Pick<
  Config,
  | 'QUIET_HOURS_START'
  | 'QUIET_HOURS_END'
  | 'REMINDER_LEASE_SECONDS'
  | 'REMINDER_MAX_ATTEMPTS'
  | 'REMINDER_BATCH_SIZE'
  | 'REMINDER_CONCURRENCY'
  | 'SCHEDULER_INSTANCE_ID'
  | 'OUTREACH_ESCALATE_AFTER'
>;

export interface DispatcherOptions {
  db: Database;
  provider: DatabaseProvider;
  sender: Pick<ProactiveSender, 'sendActivities'>;
  config: DispatcherConfig;
  /** Batches claimed per tick before giving the loop back. */
  maxBatchesPerTick?: number;
  random?: () => number;
}

export interface TickReport {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  deferred: number;
  cancelled: number;
  /** Parked until the time the channel asked for (HTTP 429/503 with Retry-After). */
  throttled: number;
  /** Handed back unsent: the instance is stopping, or its lease could not be kept. */
  released: number;
}

type Result = Exclude<keyof TickReport, 'claimed'>;

interface BatchContext {
  clients: Map<string, Client>;
  items: Map<string, ActionItem>;
  references: Map<string, StoredConversationReference>;
  /** Records the batch's sends in groups. */
  sent: SendRecorder;
  lease: LeaseKeeper;
  /** Conversations the channel throttled in this tick, and until when. */
  throttledUntil: Map<string, Date>;
  /** For each step in the batch, its latest reminder (ties, as after a pause, by id): only that one goes out. */
  latestForStep: Map<string, ClaimedReminder>;
}

/** A send may take at most this share of the lease; the lease is renewed every quarter of it. */
const SEND_SHARE_OF_LEASE = 0.5;

export class ReminderDispatcher {
  readonly instanceId: string;
  private readonly reminders: ReminderRepository;
  private stopping = false;
  /** Observers (metrics) told of each reminder's result. */
  onResult?: (result: Result) => void;

  constructor(private readonly options: DispatcherOptions) {
    this.instanceId = options.config.SCHEDULER_INSTANCE_ID ?? `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
    this.reminders = new ReminderRepository(options.db, options.provider);
  }

  /** Sends everything due at `now`. Tests call this with a controllable clock. */
  async tick(now: Date): Promise<TickReport> {
    const report: TickReport = { claimed: 0, sent: 0, retried: 0, failed: 0, deferred: 0, cancelled: 0, throttled: 0, released: 0 };
    const leaseMs = this.options.config.REMINDER_LEASE_SECONDS * 1000;
    const lease = new LeaseKeeper(this.reminders, now, leaseMs);
    const throttledUntil = new Map<string, Date>();
    try {
      for (let batch = 0; batch < (this.options.maxBatchesPerTick ?? 20) && !this.stopping; batch++) {
        const claimedAt = lease.now();
        const leaseUntil = new Date(claimedAt.getTime() + leaseMs);
        const claimed = await this.reminders.claimDue({ instanceId: this.instanceId, now: claimedAt, leaseUntil, limit: this.options.config.REMINDER_BATCH_SIZE });
        if (claimed.length === 0) break;
        const token = claimed[0]!.claimToken;
        lease.hold(token, leaseUntil);
        report.claimed += claimed.length;
        try {
          const context = await this.loadBatch(claimed, now, lease, throttledUntil);
          await inParallel(claimed, this.options.config.REMINDER_CONCURRENCY, async (reminder) => {
            const result = await this.dispatchSafely(reminder, now, context);
            report[result]++;
            this.onResult?.(result);
          });
        } finally {
          lease.release(token);
        }
      }
    } finally {
      await lease.stop();
    }
    return report;
  }

  /** Claims no more batches; the batch in hand finishes its sends in flight and hands back the rest. */
  stopClaiming(): void {
    this.stopping = true;
  }

  /** The clients, items and conversation references a batch needs: one query each, not one per reminder. */
  private async loadBatch(claimed: readonly ClaimedReminder[], now: Date, lease: LeaseKeeper, throttledUntil: Map<string, Date>): Promise<BatchContext> {
    const [clients, items] = await Promise.all([
      new ClientRepository(this.options.db).findManyByIds(claimed.map((r) => r.clientId)),
      latestItems(this.options.db, claimed.flatMap((r) => (r.itemLineageId ? [r.itemLineageId] : []))),
    ]);
    const references = await new ConversationReferences(this.options.db).findMany(clients.map((client) => client.userKey));
    const sent = new SendRecorder(this.options.db, this.reminders, claimed[0]!.claimToken, now);
    // Reminders found late (the server was down, the client's reminders were paused) can fall due
    // together: play-testing saw three for one step at once, saying the same thing.
    // Reminders deferred while paused fall due at one time: after "start reminders" two had come at once.
    const latestForStep = new Map<string, ClaimedReminder>();
    for (const r of claimed) {
      const best = r.itemLineageId ? latestForStep.get(r.itemLineageId) : undefined;
      if (r.itemLineageId && (!best || r.sendAt.getTime() > best.sendAt.getTime() || (r.sendAt.getTime() === best.sendAt.getTime() && r.id > best.id))) latestForStep.set(r.itemLineageId, r);
    }
    return { clients: new Map(clients.map((client) => [client.id, client])), items, references, sent, lease, throttledUntil, latestForStep };
  }

  private async dispatchSafely(reminder: ClaimedReminder, now: Date, context: BatchContext): Promise<Result> {
    try {
      return await this.dispatch(reminder, now, context);
    } catch (error) {
      log.error(`Reminder ${reminder.key} could not be processed; it will be tried again`, error);
      await this.reminders.markRetry(reminder, new Date(now.getTime() + 60_000), String((error as Error).message ?? error));
      return 'retried';
    }
  }

  private async dispatch(reminder: ClaimedReminder, now: Date, context: BatchContext): Promise<Result> {
    const client = context.clients.get(reminder.clientId);
    if (!client || client.status !== 'active' || client.consentWithdrawnAt) {
      await this.reminders.markCancelled(reminder, 'client closed or withdrew consent');
      return 'cancelled';
    }
    if (reminder.kind === RESUME_KIND) return this.resume(reminder, client);
    const quiet = quietHoursOf(this.options.config);
    const forAdviser = ADVISER_REMINDER_KINDS.includes(reminder.kind as ReminderKind);
    if (client.remindersPausedAt && !forAdviser) {
      await this.reminders.defer(reminder, outsideQuietHours(new Date(now.getTime() + 86_400_000), client.timeZone, quiet), 'reminders paused');
      return 'deferred';
    }
    if (isQuietTime(now, client.timeZone, quiet)) {
      await this.reminders.defer(reminder, outsideQuietHours(now, client.timeZone, quiet), 'quiet hours');
      return 'deferred';
    }
    const item = reminder.itemLineageId ? (context.items.get(reminder.itemLineageId) ?? null) : null;
    if (reminder.itemLineageId && (!item || !isStillToDo(item.status))) {
      await this.reminders.markCancelled(reminder, 'item no longer open');
      return 'cancelled';
    }
    if (reminder.itemLineageId && context.latestForStep.get(reminder.itemLineageId)?.id !== reminder.id) {
      await this.reminders.markCancelled(reminder, 'a later reminder for the same step goes instead');
      return 'cancelled';
    }
    const daysLate = item?.dueAt ? Math.floor((now.getTime() - item.dueAt.getTime()) / 86_400_000) : 1;
    if (!keepsChasing(reminder.kind as ReminderKind, daysLate, client.unansweredOutreach, this.options.config.OUTREACH_ESCALATE_AFTER)) {
      await this.reminders.markCancelled(reminder, 'no reply to the reminders before: the adviser is told, and the coach stops chasing');
      return 'cancelled';
    }
    const parkedUntil = context.throttledUntil.get(client.userKey);
    if (parkedUntil) {
      await this.reminders.defer(reminder, parkedUntil, 'the channel is throttling this conversation');
      return 'throttled';
    }
    // Only start a send that can finish while the claim is surely ours, so no other instance
    // can take the reminder over while it is on its way.
    const deadlineMs = Math.floor(this.options.config.REMINDER_LEASE_SECONDS * 1000 * SEND_SHARE_OF_LEASE);
    if (this.stopping || context.lease.remainingMs(reminder.claimToken) <= deadlineMs) {
      await this.reminders.defer(reminder, reminder.sendAt, this.stopping ? 'handed back at shutdown' : 'lease could not be renewed');
      return 'released';
    }
    if (forAdviser) {
      const deps = { db: this.options.db, reminders: this.reminders, sender: this.options.sender, timeZone: client.timeZone };
      return sendAdviserReminder(deps, reminder, client, item, now, deadlineMs);
    }
    const activity = reminderActivity({
      key: reminder.key,
      channelId: client.channelId,
      kind: reminder.kind,
      itemLineageId: reminder.itemLineageId,
      item,
      timeZone: client.timeZone,
      now,
    });
    const outcome = await this.options.sender.sendActivities(client.userKey, [activity], context.references.get(client.userKey) ?? null, { deadlineMs });
    return this.record(reminder, client, outcome, now, context);
  }

  /**
   * The day a pause the client asked for ends: reminders are on again, and those held back go out
   * at their next turn. Nothing is sent, so the row is closed with the reason, not counted as sent.
   * A crisis raised meanwhile keeps them paused: the adviser turns them on with the client.
   */
  private async resume(reminder: ClaimedReminder, client: Client): Promise<Result> {
    const open = await new EscalationRepository(this.options.db).openFor(client.id);
    if (!open.some((row) => row.reason === 'crisis')) await resumeReminders(this.options.db, client.id);
    await this.reminders.markCancelled(reminder, 'the pause the client asked for has ended');
    return 'cancelled';
  }

  private async record(reminder: ClaimedReminder, client: Client, outcome: SendOutcome, now: Date, context: BatchContext): Promise<Result> {
    switch (outcome.status) {
      case 'sent':
        await context.sent.record({ reminder, client });
        return 'sent';
      case 'retry': {
        if (outcome.retryAfterMs !== undefined) {
          // Throttled: park this conversation until the time asked; the rest of the tick goes on.
          const until = new Date(now.getTime() + Math.max(outcome.retryAfterMs, 1000));
          context.throttledUntil.set(client.userKey, until);
          await this.reminders.defer(reminder, until, `HTTP ${outcome.httpStatus}: throttled, asked to wait ${Math.round(outcome.retryAfterMs / 1000)} s`);
          return 'throttled';
        }
        const attempt = reminder.attempts + 1;
        if (attempt >= this.options.config.REMINDER_MAX_ATTEMPTS) {
          await this.reminders.markFailed(reminder, `gave up after ${attempt} attempts: ${outcome.message}`);
          await this.cannotReach(client, remindersUndelivered(attempt, outcome.httpStatus ?? null), now);
          return 'failed';
        }
        const next = retryAt({ now, attempt, timeZone: client.timeZone, quietHours: quietHoursOf(this.options.config), random: this.options.random });
        await this.reminders.markRetry(reminder, next, `HTTP ${outcome.httpStatus ?? '?'}: ${outcome.message}`);
        return 'retried';
      }
      case 'unreachable':
        await this.reminders.markFailed(reminder, `HTTP ${outcome.httpStatus}: ${outcome.message}`);
        await this.cannotReach(client, chatRemoved, now);
        return 'failed';
      case 'no-reference':
        await this.reminders.markFailed(reminder, 'no usable conversation reference', false);
        await this.cannotReach(client, noChat, now);
        return 'failed';
    }
  }

  private async cannotReach(client: Client, detail: string, now: Date): Promise<void> {
    await recordEscalation(this.options.db, { clientId: client.id, trigger: 'reminder-undelivered', detail }, now);
  }
}

async function inParallel<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(workers);
}
