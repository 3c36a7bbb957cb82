// botbuilder's Storage contract (read, write, delete) over the BotState table, with eTag
// optimistic concurrency: a write carrying a stale eTag fails instead of overwriting.
// Every turn reads and writes its conversation's state, so both are direct statements (directSql.ts).
// Typed structurally so this file does not import botbuilder (see ARCHITECTURE.md).
import { randomUUID } from 'node:crypto';
import type { Database } from './database.ts';
import { directSql, type DirectSql } from './directSql.ts';

export type StoreItem = { eTag?: string; [key: string]: unknown };
export type StoreItems = Record<string, any>;

export class StaleETagError extends Error {
  constructor(readonly key: string) {
    super(`Storage: the item "${key}" was changed by another turn (eTag conflict); reload and retry.`);
    this.name = 'StaleETagError';
  }
}

export class BotStateStorage {
  private readonly sql: DirectSql;

  constructor(private readonly db: Database) {
    this.sql = directSql(db);
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    // botbuilder reads one key per state; one statement each keeps the SQL text constant.
    for (const key of keys) {
      const { rows } = await this.sql.query('SELECT "data", "eTag" FROM "BotState" WHERE "key" = ?', [key]);
      const row = rows[0];
      if (row) items[key] = { ...(JSON.parse(row[0] as string) as object), eTag: row[1] as string };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      await this.writeOne(key, (item ?? {}) as StoreItem);
    }
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    await this.db.botState.deleteMany({ where: { key: { in: keys } } });
  }

  /** One statement: a new item is created, an existing one overwritten only if its eTag still matches (or with "*"). */
  private async writeOne(key: string, item: StoreItem): Promise<void> {
    const { eTag: expected, ...rest } = item;
    const args = [key, randomUUID(), JSON.stringify(rest), new Date()];
    if (!expected || expected === '*') {
      await this.sql.execute(
        `INSERT INTO "BotState" ("key", "eTag", "data", "updatedAt") VALUES (?, ?, ?, ?)
         ON CONFLICT ("key") DO UPDATE SET "eTag" = excluded."eTag", "data" = excluded."data", "updatedAt" = excluded."updatedAt"`,
        args,
      );
      return;
    }
    const written = await this.sql.execute(
      `INSERT INTO "BotState" ("key", "eTag", "data", "updatedAt") VALUES (?, ?, ?, ?)
       ON CONFLICT ("key") DO UPDATE SET "eTag" = excluded."eTag", "data" = excluded."data", "updatedAt" = excluded."updatedAt"
       WHERE "BotState"."eTag" = ?`,
      [...args, expected],
    );
    if (written !== 1) throw new StaleETagError(key);
  }
}
