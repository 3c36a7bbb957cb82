// The plan reads reminders need, by item lineage. Every plan WRITE goes through PlanRepository
// (src/db/plans.ts), so each change makes a new version.
import type { Database } from './database.ts';
import type { ActionItem } from '../generated/sqlite/client.ts';

export type { ActionItem };

export class ActionItemProgress {
  constructor(private readonly db: Database) {}

  /** The item as it stands in the newest plan version that holds it. */
  latestItem(lineageId: string): Promise<ActionItem | null> {
    return this.db.actionItem.findFirst({ where: { lineageId }, orderBy: { plan: { version: 'desc' } } });
  }

  /** The same, only when the step is in this client's plan: a button's data is never trusted alone. */
  latestItemOf(clientId: string, lineageId: string): Promise<ActionItem | null> {
    return this.db.actionItem.findFirst({ where: { lineageId, plan: { clientId } }, orderBy: { plan: { version: 'desc' } } });
  }
}

/** Each lineage's item as it stands in the newest plan version holding it, in one query. */
export async function latestItems(db: Database, lineageIds: readonly string[]): Promise<Map<string, ActionItem>> {
  const latest = new Map<string, ActionItem>();
  if (lineageIds.length === 0) return latest;
  const rows = await db.actionItem.findMany({ where: { lineageId: { in: [...new Set(lineageIds)] } }, orderBy: { plan: { version: 'desc' } } });
  for (const row of rows) if (!latest.has(row.lineageId)) latest.set(row.lineageId, row);
  return latest;
}
