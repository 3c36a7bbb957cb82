// A new plan version's goals and items, written as one multi-row INSERT each inside the version's
// transaction (rawRows.ts). Prisma compiles a query plan for every new shape of a nested create,
// and a plan's shape changes with nearly every save (one more goal, one more step): 15 to 20 ms
// of CPU a save, against about 1 ms for these statements (one client, plans of 6 to 35 goals).
import type { DatabaseQueries } from './database.ts';
import type { PlanGoal, PlanItem } from '../domain/plan.ts';
import { insertInChunks, rowOf } from './rawRows.ts';

export function insertGoals(tx: DatabaseQueries, planId: string, goals: readonly PlanGoal[]): Promise<void> {
  const rows = goals.map((goal) => rowOf([goal.id, planId, goal.lineageId, goal.position, goal.text, goal.jobGoal, goal.confidence, goal.dueAt]));
  return insertInChunks(rows, (values) => tx.$executeRaw`INSERT INTO "Goal" ("id", "planId", "lineageId", "position", "text", "jobGoal", "confidence", "dueAt") VALUES ${values}`);
}

export function insertItems(tx: DatabaseQueries, planId: string, items: readonly PlanItem[]): Promise<void> {
  const rows = items.map((item) =>
    rowOf([item.id, planId, item.lineageId, item.goalLineageId, item.position, item.text, item.owner, item.dueAt, item.status, item.createdBy, item.createdAt, item.completedAt]),
  );
  return insertInChunks(
    rows,
    (values) =>
      tx.$executeRaw`INSERT INTO "ActionItem" ("id", "planId", "lineageId", "goalLineageId", "position", "text", "owner", "dueAt", "status", "createdBy", "createdAt", "completedAt") VALUES ${values}`,
  );
}
