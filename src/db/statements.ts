// The direct statements (directSql.ts) where a repository may be inside a transaction: on the
// database or an adapter transaction (DirectSql.transaction) they go straight to the driver adapter;
// on a Prisma transaction they go through its raw query, so they join it (on PostgreSQL a direct
// statement would take another pooled connection).
// Either way the SQL is the caller's constant text with `?` placeholders and only the values
// are parameters, and rows come back as names and values for the same decoders.
import { isTransaction, Prisma, type Database, type DatabaseQueries } from './database.ts';
import { DirectTransaction, directSql, type DirectRows, type SqlValue } from './directSql.ts';

export interface Statements {
  query(sql: string, args: readonly SqlValue[]): Promise<DirectRows>;
  execute(sql: string, args: readonly SqlValue[]): Promise<number>;
}

/** The caller's text, its `?` marks made Prisma's parameters: Prisma numbers them for PostgreSQL. */
function parameterised(sql: string, args: readonly SqlValue[]): Prisma.Sql {
  return new Prisma.Sql(sql.split('?'), args as SqlValue[]);
}

function onTransaction(tx: DatabaseQueries): Statements {
  return {
    async query(sql, args) {
      const rows = await tx.$queryRaw<Array<Record<string, unknown>>>(parameterised(sql, args));
      return { names: rows.length > 0 ? Object.keys(rows[0]!) : [], rows: rows.map((row) => Object.values(row)) };
    },
    execute: (sql, args) => tx.$executeRaw(parameterised(sql, args)),
  };
}

/** Where a repository's statements go: the database, a Prisma transaction or an adapter transaction. */
export type StatementTarget = DatabaseQueries | DirectTransaction;

export function statementsOn(db: StatementTarget): Statements {
  if (db instanceof DirectTransaction) return db;
  return isTransaction(db) ? onTransaction(db) : directSql(db as Database);
}
