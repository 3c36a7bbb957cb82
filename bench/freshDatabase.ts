// A fresh database for one bench step: an SQLite file in a temp folder, or a new PostgreSQL
// database on the local server, dropped afterwards.
import { openMigratedDatabase } from '../src/db/database.ts';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../src/db/throwawayDatabase.ts';
import type { DatabaseProvider } from '../src/db/providerSchema.ts';

export type Provider = DatabaseProvider;
export const postgresServerUrl = process.env.BENCH_POSTGRES_URL ?? 'postgresql://root@127.0.0.1:5432/postgres';

export type FreshDatabase = ThrowawayDatabase;

/** Makes and migrates a new database, then closes the migrating connection. */
export async function createFreshDatabase(provider: Provider): Promise<FreshDatabase> {
  const fresh = await createThrowawayDatabase(provider, { postgresServerUrl, prefix: 'coach_bench' });
  const handle = await openMigratedDatabase(fresh.url);
  await handle.close();
  return fresh;
}
