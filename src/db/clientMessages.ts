// The client's recent words, for the adviser's summary. Only for consented clients, and only
// the last few: older messages are deleted as new ones arrive.
import type { Database } from './database.ts';

export const KEEP_MESSAGES_PER_CLIENT = 20;

export type StoredClientMessage = { text: string; riskLevel: string; createdAt: Date };

export class ClientMessageRepository {
  constructor(private readonly db: Database) {}

  async record(clientId: string, text: string, riskLevel: string, at: Date): Promise<void> {
    await this.db.clientMessage.createMany({ data: [{ clientId, text: text.slice(0, 2000), riskLevel, createdAt: at }] });
    // One statement for both databases, every message: finding the old ones first would be a second.
    await this.db.$executeRaw`
      DELETE FROM "ClientMessage" WHERE "clientId" = ${clientId} AND id NOT IN (
        SELECT id FROM "ClientMessage" WHERE "clientId" = ${clientId}
        ORDER BY "createdAt" DESC, id DESC LIMIT ${KEEP_MESSAGES_PER_CLIENT}
      )`;
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
