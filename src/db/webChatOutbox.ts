// Proactive messages kept for local web chat users until a browser of theirs has seen them
// (see src/web/webChatOutbox.ts for when they are shown and forgotten).
import type { Database } from './database.ts';

export interface WaitingMessage {
  id: string;
  activity: Record<string, unknown>;
}

export class WebChatOutboxRows {
  constructor(private readonly db: Database) {}

  async keep(userKey: string, activity: Record<string, unknown>): Promise<string> {
    const row = await this.db.webChatOutbox.create({ data: { userKey, activity: JSON.stringify(activity) } });
    return row.id;
  }

  async remove(ids: readonly string[]): Promise<void> {
    if (ids.length) await this.db.webChatOutbox.deleteMany({ where: { id: { in: [...ids] } } });
  }

  /** Oldest first, at most `limit`. */
  async waitingFor(userKey: string, limit: number): Promise<WaitingMessage[]> {
    const rows = await this.db.webChatOutbox.findMany({ where: { userKey }, orderBy: { createdAt: 'asc' }, take: limit });
    return rows.map((row) => ({ id: row.id, activity: JSON.parse(row.activity) as Record<string, unknown> }));
  }
}
