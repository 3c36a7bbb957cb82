// Prisma's better-sqlite3 adapter prepares every statement afresh, and SQLite compiling Prisma's
// long column lists costs more CPU than running them. This keeps each distinct SQL text's
// compiled statement and hands the adapter a fresh binding of it, which is all it uses:
// prepare(sql).bind(args), then reader, columns(), raw().all() or run().
import type BetterSqlite3 from 'better-sqlite3';
import { BoundedMap } from '../boundedMap.ts';

/** Prisma sends a fixed set of query shapes; the bound only guards against raw SQL built per call. */
const REMEMBERED_STATEMENTS = 500;

type Args = unknown[];

interface Kept {
  statement: BetterSqlite3.Statement<Args>;
  /** A result's column names and types are the statement's; asking SQLite each time costs more than the run. */
  columns?: BetterSqlite3.ColumnDefinition[];
}

/** What the adapter reads from a bound statement. */
function boundTo(kept: Kept, args: Args) {
  const { statement } = kept;
  return {
    reader: statement.reader,
    columns: () => (kept.columns ??= statement.columns()),
    raw: () => ({ all: () => statement.raw(true).all(...args) }),
    run: () => statement.run(...args),
  };
}

export function cacheStatements(client: BetterSqlite3.Database): void {
  const prepare = client.prepare.bind(client) as (sql: string) => BetterSqlite3.Statement<Args>;
  const statements = new BoundedMap<string, Kept>(REMEMBERED_STATEMENTS);
  (client as unknown as { prepare: (sql: string) => unknown }).prepare = (sql: string) => {
    let kept = statements.get(sql);
    if (!kept) statements.set(sql, (kept = { statement: prepare(sql) }));
    const { statement } = kept;
    return { reader: statement.reader, bind: (args: Args) => boundTo(kept, args), run: () => statement.run() };
  };
}
