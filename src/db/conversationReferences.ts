// Where each user can be reached proactively. Refreshed on every incoming activity, but written
// only when it changed or has not been written for a while: it rarely changes within a chat.
import type { Database } from './database.ts';
import { BoundedMap } from '../boundedMap.ts';
import { directSql } from './directSql.ts';

export type StoredReference = Record<string, unknown>;

/**
 * Rewritten at least this often even when unchanged, so a row another instance marked unusable,
 * or deleted, is put right within minutes of the user's next message.
 */
export const REFERENCE_REWRITE_MS = 5 * 60_000;
const REMEMBERED_WRITES = 5_000;

/** What this process wrote lately, per database (tests run several in one process). */
const recentWrites = new WeakMap<Database, BoundedMap<string, { serialized: string; at: number }>>();

function writesFor(db: Database): BoundedMap<string, { serialized: string; at: number }> {
  let writes = recentWrites.get(db);
  if (!writes) recentWrites.set(db, (writes = new BoundedMap(REMEMBERED_WRITES)));
  return writes;
}

export class ConversationReferences {
  constructor(private readonly db: Database) {}

  /**
   * The incoming activity's id is left out: a proactive message is not a reply to it, and
   * without it the reference stays the same from one message to the next.
   */
  async save(userKey: string, reference: StoredReference, now = Date.now()): Promise<void> {
    const { activityId: _activityId, ...lasting } = reference;
    const serialized = JSON.stringify(lasting);
    const writes = writesFor(this.db);
    const last = writes.get(userKey);
    if (last && last.serialized === serialized && now - last.at < REFERENCE_REWRITE_MS && now >= last.at) return;
    // A direct statement (directSql.ts): a new conversation's first turn writes this, and Prisma's upsert cost ten times it.
    await directSql(this.db).execute(
      `INSERT INTO "ConversationRef" ("userKey", "reference", "usable", "unusableReason", "updatedAt") VALUES (?, ?, ?, NULL, ?)
       ON CONFLICT ("userKey") DO UPDATE SET "reference" = excluded."reference", "usable" = excluded."usable",
         "unusableReason" = NULL, "updatedAt" = excluded."updatedAt"`,
      [userKey, serialized, true, new Date(now)],
    );
    writes.set(userKey, { serialized, at: now });
  }

  /** The next save writes, whatever this process wrote before (the row changed under it). */
  forget(userKey: string): void {
    writesFor(this.db).delete(userKey);
  }

  async find(userKey: string): Promise<{ reference: StoredReference; usable: boolean } | null> {
    const row = await this.db.conversationRef.findUnique({ where: { userKey } });
    return row ? { reference: JSON.parse(row.reference) as StoredReference, usable: row.usable } : null;
  }

  /** Several users' references in one query, keyed by user key (missing ones are left out). */
  async findMany(userKeys: readonly string[]): Promise<Map<string, { reference: StoredReference; usable: boolean }>> {
    const rows = userKeys.length ? await this.db.conversationRef.findMany({ where: { userKey: { in: [...new Set(userKeys)] } } }) : [];
    return new Map(rows.map((row) => [row.userKey, { reference: JSON.parse(row.reference) as StoredReference, usable: row.usable }]));
  }

  async markUnusable(userKey: string, reason: string): Promise<void> {
    this.forget(userKey);
    await this.db.conversationRef.updateMany({ where: { userKey }, data: { usable: false, unusableReason: reason } });
  }

  /** The stored references, as JSON text, of a user key or of a client on any channel. */
  async storedFor(userKey: string, clientId: string | null): Promise<string[]> {
    const rows = await this.db.conversationRef.findMany({
      where: { OR: [{ userKey }, ...(clientId ? [{ clientId }] : [])] },
      select: { reference: true },
    });
    return rows.map((row) => row.reference);
  }
}
