// The statements of a change to a plan, inside its transaction: the next version (the one before
// marked superseded, the new one written from a changed copy, its goals and items, an audit event)
// and the agreement stamps. Only constant SQL through `Statements` (statements.ts), so they run the
// same on a Prisma transaction and on the driver adapter's own (DirectSql.transaction).
import { versionAfterChange, type Actor, type ChangeKind, type PlanGoal, type PlanItem, type PlanStatus, type PlanSummary, type PlanVersion } from '../domain/plan.ts';
import { asDateOrNull, asText, decodeRow } from './directSql.ts';
import { factsChanged } from './clientFacts.ts';
import { latestPlanVersion } from './planDirectRead.ts';
import { writePlanContent } from './planContentRows.ts';
import { toPlanVersion } from './planRows.ts';
import { newRowId } from './rowId.ts';
import type { Statements } from './statements.ts';

export type AgreementStamp = Pick<PlanVersion, 'id' | 'status' | 'clientAgreedAt' | 'adviserAgreedAt'>;

/** The changes a new version applies to a copy of the current one. */
export interface Draft {
  summary: PlanSummary;
  nextReviewAt?: Date | null;
  goals: Array<Omit<PlanGoal, 'id'>>;
  items: Array<Omit<PlanItem, 'id'>>;
}

export type ApplyChange = (draft: Draft, sql: Statements) => Promise<void>;

/** `known`: the latest version as the caller read it on this transaction (undefined: read it here). The new version is built from what was written, not read back. */
export async function writeNextVersion(
  sql: Statements,
  change: { clientId: string; by: Actor; kind: ChangeKind; now: Date; apply: ApplyChange },
  known: PlanVersion | null | undefined,
): Promise<PlanVersion> {
  const { clientId, by, kind, now } = change;
  const previous = known !== undefined ? known : await latestPlanVersion(sql, clientId);
  const draft: Draft = {
    summary: previous ? { situation: previous.situation, jobGoals: previous.jobGoals, route: previous.route, backupPlan: previous.backupPlan } : {},
    nextReviewAt: previous?.nextReviewAt ?? null,
    goals: previous?.goals.map(({ id: _id, ...goal }) => ({ ...goal })) ?? [],
    items: previous?.items.map(({ id: _id, ...item }) => ({ ...item })) ?? [],
  };
  await change.apply(draft, sql);
  const agreement = versionAfterChange(previous, kind);
  if (previous) await sql.execute(`UPDATE "Plan" SET "status" = 'superseded' WHERE "id" = ?`, [previous.id]);
  const created = {
    id: newRowId(),
    clientId,
    version: (previous?.version ?? 0) + 1,
    ...agreement,
    situation: draft.summary.situation ?? '',
    jobGoals: JSON.stringify(draft.summary.jobGoals ?? []),
    route: draft.summary.route ?? '',
    backupPlan: draft.summary.backupPlan ?? '',
    nextReviewAt: draft.nextReviewAt ?? null,
    createdBy: by,
    createdAt: now,
  };
  await sql.execute(
    `INSERT INTO "Plan" ("id", "clientId", "version", "status", "situation", "jobGoals", "route", "backupPlan", "nextReviewAt",
       "clientAgreedAt", "adviserAgreedAt", "createdBy", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      created.id,
      created.clientId,
      created.version,
      created.status,
      created.situation,
      created.jobGoals,
      created.route,
      created.backupPlan,
      created.nextReviewAt,
      created.clientAgreedAt,
      created.adviserAgreedAt,
      created.createdBy,
      created.createdAt,
    ],
  );
  // Goals and items go in after the plan (planContentRows.ts says how).
  const { goals, items } = await writePlanContent(sql, created.id, previous, draft);
  factsChanged(clientId);
  await auditPlanEvent(sql, by, `plan.version-${kind}`, created.id, now);
  const planId = created.id;
  return toPlanVersion({ ...created, goals: goals.map((goal) => ({ ...goal, planId })), items: items.map((item) => ({ ...item, planId })) });
}

/** The client's agreement to the latest version, in one statement; null with no plan. */
export async function stampLatestByClient(sql: Statements, clientId: string, now: Date): Promise<AgreementStamp | null> {
  const { names, rows } = await sql.query(
    `UPDATE "Plan" SET "clientAgreedAt" = ?, "status" = 'agreed'
     WHERE "id" = (SELECT "id" FROM "Plan" WHERE "clientId" = ? ORDER BY "version" DESC LIMIT 1)
     RETURNING "id", "adviserAgreedAt"`,
    [now, clientId],
  );
  if (rows.length === 0) return null;
  const { id, adviserAgreedAt } = decodeRow(names, rows[0]!, { id: asText, adviserAgreedAt: asDateOrNull });
  await auditPlanEvent(sql, 'client', 'plan.agreed-by-client', id, now);
  return { id, status: 'agreed', clientAgreedAt: now, adviserAgreedAt };
}

/** The client's or the adviser's agreement stamped on a version they have seen. */
export async function stampVersion(sql: Statements, plan: PlanVersion, who: 'client' | 'adviser', actor: string, now: Date): Promise<AgreementStamp> {
  if (who === 'client') await sql.execute(`UPDATE "Plan" SET "clientAgreedAt" = ?, "status" = 'agreed' WHERE "id" = ?`, [now, plan.id]);
  else await sql.execute(`UPDATE "Plan" SET "adviserAgreedAt" = ? WHERE "id" = ?`, [now, plan.id]);
  await auditPlanEvent(sql, actor, `plan.agreed-by-${who}`, plan.id, now);
  return who === 'client'
    ? { id: plan.id, status: 'agreed' as PlanStatus, clientAgreedAt: now, adviserAgreedAt: plan.adviserAgreedAt }
    : { id: plan.id, status: plan.status, clientAgreedAt: plan.clientAgreedAt, adviserAgreedAt: now };
}

export function auditPlanEvent(sql: Statements, actor: string, action: string, planId: string, at: Date): Promise<number> {
  return sql.execute('INSERT INTO "AuditEvent" ("id", "actor", "action", "subject", "createdAt") VALUES (?, ?, ?, ?, ?)', [newRowId(), actor, action, planId, at]);
}
