// A fresh, migrated database for one test file: an SQLite file in a temp folder by default, or a
// new PostgreSQL database when TEST_DATABASE=postgresql (CI runs the suite both ways).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openMigratedDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import type { DatabaseProvider } from '../../src/db/providerSchema.ts';

export const testProvider: DatabaseProvider = process.env.TEST_DATABASE === 'postgresql' ? 'postgresql' : 'sqlite';
const postgresServerUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://root@127.0.0.1:5432/test';

export interface TestDatabase {
  url: string;
  provider: DatabaseProvider;
  /** Removes the database; call in afterAll. */
  drop(): Promise<void>;
}

/** Creates an empty database (not migrated) of the provider under test. */
export async function createEmptyDatabase(provider: DatabaseProvider = testProvider): Promise<TestDatabase> {
  if (provider === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'coach-test-'));
    return { url: `file:${join(folder, 'coach.db')}`, provider, drop: async () => rmSync(folder, { recursive: true, force: true }) };
  }
  const name = `coach_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), provider, drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

export async function createMigratedDatabase(provider: DatabaseProvider = testProvider): Promise<TestDatabase & { handle: DatabaseHandle }> {
  const empty = await createEmptyDatabase(provider);
  const handle = await openMigratedDatabase(empty.url);
  return {
    ...empty,
    handle,
    drop: async () => {
      await handle.close();
      await empty.drop();
    },
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresServerUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
