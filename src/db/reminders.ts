// Reminder rows: one per occurrence, with a unique key, so no retry and no second instance sends
// one twice. Instances claim due rows with a lease; a lease that runs out (a crashed instance)
// makes the row claimable again, so a crash never loses a reminder.
import { randomUUID } from 'node:crypto';
import { Prisma, type Database } from './database.ts';
import type { Reminder } from '../generated/sqlite/client.ts';
import { ADVISER_REMINDER_KINDS, type PlannedReminder } from '../domain/reminderTiming.ts';
import type { DatabaseProvider } from './providerSchema.ts';
import { newRowId } from './rowId.ts';
import { insertInChunks, rowOf } from './rawRows.ts';
import { FEW_STEPS, insertFewReminders, rowsOfFewSteps } from './reminderScopeRows.ts';

export type { Reminder };

export interface ClaimedReminder {
  id: string;
  key: string;
  clientId: string;
  kind: string;
  itemLineageId: string | null;
  sendAt: Date;
  attempts: number;
  /** Proves this claim is still ours when recording the result. */
  claimToken: string;
}

/** An item's reminders, several items' (reminder keys name their item), or the client's review reminder. */
export type ReminderScope = { itemLineageId: string } | { itemLineageIds: readonly string[] } | { reviewOf: string };

/** Which pending reminders to bring in line with `planned` (see replacePendingMany). */
export interface PendingReplacement {
  scope: ReminderScope;
  planned: readonly PlannedReminder[];
  /** Kept as lastError on the reminders cancelled. */
  reason: string;
}

function whereScope(scope: ReminderScope) {
  if ('itemLineageId' in scope) return { itemLineageId: scope.itemLineageId };
  if ('itemLineageIds' in scope) return { itemLineageId: { in: [...scope.itemLineageIds] } };
  return { clientId: scope.reviewOf, kind: 'review-due' };
}

function inScope(row: Pick<Reminder, 'clientId' | 'kind' | 'itemLineageId'>, scope: ReminderScope): boolean {
  if ('itemLineageId' in scope) return row.itemLineageId === scope.itemLineageId;
  if ('itemLineageIds' in scope) return row.itemLineageId !== null && scope.itemLineageIds.includes(row.itemLineageId);
  return row.clientId === scope.reviewOf && row.kind === 'review-due';
}

function rowFor(clientId: string, reminder: PlannedReminder) {
  return { key: reminder.key, clientId, kind: reminder.kind, itemLineageId: reminder.itemLineageId, sendAt: reminder.sendAt };
}

/** Pending at the planned time already, or sent or being sent (those are left alone). */
function needsNoWrite(row: Pick<Reminder, 'status' | 'sendAt'>, planned: PlannedReminder): boolean {
  if (row.status === 'pending') return row.sendAt.getTime() === planned.sendAt.getTime();
  return row.status !== 'cancelled';
}

export class ReminderRepository {
  constructor(
    private readonly db: Database,
    private readonly provider: DatabaseProvider = 'sqlite',
  ) {}

  /**
   * Makes sure each planned occurrence has a pending row. A row that is still pending or was
   * cancelled takes the new time; one already sent or being sent is left alone. Rows already
   * right (the usual case when a plan is saved again) cost one read for the lot, no writes; new
   * rows are written together in one statement.
   */
  async schedule(clientId: string, planned: readonly PlannedReminder[], known?: ReadonlyArray<Pick<Reminder, 'key' | 'status' | 'sendAt'>>): Promise<void> {
    if (planned.length === 0) return;
    const existing =
      known ??
      (await this.db.reminder.findMany({
        where: { key: { in: planned.map((reminder) => reminder.key) } },
        select: { key: true, status: true, sendAt: true },
      }));
    const byKey = new Map(existing.map((row) => [row.key, row]));
    const absent: PlannedReminder[] = [];
    for (const reminder of planned) {
      const row = byKey.get(reminder.key);
      if (!row) {
        absent.push(reminder);
        continue;
      }
      if (needsNoWrite(row, reminder)) continue;
      const moved = await this.db.reminder.updateMany({
        where: { key: reminder.key, status: { in: ['pending', 'cancelled'] } },
        data: { status: 'pending', sendAt: reminder.sendAt, lastError: null },
      });
      if (moved.count === 0) await this.createUnlessMade(clientId, reminder);
    }
    if (absent.length === 0) return;
    if (absent.length <= FEW_STEPS) return insertFewReminders(this.db, clientId, absent);
    try {
      // Many rows: one raw multi-row INSERT (rawRows.ts), not a createMany Prisma compiles per count.
      const now = new Date();
      const rows = absent.map(({ key, kind, itemLineageId, sendAt }) => rowOf([newRowId(), key, clientId, kind, itemLineageId, sendAt, 'pending', 0, now]));
      await insertInChunks(
        rows,
        (values) =>
          this.db.$executeRaw`INSERT INTO "Reminder" ("id", "key", "clientId", "kind", "itemLineageId", "sendAt", "status", "attempts", "createdAt") VALUES ${values}`,
      );
    } catch {
      // One of them was made meanwhile (elsewhere): the statement wrote nothing, so go one by one.
      for (const reminder of absent) await this.createUnlessMade(clientId, reminder);
    }
  }

  private async createUnlessMade(clientId: string, reminder: PlannedReminder): Promise<void> {
    try {
      await this.db.reminder.create({ data: rowFor(clientId, reminder) });
    } catch (error) {
      // The key exists already (sent, claimed, or made a moment ago elsewhere): nothing to do.
      if (!(await this.db.reminder.findUnique({ where: { key: reminder.key }, select: { id: true } }))) throw error;
    }
  }

  /**
   * Makes an item's (or the review's) reminders those planned: pending ones not planned any more
   * are cancelled, planned ones made or moved. Cancelling everything first and then reviving the
   * same rows cost a write per reminder on every plan save.
   */
  replacePending(clientId: string, scope: ReminderScope, planned: readonly PlannedReminder[], reason: string): Promise<void> {
    return this.replacePendingMany(clientId, [{ scope, planned, reason }]);
  }

  /**
   * replacePending for several scopes (a whole plan) with one read: the planned rows and the pending
   * ones in scope. A cancel is written only when a pending reminder is no longer planned.
   */
  async replacePendingMany(clientId: string, parts: readonly PendingReplacement[]): Promise<void> {
    const scoped = parts.filter(({ scope }) => !('itemLineageIds' in scope && scope.itemLineageIds.length === 0));
    const planned = parts.flatMap((part) => part.planned);
    if (scoped.length === 0 && planned.length === 0) return;
    const rows = (await rowsOfFewSteps(this.db, clientId, parts)) ?? (await this.db.reminder.findMany({
      where: { OR: [{ key: { in: planned.map((reminder) => reminder.key) } }, ...scoped.map(({ scope }) => ({ ...whereScope(scope), status: 'pending' }))] },
      select: { id: true, key: true, status: true, sendAt: true, clientId: true, kind: true, itemLineageId: true },
    }));
    for (const { scope, planned: kept, reason } of scoped) {
      const keys = new Set(kept.map((reminder) => reminder.key));
      const stale = rows.filter((row) => row.status === 'pending' && inScope(row, scope) && !keys.has(row.key)).map((row) => row.id);
      if (stale.length > 0) await this.db.reminder.updateMany({ where: { id: { in: stale }, status: 'pending' }, data: { status: 'cancelled', lastError: reason } });
    }
    await this.schedule(clientId, planned, rows);
  }

  /** A client's reminders of one kind that have not gone out (a pause's day to start again, say). */
  async cancelPendingOfKind(clientId: string, kind: string, reason: string): Promise<number> {
    return (await this.db.reminder.updateMany({ where: { clientId, kind, status: 'pending' }, data: { status: 'cancelled', lastError: reason } })).count;
  }

  /** Cancels an item's reminders that have not gone out, e.g. when it is done or its date changes. */
  async cancelForItem(itemLineageId: string, reason = 'item changed'): Promise<number> {
    const { count } = await this.db.reminder.updateMany({
      where: { itemLineageId, status: 'pending' },
      data: { status: 'cancelled', lastError: reason },
    });
    return count;
  }

  /**
   * Claims up to `limit` due reminders for one instance, until `leaseUntil`. PostgreSQL skips rows
   * another instance holds locked. Parameters go through the tagged template, never into the SQL text.
   */
  async claimDue(input: { instanceId: string; now: Date; leaseUntil: Date; limit: number }): Promise<ClaimedReminder[]> {
    const claimToken = `${input.instanceId}#${randomUUID()}`;
    // SQLite has no row locks; its single writer makes the one statement atomic on its own.
    const skipLocked = this.provider === 'postgresql' ? Prisma.sql`FOR UPDATE SKIP LOCKED` : Prisma.empty;
    // Two ordered index scans, each stopping after `limit` rows, instead of one OR that made the
    // database fetch and sort every due row on each claim (60 ms with 10,000 due on PostgreSQL).
    const rows = await this.db.$queryRaw<Omit<ClaimedReminder, 'claimToken'>[]>`
      UPDATE "Reminder" SET status = 'claimed', "claimedBy" = ${claimToken}, "leaseUntil" = ${input.leaseUntil}
      WHERE id IN (
        SELECT id FROM (
          SELECT id, "sendAt" FROM (
            SELECT id, "sendAt" FROM "Reminder" WHERE status = 'claimed' AND "leaseUntil" <= ${input.now}
            ORDER BY "sendAt" LIMIT ${input.limit} ${skipLocked}
          ) AS expired
          UNION ALL
          SELECT id, "sendAt" FROM (
            SELECT id, "sendAt" FROM "Reminder" WHERE status = 'pending' AND "sendAt" <= ${input.now}
            ORDER BY "sendAt" LIMIT ${input.limit} ${skipLocked}
          ) AS due
        ) AS claimable
        ORDER BY "sendAt"
        LIMIT ${input.limit}
      )
      RETURNING id, key, "clientId", kind, "itemLineageId", "sendAt", attempts`;
    // SQLite hands the timestamp back as text.
    return rows.map((row) => ({ ...row, sendAt: new Date(row.sendAt), claimToken }));
  }

  /**
   * Records a batch's sends in one statement. Returns the ids whose claim was still ours: a lease
   * that ran out may have passed a row to another instance, which then records it itself.
   */
  async markSentMany(claimToken: string, ids: readonly string[], at: Date): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const { count } = await this.db.reminder.updateMany({
      where: { id: { in: [...ids] }, claimedBy: claimToken, status: 'claimed' },
      data: { status: 'sent', sentAt: at, leaseUntil: null, attempts: { increment: 1 }, lastError: null },
    });
    if (count === ids.length) return new Set(ids);
    const ours = await this.db.reminder.findMany({
      where: { id: { in: [...ids] }, claimedBy: claimToken, status: 'sent', sentAt: at },
      select: { id: true },
    });
    return new Set(ours.map((row) => row.id));
  }

  /** Extends the lease of a batch's rows still claimed under this token; returns how many. */
  async renewLease(claimToken: string, leaseUntil: Date): Promise<number> {
    const { count } = await this.db.reminder.updateMany({ where: { claimedBy: claimToken, status: 'claimed' }, data: { leaseUntil } });
    return count;
  }

  async markRetry(claim: Pick<ClaimedReminder, 'id' | 'claimToken'>, nextAttemptAt: Date, error: string): Promise<boolean> {
    const { count } = await this.db.reminder.updateMany({
      where: { id: claim.id, claimedBy: claim.claimToken, status: 'claimed' },
      data: { status: 'pending', sendAt: nextAttemptAt, leaseUntil: null, claimedBy: null, attempts: { increment: 1 }, lastError: error },
    });
    return count === 1;
  }

  /** Puts a reminder back for later without counting an attempt (quiet hours, paused reminders). */
  async defer(claim: Pick<ClaimedReminder, 'id' | 'claimToken'>, sendAt: Date, why: string): Promise<boolean> {
    const { count } = await this.db.reminder.updateMany({
      where: { id: claim.id, claimedBy: claim.claimToken, status: 'claimed' },
      data: { status: 'pending', sendAt, leaseUntil: null, claimedBy: null, lastError: why },
    });
    return count === 1;
  }

  async markFailed(claim: Pick<ClaimedReminder, 'id' | 'claimToken'>, error: string, countAttempt = true): Promise<boolean> {
    const { count } = await this.db.reminder.updateMany({
      where: { id: claim.id, claimedBy: claim.claimToken, status: 'claimed' },
      data: { status: 'failed', leaseUntil: null, lastError: error, ...(countAttempt ? { attempts: { increment: 1 } } : {}) },
    });
    return count === 1;
  }

  async markCancelled(claim: Pick<ClaimedReminder, 'id' | 'claimToken'>, why: string): Promise<boolean> {
    const { count } = await this.db.reminder.updateMany({
      where: { id: claim.id, claimedBy: claim.claimToken, status: 'claimed' },
      data: { status: 'cancelled', leaseUntil: null, lastError: why },
    });
    return count === 1;
  }

  /** For each client, the latest reminder sent at or before `before`, leaving out `exceptIds`: one query for a batch. */
  async lastSentBeforeMany(
    clientIds: readonly string[],
    before: Date,
    exceptIds: readonly string[],
  ): Promise<Map<string, Pick<Reminder, 'sentAt' | 'answeredAt'>>> {
    const latest = new Map<string, Pick<Reminder, 'sentAt' | 'answeredAt'>>();
    if (clientIds.length === 0) return latest;
    const rows = await this.db.reminder.findMany({
      where: { clientId: { in: [...new Set(clientIds)] }, status: 'sent', sentAt: { lte: before }, id: { notIn: [...exceptIds] } },
      orderBy: { sentAt: 'desc' },
      select: { clientId: true, sentAt: true, answeredAt: true },
    });
    for (const row of rows) if (!latest.has(row.clientId)) latest.set(row.clientId, { sentAt: row.sentAt, answeredAt: row.answeredAt });
    return latest;
  }

  /** The newest sent reminders the client has not answered since `since`: all sent within `togetherMs` of the newest. */
  async latestUnanswered(clientId: string, since: Date, togetherMs = 0): Promise<Reminder[]> {
    const rows = await this.db.reminder.findMany({
      where: { clientId, status: 'sent', answeredAt: null, sentAt: { gte: since }, kind: { notIn: [...ADVISER_REMINDER_KINDS] } },
      orderBy: [{ sentAt: 'desc' }, { id: 'asc' }], take: 20,
    });
    return rows.filter((row) => (rows[0]!.sentAt?.getTime() ?? 0) - (row.sentAt?.getTime() ?? 0) <= togetherMs);
  }

  /** The client answered: every reminder they had not answered yet counts as answered. */
  async markAnswered(clientId: string, at: Date): Promise<number> {
    const { count } = await this.db.reminder.updateMany({
      where: { clientId, status: 'sent', answeredAt: null, sentAt: { lte: at }, kind: { notIn: [...ADVISER_REMINDER_KINDS] } },
      data: { answeredAt: at },
    });
    return count;
  }

  findByKey(key: string): Promise<Reminder | null> {
    return this.db.reminder.findUnique({ where: { key } });
  }

  pendingFor(clientId: string): Promise<Reminder[]> {
    return this.db.reminder.findMany({ where: { clientId, status: 'pending' }, orderBy: { sendAt: 'asc' } });
  }
}
