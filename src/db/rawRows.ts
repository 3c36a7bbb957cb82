// Rows written as one raw multi-row INSERT through Prisma ($executeRaw, so on a transaction it
// joins it, and values are passed as Prisma passes them: dates are stored as its own writes store
// them). Used where Prisma would compile a query plan for every new number of rows (a nested
// create or a createMany): a plan's goals and items, a plan's new reminders.
import { Prisma, type DatabaseQueries } from './database.ts';

type RawValue = string | number | Date | null;

// Well under both databases' limits on parameters in one statement.
const ROWS_PER_STATEMENT = 500;

/** table and columns: constant names from this code, never from input (they are not parameters). */
export async function insertRows(db: DatabaseQueries, table: string, columns: readonly string[], rows: readonly (readonly RawValue[])[]): Promise<void> {
  const names = Prisma.raw(columns.map((column) => `"${column}"`).join(', '));
  for (let at = 0; at < rows.length; at += ROWS_PER_STATEMENT) {
    const values = rows.slice(at, at + ROWS_PER_STATEMENT).map((row) => Prisma.sql`(${Prisma.join(row as RawValue[])})`);
    await db.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${names}) VALUES ${Prisma.join(values)}`;
  }
}
