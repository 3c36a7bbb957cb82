// Rows written as one raw multi-row INSERT through Prisma ($executeRaw, so on a transaction it
// joins it, and values are passed as Prisma passes them: dates are stored as its own writes store
// them). Used where Prisma would compile a query plan for every new number of rows (a nested
// create or a createMany): a plan's goals and items, a plan's new reminders. Each caller keeps
// its own constant INSERT text; only values are parameters (test/robustness/noSqlFromStrings).
import { Prisma } from './database.ts';

type RawValue = string | number | Date | null;

// Well under both databases' limits on parameters in one statement.
const ROWS_PER_STATEMENT = 500;

/** One row's values, as parameters: `(?, ?, ...)`. */
export function rowOf(values: readonly RawValue[]): Prisma.Sql {
  return Prisma.sql`(${Prisma.join(values as RawValue[])})`;
}

/** Runs the caller's INSERT with the rows as its VALUES, 500 rows at a time; nothing for no rows. */
export async function insertInChunks(rows: readonly Prisma.Sql[], insert: (values: Prisma.Sql) => Promise<unknown>): Promise<void> {
  for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT) await insert(Prisma.join(rows.slice(at, at + ROWS_PER_STATEMENT)));
}
