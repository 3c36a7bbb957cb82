// The local Direct Line's memory: which token belongs to which conversation and user, and every
// activity in each conversation in order, so Web Chat can poll for what is new by watermark.
// Kept in memory on purpose: this is a local stand-in, and the bot keeps its own state in the
// database, so a restart only starts a new chat window, never loses a plan.
import { randomBytes, randomUUID } from 'node:crypto';

export interface StoredActivity {
  id: string;
  [field: string]: unknown;
}

export interface DirectLineConversation {
  id: string;
  token: string;
  user: { id: string; name?: string };
  started: boolean;
  lastUsedAt: number;
  activities: StoredActivity[];
  /** How many of the oldest activities were let go to bound memory; watermarks still count them. */
  dropped: number;
}

const MAX_CONVERSATIONS = 500;
const MAX_ACTIVITIES = 2_000;
export const TOKEN_LIFETIME_SECONDS = 3_600;

export class DirectLineConversations {
  private readonly byId = new Map<string, DirectLineConversation>();

  /** A new conversation for one user, with the token that alone can read and post to it. */
  open(user: { id: string; name?: string }): DirectLineConversation {
    if (this.byId.size >= MAX_CONVERSATIONS) this.forgetLeastRecentlyUsed();
    const conversation: DirectLineConversation = {
      id: randomUUID(),
      token: randomBytes(32).toString('base64url'),
      user,
      started: false,
      lastUsedAt: Date.now(),
      activities: [],
      dropped: 0,
    };
    this.byId.set(conversation.id, conversation);
    return conversation;
  }

  byToken(token: string | undefined): DirectLineConversation | undefined {
    if (!token) return undefined;
    for (const conversation of this.byId.values()) {
      if (conversation.token === token) {
        conversation.lastUsedAt = Date.now();
        return conversation;
      }
    }
    return undefined;
  }

  get(conversationId: string): DirectLineConversation | undefined {
    return this.byId.get(conversationId);
  }

  /** Adds an activity with a Direct Line style id ("<conversation>|<sequence>") and returns it. */
  append(conversation: DirectLineConversation, activity: Record<string, unknown>): StoredActivity {
    const stored: StoredActivity = {
      ...activity,
      id: `${conversation.id}|${String(conversation.dropped + conversation.activities.length).padStart(7, '0')}`,
      timestamp: (activity.timestamp as string | undefined) ?? new Date().toISOString(),
    };
    conversation.activities.push(stored);
    if (conversation.activities.length > MAX_ACTIVITIES) {
      conversation.activities.shift();
      conversation.dropped += 1;
    }
    return stored;
  }

  /** Activities after the watermark, and the new watermark (the count of activities seen). */
  since(conversation: DirectLineConversation, watermark: string | undefined): { activities: StoredActivity[]; watermark: string } {
    const seen = Math.max(0, Number.parseInt(watermark ?? '0', 10) || 0);
    return {
      activities: conversation.activities.slice(Math.max(0, seen - conversation.dropped)),
      watermark: String(conversation.dropped + conversation.activities.length),
    };
  }

  private forgetLeastRecentlyUsed(): void {
    let oldest: DirectLineConversation | undefined;
    for (const conversation of this.byId.values()) {
      if (!oldest || conversation.lastUsedAt < oldest.lastUsedAt) oldest = conversation;
    }
    if (oldest) this.byId.delete(oldest.id);
  }
}
