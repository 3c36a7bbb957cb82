// The one Prisma client factory: SQLite by default, PostgreSQL when the URL says so.
// Both generated clients share one API (the schema keeps to common features), so the rest of
// the code sees a single `Database` type.
import { mkdirSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client.ts';
import { PrismaClient as PostgresClient } from '../generated/postgresql/client.ts';
import { projectRoot, type DatabaseProvider } from './providerSchema.ts';
import { applyMigrations } from './migrations.ts';
import { createPostgresAdapterFactory, type PostgresTimeouts } from './postgresAdapterFactory.ts';
import { createSqliteAdapterFactory, type SqliteSynchronous } from './sqliteAdapterFactory.ts';
import { DirectSql, registerDirectSql } from './directSql.ts';

export type Database = SqliteClient;
/** The database, or one transaction on it: what repositories that may join a transaction take. */
export type DatabaseQueries = Parameters<Parameters<Database['$transaction']>[0]>[0];

// Prisma's transaction client still answers to $transaction, so the ones we open are remembered.
const openTransactions = new WeakSet<object>();

/** Runs `work` in one transaction whose repositories know they are in it (isTransaction). */
export function inTransaction<T>(db: Database, work: (tx: DatabaseQueries) => Promise<T>, options?: { maxWait?: number; timeout?: number }): Promise<T> {
  return db.$transaction((tx) => {
    openTransactions.add(tx);
    return work(tx);
  }, options);
}

/** True inside inTransaction: a repository then neither opens its own nor retries (the caller does). */
export function isTransaction(db: DatabaseQueries): boolean {
  return openTransactions.has(db);
}

/** A unique index refused the write: two changes raced, and the loser may try again. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, meta, name, cause } = error as { code?: string; name?: string; cause?: { kind?: string }; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  // P2002 from Prisma's own writes; a raw statement's refusal is P2010 with the driver's reason;
  // a statement on the adapter itself (directSql.ts) throws the driver's error as it is.
  if (name === 'DriverAdapterError') return cause?.kind === 'UniqueConstraintViolation';
  return code === 'P2002' || (code === 'P2010' && meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation');
}
// Prisma.sql and friends build parameterised SQL; they are the same for both providers.
export { Prisma } from '../generated/sqlite/client.ts';

export interface DatabaseHandle {
  db: Database;
  provider: DatabaseProvider;
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

export function providerOf(url: string): DatabaseProvider {
  return /^postgres(ql)?:\/\//i.test(url) ? 'postgresql' : 'sqlite';
}

/** Resolves `file:./data/coach.db` against the project root, so start-up works from any folder. */
export function sqliteFilePath(url: string): string {
  const path = url.replace(/^file:/, '');
  if (path === ':memory:') return path;
  return isAbsolute(path) ? path : resolve(projectRoot, path);
}

/** How the running app opens its database; migrations and tools take the defaults. */
export interface DatabaseOptions {
  /** For the PostgreSQL pool; migrations run without them (they may be long). */
  timeouts?: PostgresTimeouts;
  sqliteSynchronous?: SqliteSynchronous;
}

export function createAdapterFactory(url: string, options: DatabaseOptions = {}): SqlMigrationAwareDriverAdapterFactory {
  if (providerOf(url) === 'postgresql') {
    return createPostgresAdapterFactory(url, options.timeouts);
  }
  const file = sqliteFilePath(url);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  // busy timeout: several processes (the bot, a migration command, a test) may share the file.
  return createSqliteAdapterFactory({ url: `file:${file}`, timeout: 5000 }, options.sqliteSynchronous);
}

export function createDatabase(url: string, options: DatabaseOptions = {}): DatabaseHandle {
  const provider = providerOf(url);
  const adapterFactory = createAdapterFactory(url, options);
  // Prisma gets the factory through DirectSql, which keeps the adapter Prisma connects for the hot statements.
  const direct = new DirectSql(provider, () => db.$connect());
  const adapter = direct.watch(adapterFactory);
  // 'minimal': otherwise Prisma makes an Error on every call, only to point a failed query's message
  // at the calling line (a stack trace per statement). The error codes and reasons stay the same.
  const clientOptions = { adapter, errorFormat: 'minimal' } as const;
  const db: Database = provider === 'postgresql' ? (new PostgresClient(clientOptions) as unknown as Database) : new SqliteClient(clientOptions);
  registerDirectSql(db, direct);
  return { db, provider, adapterFactory, close: () => db.$disconnect() };
}

/** Opens the database and brings it up to date: what start-up and `npm run db:migrate` do. */
export async function openMigratedDatabase(url: string, options: DatabaseOptions = {}): Promise<DatabaseHandle & { applied: string[] }> {
  const handle = createDatabase(url, options);
  if (handle.provider === 'sqlite') useWriteAheadLog(sqliteFilePath(url));
  const migrator = handle.provider === 'postgresql' && options.timeouts ? createAdapterFactory(url) : handle.adapterFactory;
  const applied = await applyMigrations(handle.provider, migrator);
  return { ...handle, applied };
}

/**
 * WAL lets readers carry on while the scheduler writes. The mode is stored in the file, so it is
 * set once on a short-lived connection of its own, before Prisma or the migration engine open theirs.
 */
function useWriteAheadLog(file: string): void {
  if (file === ':memory:') return;
  const connection = new BetterSqlite3(file);
  try {
    connection.pragma('journal_mode = WAL');
  } finally {
    connection.close();
  }
}
