// The latest plan version with its goals and items, in three direct statements (statements.ts)
// instead of one Prisma call with includes: "My plan" and the plan card read it on every showing,
// and every change to a plan reads it in its transaction first.
// It reads what Prisma reads (test/db/planDirectRead.test.ts compares them on both databases).
import type { PlanVersion } from '../domain/plan.ts';
import type { ActionItem, Goal, Plan } from '../generated/sqlite/client.ts';
import { asDate, asDateOrNull, asNumber, asNumberOrNull, asText, asTextOrNull, decodeRow, type Columns } from './directSql.ts';
import type { Statements } from './statements.ts';
import { toPlanVersion } from './planRows.ts';

/** Every column of each table: the type check fails here when the schema gains one. */
const PLAN_COLUMNS: Columns<Plan> = {
  id: asText,
  clientId: asText,
  version: asNumber,
  status: asText,
  situation: asText,
  jobGoals: asText,
  route: asText,
  backupPlan: asText,
  nextReviewAt: asDateOrNull,
  clientAgreedAt: asDateOrNull,
  adviserAgreedAt: asDateOrNull,
  createdBy: asText,
  createdAt: asDate,
};

const GOAL_COLUMNS: Columns<Goal> = {
  id: asText,
  planId: asText,
  lineageId: asText,
  position: asNumber,
  text: asText,
  jobGoal: asTextOrNull,
  confidence: asNumberOrNull,
  dueAt: asDateOrNull,
};

const ITEM_COLUMNS: Columns<ActionItem> = {
  id: asText,
  planId: asText,
  lineageId: asText,
  goalLineageId: asTextOrNull,
  position: asNumber,
  text: asText,
  owner: asText,
  dueAt: asDateOrNull,
  status: asText,
  createdBy: asText,
  createdAt: asDate,
  completedAt: asDateOrNull,
};

/** On the database or in a transaction (statementsOn: it then reads what the transaction has written). */
export async function latestPlanVersion(sql: Statements, clientId: string): Promise<PlanVersion | null> {
  const plan = await sql.query(
    `SELECT "id", "clientId", "version", "status", "situation", "jobGoals", "route", "backupPlan", "nextReviewAt",
       "clientAgreedAt", "adviserAgreedAt", "createdBy", "createdAt"
     FROM "Plan" WHERE "clientId" = ? ORDER BY "version" DESC LIMIT 1`,
    [clientId],
  );
  if (plan.rows.length === 0) return null;
  const row = decodeRow(plan.names, plan.rows[0]!, PLAN_COLUMNS);
  const goals = await sql.query(
    'SELECT "id", "planId", "lineageId", "position", "text", "jobGoal", "confidence", "dueAt" FROM "Goal" WHERE "planId" = ? ORDER BY "position"',
    [row.id],
  );
  const items = await sql.query(
    `SELECT "id", "planId", "lineageId", "goalLineageId", "position", "text", "owner", "dueAt", "status", "createdBy", "createdAt", "completedAt"
     FROM "ActionItem" WHERE "planId" = ? ORDER BY "position"`,
    [row.id],
  );
  return toPlanVersion({
    ...row,
    goals: goals.rows.map((goal) => decodeRow(goals.names, goal, GOAL_COLUMNS)),
    items: items.rows.map((item) => decodeRow(items.names, item, ITEM_COLUMNS)),
  });
}
