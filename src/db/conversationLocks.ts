// A lease per conversation in the database, so that only one instance at a time runs a turn of
// that conversation. A lease is released when the turn ends; one left by a crashed instance
// lapses after LEASE_MS and may then be taken over.
import { randomUUID } from 'node:crypto';
import type { Database } from './database.ts';
import { isUniqueViolation } from './processedActivities.ts';

export const LEASE_MS = 30_000;
const FIRST_PAUSE_MS = 5;
const LONGEST_PAUSE_MS = 100;

export interface Lease {
  release(): Promise<void>;
}

export class ConversationLocks {
  private readonly holder = `${process.pid}-${randomUUID()}`;

  constructor(private readonly db: Database) {}

  /** Waits for the conversation's lease until the deadline; null when it is still taken then. */
  async acquire(key: string, deadline: number): Promise<Lease | null> {
    let pause = FIRST_PAUSE_MS;
    for (;;) {
      if (await this.tryAcquire(key)) return { release: () => this.release(key) };
      if (Date.now() + pause > deadline) return null;
      await new Promise((resolve) => setTimeout(resolve, pause * (0.5 + Math.random())));
      pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
    }
  }

  private async tryAcquire(key: string): Promise<boolean> {
    const now = new Date();
    const expiresAt = new Date(now.getTime() + LEASE_MS);
    try {
      await this.db.conversationLock.create({ data: { key, holder: this.holder, expiresAt } });
      return true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    // Held: by a turn in progress, or by an instance that died during one.
    const lapsed = await this.db.conversationLock.updateMany({ where: { key, expiresAt: { lt: now } }, data: { holder: this.holder, expiresAt } });
    return lapsed.count === 1;
  }

  private async release(key: string): Promise<void> {
    await this.db.conversationLock.deleteMany({ where: { key, holder: this.holder } });
  }
}
