// A lease per conversation in the database, so that only one instance at a time runs a turn of
// that conversation. A lease is released when the turn ends; one left by a crashed instance
// lapses after LEASE_MS and may then be taken over.
import { randomUUID } from 'node:crypto';
import type { Database } from './database.ts';
import { directSql, type DirectSql } from './directSql.ts';

export const LEASE_MS = 30_000;
const FIRST_PAUSE_MS = 5;
const LONGEST_PAUSE_MS = 100;

export interface Lease {
  release(): Promise<void>;
}

export class ConversationLocks {
  private readonly holder = `${process.pid}-${randomUUID()}`;

  private readonly sql: DirectSql;

  constructor(db: Database) {
    this.sql = directSql(db);
  }

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

  /** One statement: takes a free lease, or one that has lapsed (held by a turn of an instance that died). */
  private async tryAcquire(key: string): Promise<boolean> {
    const now = new Date();
    const taken = await this.sql.execute(
      `INSERT INTO "ConversationLock" ("key", "holder", "expiresAt") VALUES (?, ?, ?)
       ON CONFLICT ("key") DO UPDATE SET "holder" = excluded."holder", "expiresAt" = excluded."expiresAt"
       WHERE "ConversationLock"."expiresAt" < ?`,
      [key, this.holder, new Date(now.getTime() + LEASE_MS), now],
    );
    return taken === 1;
  }

  private async release(key: string): Promise<void> {
    await this.sql.execute('DELETE FROM "ConversationLock" WHERE "key" = ? AND "holder" = ?', [key, this.holder]);
  }
}
