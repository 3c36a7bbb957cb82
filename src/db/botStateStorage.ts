// botbuilder's Storage contract (read, write, delete) over the BotState table, with eTag
// optimistic concurrency: a write carrying a stale eTag fails instead of overwriting.
// Typed structurally so this file does not import botbuilder (see ARCHITECTURE.md).
import { randomUUID } from 'node:crypto';
import type { Database } from './database.ts';

export type StoreItem = { eTag?: string; [key: string]: unknown };
export type StoreItems = Record<string, any>;

export class StaleETagError extends Error {
  constructor(readonly key: string) {
    super(`Storage: the item "${key}" was changed by another turn (eTag conflict); reload and retry.`);
    this.name = 'StaleETagError';
  }
}

export class BotStateStorage {
  constructor(private readonly db: Database) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const rows = await this.db.botState.findMany({ where: { key: { in: keys } } });
    const items: StoreItems = {};
    for (const row of rows) {
      items[row.key] = { ...(JSON.parse(row.data) as object), eTag: row.eTag };
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

  private async writeOne(key: string, item: StoreItem): Promise<void> {
    const { eTag: expected, ...rest } = item;
    const data = JSON.stringify(rest);
    const eTag = randomUUID();
    if (!expected || expected === '*') {
      await this.db.botState.upsert({ where: { key }, create: { key, data, eTag }, update: { data, eTag } });
      return;
    }
    const { count } = await this.db.botState.updateMany({ where: { key, eTag: expected }, data: { data, eTag } });
    if (count === 1) return;
    // Nothing matched: either someone else wrote first (conflict) or the item is new.
    const exists = await this.db.botState.findUnique({ where: { key }, select: { key: true } });
    if (exists) throw new StaleETagError(key);
    try {
      await this.db.botState.create({ data: { key, data, eTag } });
    } catch {
      throw new StaleETagError(key);
    }
  }
}
