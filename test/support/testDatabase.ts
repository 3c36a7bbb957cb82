// A fresh, migrated database for one test file: an SQLite file in a temp folder by default, or a
// new PostgreSQL database when TEST_DATABASE=postgresql (CI runs the suite both ways).
import { openMigratedDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../../src/db/throwawayDatabase.ts';
import type { DatabaseProvider } from '../../src/db/providerSchema.ts';

export const testProvider: DatabaseProvider = process.env.TEST_DATABASE === 'postgresql' ? 'postgresql' : 'sqlite';
const postgresServerUrl = process.env.TEST_POSTGRES_URL ?? 'postgresql://root@127.0.0.1:5432/test';

/** drop() removes the database; call it in afterAll. */
export type TestDatabase = ThrowawayDatabase;

/** Creates an empty database (not migrated) of the provider under test. */
export function createEmptyDatabase(provider: DatabaseProvider = testProvider): Promise<TestDatabase> {
  return createThrowawayDatabase(provider, { postgresServerUrl, prefix: 'coach_test' });
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
