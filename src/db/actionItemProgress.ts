// The plan reads reminders need, by item lineage. Every plan WRITE goes through PlanRepository
// (src/db/plans.ts), so each change makes a new version.
import type { Database } from './database.ts';
import type { ActionItem, Plan } from '../generated/sqlite/client.ts';

export type { ActionItem, Plan };

export class ActionItemProgress {
  constructor(private readonly db: Database) {}

  /** The newest plan version that is not superseded. */
  currentPlan(clientId: string): Promise<Plan | null> {
    return this.db.plan.findFirst({ where: { clientId, status: { not: 'superseded' } }, orderBy: { version: 'desc' } });
  }

  itemsOf(planId: string): Promise<ActionItem[]> {
    return this.db.actionItem.findMany({ where: { planId }, orderBy: { position: 'asc' } });
  }

  /** The item as it stands in the newest plan version that holds it. */
  latestItem(lineageId: string): Promise<ActionItem | null> {
    return this.db.actionItem.findFirst({ where: { lineageId }, orderBy: { plan: { version: 'desc' } } });
  }
}
