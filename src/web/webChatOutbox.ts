// Proactive messages (reminders, news from the adviser) for local web chat users. A browser tab
// may be closed, or the server restarted since it was open, so each one is kept in the database
// until a browser of that user has polled past it; then it is gone. A browser that comes back
// gets what waited for it in its new conversation.
import type { Database } from '../db/database.ts';
import { WebChatOutboxRows } from '../db/webChatOutbox.ts';
import type { DirectLineConversation, DirectLineConversations } from './directLineConversations.ts';

/** Outbox rows shown in a conversation, and where: their position counts toward the watermark. */
const shownIn = new WeakMap<DirectLineConversation, Map<string, number>>();

function shown(conversation: DirectLineConversation): Map<string, number> {
  let map = shownIn.get(conversation);
  if (!map) shownIn.set(conversation, (map = new Map()));
  return map;
}

export function webChatUserKey(userId: string): string {
  return `webchat:${userId}`;
}

export class WebChatOutbox {
  private readonly rows: WebChatOutboxRows;

  constructor(
    db: Database,
    private readonly conversations: DirectLineConversations,
  ) {
    this.rows = new WebChatOutboxRows(db);
  }

  /** Keeps a proactive message for a user, and shows it at once if their conversation is open here. */
  async keep(userId: string, activity: Record<string, unknown>, conversation: DirectLineConversation | undefined): Promise<string> {
    const id = await this.rows.keep(webChatUserKey(userId), activity);
    if (conversation) this.show(conversation, id, activity);
    return id;
  }

  /**
   * On each poll: what the browser has seen (everything before the watermark) is delivered and
   * forgotten; what waits for this user and is not in this conversation yet is added to it.
   */
  async beforePoll(conversation: DirectLineConversation, watermark: string | undefined): Promise<void> {
    const seen = Math.max(0, Number.parseInt(watermark ?? '0', 10) || 0);
    const inThisConversation = shown(conversation);
    const delivered = [...inThisConversation].filter(([, position]) => position < seen).map(([id]) => id);
    if (delivered.length) {
      await this.rows.remove(delivered);
      for (const id of delivered) inThisConversation.delete(id);
    }
    for (const row of await this.rows.waitingFor(webChatUserKey(conversation.user.id), 50)) {
      if (inThisConversation.has(row.id)) continue;
      this.show(conversation, row.id, { ...row.activity, conversation: { id: conversation.id } });
    }
  }

  private show(conversation: DirectLineConversation, rowId: string, activity: Record<string, unknown>): void {
    const stored = this.conversations.append(conversation, activity);
    shown(conversation).set(rowId, Number(stored.id.split('|')[1]));
  }
}
