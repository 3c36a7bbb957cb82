// Plan rows as Prisma reads them (a version with its goals and items), made into PlanVersions.
import type { Actor, ItemOwner, ItemStatus, JobGoal, PlanStatus, PlanVersion } from '../domain/plan.ts';
import type { Database } from './database.ts';

export const WITH_CONTENT = { goals: { orderBy: { position: 'asc' } }, items: { orderBy: { position: 'asc' } } } as const;

export type PlanRow = Awaited<ReturnType<Database['plan']['findUniqueOrThrow']>> & {
  goals: Array<Awaited<ReturnType<Database['goal']['findUniqueOrThrow']>>>;
  items: Array<Awaited<ReturnType<Database['actionItem']['findUniqueOrThrow']>>>;
};

export function toPlanVersion(row: PlanRow): PlanVersion {
  return {
    id: row.id,
    clientId: row.clientId,
    version: row.version,
    status: row.status as PlanStatus,
    situation: row.situation,
    jobGoals: parseJobGoals(row.jobGoals),
    route: row.route,
    backupPlan: row.backupPlan,
    nextReviewAt: row.nextReviewAt,
    clientAgreedAt: row.clientAgreedAt,
    adviserAgreedAt: row.adviserAgreedAt,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    goals: row.goals.map(({ planId: _planId, ...goal }) => goal),
    items: row.items.map(({ planId: _planId, ...item }) => ({ ...item, owner: item.owner as ItemOwner, status: item.status as ItemStatus, createdBy: item.createdBy as Actor })),
  };
}

function parseJobGoals(json: string): JobGoal[] {
  try {
    const parsed = JSON.parse(json) as unknown;
    return Array.isArray(parsed) ? (parsed as JobGoal[]) : [];
  } catch {
    return [];
  }
}
