// The migration set of the provider under test must match prisma/schema.prisma, and applying it
// must record _prisma_migrations the way Prisma does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapterFactory } from '../src/db/database.ts';
import { applyMigrations, migrationDrift, readMigrationsList } from '../src/db/migrations.ts';
import { schemaFor } from '../src/db/providerSchema.ts';
import { createEmptyDatabase, createMigratedDatabase, testProvider } from './support/testDatabase.ts';

const shadowUrl = testProvider === 'sqlite' ? 'file::memory:' : (process.env.TEST_POSTGRES_URL ?? 'postgresql://root@127.0.0.1:5432/test');

describe(`migrations for ${testProvider}`, () => {
  let database: Awaited<ReturnType<typeof createMigratedDatabase>>;
  beforeAll(async () => {
    database = await createMigratedDatabase();
  });
  afterAll(() => database.drop());

  it('are in step with the schema', async () => {
    expect(await migrationDrift(testProvider, createAdapterFactory(shadowUrl))).toBe('');
  });

  it('are caught out of step when the schema changes without a migration', async () => {
    const schema = schemaFor(testProvider);
    const changed = { ...schema, content: schema.content.replace('model AuditEvent {', 'model AuditEvent {\n  extra String?') };
    const drift = await migrationDrift(testProvider, createAdapterFactory(shadowUrl), changed);
    expect(drift).toMatch(/extra/);
  });

  it('are recorded in _prisma_migrations as Prisma records them', async () => {
    const rows = await database.handle.db.$queryRawUnsafe<Array<{ migration_name: string; checksum: string; applied_steps_count: number | bigint }>>(
      'SELECT migration_name, checksum, applied_steps_count FROM _prisma_migrations ORDER BY migration_name',
    );
    const expected = readMigrationsList(testProvider).migrationDirectories.map((d) => d.path);
    expect(rows.map((r) => r.migration_name)).toEqual(expected);
    for (const row of rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(Number(row.applied_steps_count)).toBe(1);
    }
  });

  it('apply only once', async () => {
    const fresh = await createEmptyDatabase();
    try {
      const expected = readMigrationsList(testProvider).migrationDirectories.map((d) => d.path);
      expect(await applyMigrations(testProvider, createAdapterFactory(fresh.url))).toEqual(expected);
      expect(await applyMigrations(testProvider, createAdapterFactory(fresh.url))).toEqual([]);
    } finally {
      await fresh.drop();
    }
  });
});
