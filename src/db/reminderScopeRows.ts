// The reminder rows a change to a few steps brings in line (a goal saved names its new steps, and
// the review when it moved), read and written in direct statements (directSql.ts): a statement per
// step and one for the review, and the new rows a statement each. With many steps named (a whole
// plan synced) the repository reads them in one Prisma query instead.
import type { Reminder } from '../generated/sqlite/client.ts';
import type { PlannedReminder } from '../domain/reminderTiming.ts';
import type { Database } from './database.ts';
import { asDate, asText, asTextOrNull, decodeRow, directSql, type Columns } from './directSql.ts';
import { newRowId } from './rowId.ts';
import type { PendingReplacement } from './reminders.ts';

export type ScopeRow = Pick<Reminder, 'id' | 'key' | 'status' | 'sendAt' | 'clientId' | 'kind' | 'itemLineageId'>;

const COLUMNS: Columns<ScopeRow> = { id: asText, key: asText, status: asText, sendAt: asDate, clientId: asText, kind: asText, itemLineageId: asTextOrNull };

/** More steps than this are read in one query, not a statement each. */
export const FEW_STEPS = 4;

/**
 * Every reminder row of the steps and review named (any status): the pending ones in scope and the
 * planned ones that exist already. Null when the parts name more than a few steps, or plan a
 * reminder outside what they name (then only the repository's one query finds it).
 */
export async function rowsOfFewSteps(db: Database, clientId: string, parts: readonly PendingReplacement[]): Promise<ScopeRow[] | null> {
  const steps = new Set<string>();
  let review = false;
  for (const { scope } of parts) {
    if ('itemLineageId' in scope) steps.add(scope.itemLineageId);
    else if ('itemLineageIds' in scope) for (const id of scope.itemLineageIds) steps.add(id);
    else if (scope.reviewOf === clientId) review = true;
    else return null;
  }
  const planned = parts.flatMap((part) => part.planned);
  const covered = (reminder: PlannedReminder) => (reminder.itemLineageId ? steps.has(reminder.itemLineageId) : review && reminder.kind === 'review-due');
  if (steps.size > FEW_STEPS || !planned.every(covered)) return null;
  const sql = directSql(db);
  const rows: ScopeRow[] = [];
  for (const step of steps) {
    const found = await sql.query('SELECT "id", "key", "status", "sendAt", "clientId", "kind", "itemLineageId" FROM "Reminder" WHERE "itemLineageId" = ?', [step]);
    rows.push(...found.rows.map((row) => decodeRow(found.names, row, COLUMNS)));
  }
  if (review) {
    const found = await sql.query(`SELECT "id", "key", "status", "sendAt", "clientId", "kind", "itemLineageId" FROM "Reminder" WHERE "clientId" = ? AND "kind" = 'review-due'`, [
      clientId,
    ]);
    rows.push(...found.rows.map((row) => decodeRow(found.names, row, COLUMNS)));
  }
  return rows;
}

/** New pending rows a statement each; a key made meanwhile elsewhere is left as it is. */
export async function insertFewReminders(db: Database, clientId: string, reminders: readonly PlannedReminder[]): Promise<void> {
  const sql = directSql(db);
  const now = new Date();
  for (const { key, kind, itemLineageId, sendAt } of reminders) {
    await sql.execute(
      `INSERT INTO "Reminder" ("id", "key", "clientId", "kind", "itemLineageId", "sendAt", "status", "attempts", "createdAt")
       VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?) ON CONFLICT ("key") DO NOTHING`,
      [newRowId(), key, clientId, kind, itemLineageId, sendAt, now],
    );
  }
}
