// The activities already handled, per conversation, so a channel's retry of the same activity id
// has no second effect. An activity is claimed before its turn runs (so a turn that erases the
// client's data erases the claim too) and forgotten again if the turn fails, so a retry of a failed
// turn is handled. Rows are kept a day: channels retry within seconds or minutes.
import { createHash } from 'node:crypto';
import type { Database } from './database.ts';
import { directSql, type DirectSql } from './directSql.ts';

/**
 * Rows hold a digest of the conversation id, not the id: someone who says "No thanks" at consent
 * leaves nothing that names their chat, and a retry still finds its row.
 */
export function conversationDigest(channelId: string, conversationId: string): string {
  return createHash('sha256').update(`${channelId}/${conversationId}`).digest('hex').slice(0, 40);
}

function stored(ref: ActivityRef): ActivityRef {
  return { ...ref, conversationId: conversationDigest(ref.channelId, ref.conversationId) };
}

export interface ActivityRef {
  channelId: string;
  conversationId: string;
  activityId: string;
}

export const PROCESSED_ACTIVITY_KEEP_MS = 24 * 60 * 60_000;
const PRUNE_EVERY_MS = 60 * 60_000;

export type Claim = { duplicate: false } | { duplicate: true; invokeResponse: unknown };

export class ProcessedActivities {
  private lastPrune = 0;

  private readonly sql: DirectSql;

  constructor(private readonly db: Database) {
    this.sql = directSql(db);
  }

  /** Claims the activity for this turn, or says it was handled before (with the invoke answer). */
  async claim(activity: ActivityRef): Promise<Claim> {
    const ref = stored(activity);
    const claimed = await this.sql.execute(
      `INSERT INTO "ProcessedActivity" ("channelId", "conversationId", "activityId", "processedAt") VALUES (?, ?, ?, ?)
       ON CONFLICT ("channelId", "conversationId", "activityId") DO NOTHING`,
      [ref.channelId, ref.conversationId, ref.activityId, new Date()],
    );
    if (claimed === 1) return { duplicate: false };
    const earlier = await this.db.processedActivity.findUnique({ where: { channelId_conversationId_activityId: ref } });
    return { duplicate: true, invokeResponse: earlier?.invokeResponse ? JSON.parse(earlier.invokeResponse) : undefined };
  }

  /** The turn failed: a retry should be handled. */
  async forget(activity: ActivityRef): Promise<void> {
    await this.db.processedActivity.deleteMany({ where: stored(activity) });
  }

  async recordInvokeResponse(activity: ActivityRef, response: unknown): Promise<void> {
    await this.db.processedActivity.updateMany({ where: stored(activity), data: { invokeResponse: JSON.stringify(response) } });
  }

  /** Drops rows older than a day; runs at most once an hour per process. */
  async pruneNowAndThen(now = Date.now()): Promise<void> {
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    await this.db.processedActivity.deleteMany({ where: { processedAt: { lt: new Date(now - PROCESSED_ACTIVITY_KEEP_MS) } } });
  }
}
