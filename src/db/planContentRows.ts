// A new plan version's goals and items, inside the version's transaction. The goals and items it
// shares with the version before, in the same places (all of them when a goal is added at the end,
// those before the first changed step when a step changes), are copied by the database from that
// version's rows, whatever their number: one short statement each. The rest (the new goal and its
// steps, a changed step and those after it) go in a row at a time, in constant statements that run
// the same on a Prisma transaction and on the adapter's own (statements.ts).
import type { PlanGoal, PlanItem, PlanVersion } from '../domain/plan.ts';
import { newRowId } from './rowId.ts';
import type { Statements } from './statements.ts';

type Unsaved<T> = Omit<T, 'id'>;

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

function sameGoal(a: Unsaved<PlanGoal>, b: PlanGoal): boolean {
  return a.lineageId === b.lineageId && a.text === b.text && a.jobGoal === b.jobGoal && a.confidence === b.confidence && sameTime(a.dueAt, b.dueAt);
}

function sameItem(a: Unsaved<PlanItem>, b: PlanItem): boolean {
  return (
    a.lineageId === b.lineageId &&
    a.goalLineageId === b.goalLineageId &&
    a.text === b.text &&
    a.owner === b.owner &&
    a.status === b.status &&
    a.createdBy === b.createdBy &&
    sameTime(a.dueAt, b.dueAt) &&
    sameTime(a.createdAt, b.createdAt) &&
    sameTime(a.completedAt, b.completedAt)
  );
}

/** How many leading rows are the previous version's own, at the same positions. */
function sharedLead<D, P extends { position: number }>(draft: readonly D[], previous: readonly P[] | undefined, same: (d: D, p: P) => boolean): number {
  let count = 0;
  while (previous && count < draft.length && count < previous.length && previous[count]!.position === count && same(draft[count]!, previous[count]!)) count++;
  return count;
}

/** Writes the new version's goals and items; returns them as written, with their ids and positions. */
export async function writePlanContent(
  sql: Statements,
  planId: string,
  previous: PlanVersion | null,
  draft: { goals: ReadonlyArray<Unsaved<PlanGoal>>; items: ReadonlyArray<Unsaved<PlanItem>> },
): Promise<{ goals: PlanGoal[]; items: PlanItem[] }> {
  // A copied row's id is this prefix and its position: unique, as positions are within a plan.
  const prefix = `${newRowId()}-`;
  const copiedGoals = sharedLead(draft.goals, previous?.goals, sameGoal);
  const copiedItems = sharedLead(draft.items, previous?.items, sameItem);
  const goals = draft.goals.map((goal, position) => ({ ...goal, id: position < copiedGoals ? `${prefix}g${position}` : newRowId(), position }));
  const items = draft.items.map((item, position) => ({ ...item, id: position < copiedItems ? `${prefix}i${position}` : newRowId(), position }));
  if (previous && copiedGoals > 0) {
    await sql.execute(
      `INSERT INTO "Goal" ("id", "planId", "lineageId", "position", "text", "jobGoal", "confidence", "dueAt")
       SELECT ? || "position", ?, "lineageId", "position", "text", "jobGoal", "confidence", "dueAt"
       FROM "Goal" WHERE "planId" = ? AND "position" < ?`,
      [`${prefix}g`, planId, previous.id, copiedGoals],
    );
  }
  if (previous && copiedItems > 0) {
    await sql.execute(
      `INSERT INTO "ActionItem" ("id", "planId", "lineageId", "goalLineageId", "position", "text", "owner", "dueAt", "status", "createdBy", "createdAt", "completedAt")
       SELECT ? || "position", ?, "lineageId", "goalLineageId", "position", "text", "owner", "dueAt", "status", "createdBy", "createdAt", "completedAt"
       FROM "ActionItem" WHERE "planId" = ? AND "position" < ?`,
      [`${prefix}i`, planId, previous.id, copiedItems],
    );
  }
  for (const goal of goals.slice(copiedGoals)) {
    await sql.execute('INSERT INTO "Goal" ("id", "planId", "lineageId", "position", "text", "jobGoal", "confidence", "dueAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
      goal.id,
      planId,
      goal.lineageId,
      goal.position,
      goal.text,
      goal.jobGoal,
      goal.confidence,
      goal.dueAt,
    ]);
  }
  for (const item of items.slice(copiedItems)) {
    await sql.execute(
      `INSERT INTO "ActionItem" ("id", "planId", "lineageId", "goalLineageId", "position", "text", "owner", "dueAt", "status", "createdBy", "createdAt", "completedAt")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [item.id, planId, item.lineageId, item.goalLineageId, item.position, item.text, item.owner, item.dueAt, item.status, item.createdBy, item.createdAt, item.completedAt],
    );
  }
  return { goals, items };
}
