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

/** The adapter keeps its better-sqlite3 connection as `client`. */
function withStatementCache(adapter: SqlDriverAdapter): SqlDriverAdapter {
  cacheStatements((adapter as unknown as { client: BetterSqlite3.Database }).client);
  return adapter;
}

export function createSqliteAdapterFactory(config: BetterSqlite3Config): SqlMigrationAwareDriverAdapterFactory {
  const factory = new PrismaBetterSqlite3(config);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => withStatementCache(await connect());
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => runsScripts(await connectToShadowDb());
  return factory;
}
