// The wasm schema engine replays each migration on the SQLite shadow database with a single
// executeRaw call holding the whole file, but better-sqlite3 prepares one statement at a time.
// Running such multi-statement, parameterless SQL as a script fixes drift checks and new
// migrations; everything else goes to Prisma's adapter unchanged. The app's own connection
// keeps its compiled statements (sqliteStatementCache.ts).
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { cacheStatements } from './sqliteStatementCache.ts';
import type BetterSqlite3 from 'better-sqlite3';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';

type BetterSqlite3Config = ConstructorParameters<typeof PrismaBetterSqlite3>[0];

function runsScripts(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query: SqlQuery) => {
    if (query.args.length === 0 && /;\s*\S/.test(query.sql.replace(/--[^\n]*/g, ''))) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

/**
 * When a commit waits for the disk. 'full' syncs the write-ahead log at every commit; 'normal'
 * syncs it at checkpoints, so a commit survives the bot crashing but the last ones before a power
 * cut or an operating-system crash may be lost (the file is never corrupted). SQLite recommends
 * 'normal' with WAL; one sync per commit blocked the event loop for about 0.1 ms each, several
 * times a turn.
 */
export type SqliteSynchronous = 'normal' | 'full';

/** The adapter keeps its better-sqlite3 connection as `client`. */
function prepared(adapter: SqlDriverAdapter, synchronous: SqliteSynchronous): SqlDriverAdapter {
  const client = (adapter as unknown as { client: BetterSqlite3.Database }).client;
  client.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  cacheStatements(client);
  return adapter;
}

export function createSqliteAdapterFactory(config: BetterSqlite3Config, synchronous: SqliteSynchronous = 'normal'): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSqlite3(config);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => prepared(await connect(), synchronous);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => runsScripts(await connectToShadowDb());
  return factory;
}
