// Ready means: the database answers, and every migration in the repository is applied.
import type { Database } from './database.ts';
import { readMigrationsList } from './migrations.ts';
import type { DatabaseProvider } from './providerSchema.ts';

export interface Readiness {
  ready: boolean;
  database: 'up' | 'down';
  pendingMigrations: string[];
  error?: string;
}

export function createReadinessCheck(db: Database, provider: DatabaseProvider): () => Promise<Readiness> {
  const expected = readMigrationsList(provider).migrationDirectories.map((directory) => directory.path);
  return async () => {
    try {
      const rows = await db.$queryRawUnsafe<Array<{ migration_name: string }>>(
        'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      );
      const applied = new Set(rows.map((row) => row.migration_name));
      const pendingMigrations = expected.filter((name) => !applied.has(name));
      return { ready: pendingMigrations.length === 0, database: 'up', pendingMigrations };
    } catch (error) {
      return { ready: false, database: 'down', pendingMigrations: expected, error: (error as Error).message };
    }
  };
}
