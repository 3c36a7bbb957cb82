// Every conversation a user has had with the bot, so "delete my data" (and retention) can find the
// bot state of each one, not only the latest. Written once per user and conversation: this process
// remembers what it wrote, and writes again now and then in case an erasure elsewhere removed it.
import type { Database } from './database.ts';
import { BoundedMap } from '../boundedMap.ts';
import { directSql } from './directSql.ts';

const REMEMBERED_USERS = 5_000;
const REWRITE_MS = 5 * 60_000;

/** Per database (tests run several in one process): user key → conversation id → when written. */
const written = new WeakMap<Database, BoundedMap<string, Map<string, number>>>();

function writtenFor(db: Database): BoundedMap<string, Map<string, number>> {
  let map = written.get(db);
  if (!map) written.set(db, (map = new BoundedMap(REMEMBERED_USERS)));
  return map;
}

export class ConversationLedger {
  constructor(private readonly db: Database) {}

  async note(userKey: string, channelId: string, conversationId: string, now = Date.now()): Promise<void> {
    const remembered = writtenFor(this.db);
    const conversations = remembered.get(userKey) ?? new Map<string, number>();
    const at = conversations.get(conversationId);
    if (at !== undefined && now - at < REWRITE_MS && now >= at) return;
    // A conversation's channel never changes, so a row already there is left as it is. A direct
    // statement (directSql.ts): every new conversation's first turn writes this.
    await directSql(this.db).execute(
      `INSERT INTO "UserConversation" ("userKey", "channelId", "conversationId", "createdAt") VALUES (?, ?, ?, ?)
       ON CONFLICT ("userKey", "conversationId") DO NOTHING`,
      [userKey, channelId, conversationId, new Date(now)],
    );
    conversations.set(conversationId, now);
    remembered.set(userKey, conversations);
  }

  async conversationIdsOf(userKey: string): Promise<string[]> {
    const rows = await this.db.userConversation.findMany({ where: { userKey }, select: { conversationId: true } });
    return rows.map((row) => row.conversationId);
  }

  /** After an erasure: the user's next turn writes its row again. */
  forget(userKey: string): void {
    writtenFor(this.db).delete(userKey);
  }
}
