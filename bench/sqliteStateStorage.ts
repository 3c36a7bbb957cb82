// The anchor bot's durable state: botbuilder's Storage contract over one SQLite file, one row per
// key, the way a team would write it for a stock bot. better-sqlite3, WAL, synchronous=NORMAL
// (a committed write survives the process dying, as the coach's does). eTags are checked as
// MemoryStorage checks them: a write with a stale eTag fails instead of overwriting.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Storage, StoreItems } from 'botbuilder';

export class SqliteStateStorage implements Storage {
  private readonly db: Database.Database;
  private readonly selectOne: Database.Statement<[string], { data: string; etag: string }>;
  private readonly upsert: Database.Statement<{ key: string; data: string; etag: string; expected: string | null }>;
  private readonly deleteOne: Database.Statement<[string]>;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec('CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, data TEXT NOT NULL, etag TEXT NOT NULL) WITHOUT ROWID');
    this.selectOne = this.db.prepare('SELECT data, etag FROM state WHERE key = ?');
    // One statement writes a new row, or overwrites one whose eTag still matches (or with "*").
    this.upsert = this.db.prepare(
      `INSERT INTO state (key, data, etag) VALUES (@key, @data, @etag)
       ON CONFLICT (key) DO UPDATE SET data = excluded.data, etag = excluded.etag
       WHERE @expected IS NULL OR state.etag = @expected`,
    );
    this.deleteOne = this.db.prepare('DELETE FROM state WHERE key = ?');
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.selectOne.get(key);
      if (row) items[key] = { ...(JSON.parse(row.data) as object), eTag: row.etag };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    this.db.transaction(() => {
      for (const [key, item] of Object.entries(changes)) {
        const { eTag, ...rest } = (item ?? {}) as { eTag?: string };
        const expected = !eTag || eTag === '*' ? null : eTag;
          const { changes: written } = this.upsert.run({ key, data: JSON.stringify(rest), etag: randomUUID(), expected });
        if (written === 0) throw new Error(`Storage: "${key}" was changed by another turn (eTag conflict).`);
      }
    })();
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) {
      this.deleteOne.run(key);
    }
  }

  close(): void {
    this.db.close();
  }
}
