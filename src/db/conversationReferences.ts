// Where each user can be reached proactively. Refreshed on every incoming activity.
import type { Database } from './database.ts';

export type StoredReference = Record<string, unknown>;

export class ConversationReferences {
  constructor(private readonly db: Database) {}

  async save(userKey: string, reference: StoredReference): Promise<void> {
    const serialized = JSON.stringify(reference);
    await this.db.conversationRef.upsert({
      where: { userKey },
      create: { userKey, reference: serialized },
      update: { reference: serialized, usable: true, unusableReason: null },
    });
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
    await this.db.conversationRef.updateMany({ where: { userKey }, data: { usable: false, unusableReason: reason } });
  }
}
