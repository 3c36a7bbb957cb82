// The client's recent words, for the adviser's summary. Only for consented clients, and only
// the last few: older messages are deleted as new ones arrive.
import type { Database } from './database.ts';
import { directSql } from './directSql.ts';
import { newRowId } from './rowId.ts';

export const KEEP_MESSAGES_PER_CLIENT = 20;

export type StoredClientMessage = { text: string; riskLevel: string; createdAt: Date };

export class ClientMessageRepository {
  constructor(private readonly db: Database) {}

  /** Every message of a consented client: two direct statements (directSql.ts), the insert and the trim. */
  async record(clientId: string, text: string, riskLevel: string, at: Date): Promise<void> {
    const sql = directSql(this.db);
    await sql.execute('INSERT INTO "ClientMessage" ("id", "clientId", "text", "riskLevel", "createdAt") VALUES (?, ?, ?, ?, ?)', [
      newRowId(),
      clientId,
      text.slice(0, 2000),
      riskLevel,
      at,
    ]);
    // One statement for both databases, every message: finding the old ones first would be a second.
    // It reads only the (clientId, createdAt) index: the newest KEEP'th time, then what is older.
    await sql.execute(
      `DELETE FROM "ClientMessage" WHERE "clientId" = ? AND "createdAt" < (
         SELECT "createdAt" FROM "ClientMessage" WHERE "clientId" = ? ORDER BY "createdAt" DESC LIMIT 1 OFFSET ?
       )`,
      [clientId, clientId, KEEP_MESSAGES_PER_CLIENT - 1],
    );
  }

  /** The first messages sent at or after `since`, oldest first. */
  async since(clientId: string, since: Date, limit = 5): Promise<StoredClientMessage[]> {
    return this.db.clientMessage.findMany({
      where: { clientId, createdAt: { gte: since } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: limit,
      select: { text: true, riskLevel: true, createdAt: true },
    });
  }

  /** The latest messages, oldest first. */
  async recent(clientId: string, limit = 5): Promise<StoredClientMessage[]> {
    const rows = await this.db.clientMessage.findMany({
      where: { clientId },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: limit,
      select: { text: true, riskLevel: true, createdAt: true },
    });
    return rows.reverse();
  }
}
