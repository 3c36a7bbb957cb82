// A fresh database for one bench step: an SQLite file in a temp folder, or a new PostgreSQL
// database on the local server, dropped afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openMigratedDatabase } from '../src/db/database.ts';

export type Provider = 'sqlite' | 'postgresql';
export const postgresServerUrl = process.env.BENCH_POSTGRES_URL ?? 'postgresql://root@127.0.0.1:5432/postgres';

export interface FreshDatabase {
  url: string;
  provider: Provider;
  drop(): Promise<void>;
}

/** Makes and migrates a new database, then closes the migrating connection. */
export async function createFreshDatabase(provider: Provider): Promise<FreshDatabase> {
  let fresh: FreshDatabase;
  if (provider === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'coach-bench-'));
    fresh = { url: `file:${join(folder, 'coach.db')}`, provider, drop: async () => rmSync(folder, { recursive: true, force: true }) };
  } else {
    const name = `coach_bench_${randomBytes(5).toString('hex')}`;
    await adminQuery(`CREATE DATABASE "${name}"`);
    const url = new URL(postgresServerUrl);
    url.pathname = `/${name}`;
    fresh = { url: url.toString(), provider, drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
  }
  const handle = await openMigratedDatabase(fresh.url);
  await handle.close();
  return fresh;
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
