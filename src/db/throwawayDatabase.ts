// A database of its own for one test file or benchmark step: an SQLite file in a temporary
// folder, or a new database on a PostgreSQL server. drop() removes it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseProvider } from './providerSchema.ts';

export interface ThrowawayDatabase {
  url: string;
  provider: DatabaseProvider;
  drop(): Promise<void>;
}

export async function createThrowawayDatabase(
  provider: DatabaseProvider,
  options: { postgresServerUrl: string; prefix: string },
): Promise<ThrowawayDatabase> {
  if (provider === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), `${options.prefix}-`));
    return { url: `file:${join(folder, 'coach.db')}`, provider, drop: async () => rmSync(folder, { recursive: true, force: true }) };
  }
  const name = `${options.prefix.replace(/\W/g, '_')}_${randomBytes(6).toString('hex')}`;
  await adminQuery(options.postgresServerUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(options.postgresServerUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), provider, drop: () => adminQuery(options.postgresServerUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
