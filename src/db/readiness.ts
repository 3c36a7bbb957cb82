// Ready means: the database answers, and every migration in the repository is applied. The check
// gives up after timeoutMs, so a silent database cannot hold the probe; the answer says only that
// the database is down (the reason goes to the log, not to whoever asked).
import type { Database } from './database.ts';
import { readMigrationsList } from './migrations.ts';
import type { DatabaseProvider } from './providerSchema.ts';
import { log } from '../log.ts';

export type Readiness = { ready: boolean; database: 'up'; pendingMigrations: string[] } | { ready: false; database: 'down' };

export const READINESS_TIMEOUT_MS = 2_000;

export function createReadinessCheck(db: Database, provider: DatabaseProvider, timeoutMs = READINESS_TIMEOUT_MS): () => Promise<Readiness> {
  const expected = readMigrationsList(provider).migrationDirectories.map((directory) => directory.path);
  const check = async (): Promise<Readiness> => {
    const rows = await db.$queryRawUnsafe<Array<{ migration_name: string }>>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    const pendingMigrations = expected.filter((name) => !applied.has(name));
    return { ready: pendingMigrations.length === 0, database: 'up', pendingMigrations };
  };
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([check(), timeout]);
    } catch (error) {
      log.warn('Readiness: the database is down', error);
      return { ready: false, database: 'down' };
    } finally {
      clearTimeout(timer);
    }
  };
}
