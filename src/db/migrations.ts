// Applies and creates migrations with the wasm schema engine, through a driver adapter.
// Migration folders are Prisma's standard ones (prisma/migrations/<provider>/<timestamp>_<name>/
// migration.sql), recorded in _prisma_migrations exactly as `prisma migrate deploy` records them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm';
import { openSchemaEngine } from './schemaEngine.ts';
import { migrationsDirFor, schemaFor, type DatabaseProvider } from './providerSchema.ts';

const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };

export function readMigrationsList(provider: DatabaseProvider): MigrationList {
  const baseDir = migrationsDirFor(provider);
  const lockPath = join(baseDir, 'migration_lock.toml');
  const directories = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
    : [];
  return {
    baseDir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: directories.map((name) => {
      const file = join(baseDir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file) ? { tag: 'ok', value: readFileSync(file, 'utf8') } : { tag: 'error', value: `missing ${file}` },
        },
      };
    }),
  } as MigrationList;
}

/** Applies every migration not yet applied; returns the names it applied. */
export async function applyMigrations(provider: DatabaseProvider, adapterFactory: SqlMigrationAwareDriverAdapterFactory): Promise<string[]> {
  return withEngine(provider, adapterFactory, async (engine) => {
    const result = await engine.applyMigrations({ migrationsList: readMigrationsList(provider), filters: noFilters });
    return result.appliedMigrationNames;
  });
}

/**
 * Runs one engine command, then closes every connection the engine opened: left open, an
 * SQLite connection keeps its lock and the app's own queries would wait on it.
 */
async function withEngine<T>(
  provider: DatabaseProvider,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  command: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const opened: SqlDriverAdapter[] = [];
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: adapterFactory.provider,
    adapterName: adapterFactory.adapterName,
    connect: async () => remember(await adapterFactory.connect()),
    connectToShadowDb: async () => remember(await adapterFactory.connectToShadowDb()),
  };
  function remember(adapter: SqlDriverAdapter): SqlDriverAdapter {
    opened.push(adapter);
    return adapter;
  }
  const engine = await openSchemaEngine(tracked, schemaFor(provider));
  try {
    return await command(engine);
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  }
}

/**
 * The SQL that would bring the migration history up to the schema; empty when they agree.
 * Replays the migrations on the adapter's shadow database (SQLite: in memory; PostgreSQL: a
 * temporary database on the same server).
 */
export async function migrationDrift(
  provider: DatabaseProvider,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema = schemaFor(provider),
): Promise<string> {
  return withEngine(provider, adapterFactory, async (engine) => {
    const result = await engine.diff({
      from: { tag: 'migrations', ...readMigrationsList(provider) },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return stripEmptyScript(result.stdout ?? '');
  });
}

function stripEmptyScript(sql: string): string {
  return sql.includes('-- This is an empty migration.') ? '' : sql.trim();
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

/** Writes the next migration folder for a provider, or returns null when nothing changed. */
export async function createMigration(
  provider: DatabaseProvider,
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  name: string,
  now = new Date(),
): Promise<string | null> {
  const baseDir = migrationsDirFor(provider);
  writeLockfile(provider, baseDir);
  const sql = await migrationDrift(provider, adapterFactory);
  if (!sql) return null;
  const folder = join(baseDir, `${timestamp(now)}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'migration.sql'), `${sql}\n`);
  return folder;
}

function writeLockfile(provider: DatabaseProvider, baseDir: string): void {
  const lockPath = join(baseDir, 'migration_lock.toml');
  if (existsSync(lockPath)) return;
  mkdirSync(baseDir, { recursive: true });
  writeFileSync(
    lockPath,
    `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
  );
}
