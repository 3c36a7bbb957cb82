// A client's rows in any table, found by a `where` from the privacy map (src/privacy/clientData.ts):
// the one place export, erasure and retention read or delete table by table.
import { Prisma, type Database } from './database.ts';

export type ModelName = Prisma.ModelName;
export type RowFilter = Record<string, unknown>;
export type ClientRow = Record<string, unknown>;

/** Every model in the schema. */
export const MODEL_NAMES = Object.values(Prisma.ModelName) as ModelName[];

interface Delegate {
  findMany(args: { where: RowFilter }): Promise<ClientRow[]>;
  deleteMany(args: { where: RowFilter }): Promise<{ count: number }>;
}

type Queries = Parameters<Parameters<Database['$transaction']>[0]>[0];

function delegateFor(db: Queries, model: ModelName): Delegate {
  const name = model.charAt(0).toLowerCase() + model.slice(1);
  return (db as unknown as Record<string, Delegate>)[name]!;
}

export function findRows(db: Database, model: ModelName, where: RowFilter): Promise<ClientRow[]> {
  return delegateFor(db, model).findMany({ where });
}

/** Deletes each table's rows in the order given, all in one transaction (or none); counts per table. */
export async function deleteRowsTogether(db: Database, steps: ReadonlyArray<{ model: ModelName; where: RowFilter }>): Promise<Partial<Record<ModelName, number>>> {
  const removed: Partial<Record<ModelName, number>> = {};
  await db.$transaction(async (tx) => {
    for (const { model, where } of steps) {
      const { count } = await delegateFor(tx, model).deleteMany({ where });
      if (count) removed[model] = count;
    }
  });
  return removed;
}

/** Deletes each table's rows in turn, without a transaction (a sweep that may simply run again). */
export async function deleteRows(db: Database, steps: ReadonlyArray<{ model: ModelName; where: RowFilter }>): Promise<number> {
  let removed = 0;
  for (const { model, where } of steps) removed += (await delegateFor(db, model).deleteMany({ where })).count;
  return removed;
}
