// Individual action plans, kept as versions: every change writes a new version (goals and items
// copied across with the same lineage ids) and marks the one before as superseded, in one
// transaction. Nothing is overwritten, except the agreement stamps of the version agreed to.
import { randomUUID } from 'node:crypto';
import {
  changeKindForStatus,
  versionAfterChange,
  type Actor,
  type ChangeKind,
  type ItemStatus,
  type NewGoal,
  type NewItem,
  type PlanGoal,
  type PlanItem,
  type PlanStatus,
  type PlanSummary,
  type PlanVersion,
} from '../domain/plan.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import { inTransaction, isTransaction, isUniqueViolation, type Database, type DatabaseQueries } from './database.ts';
import { factsChanged } from './clientFacts.ts';
import { newRowId } from './rowId.ts';
import { writePlanContent } from './planContentRows.ts';
import { toPlanVersion, WITH_CONTENT } from './planRows.ts';
import { latestPlanVersion } from './planDirectRead.ts';
import { statementsOn } from './statements.ts';
import { asDateOrNull, asText, decodeRow } from './directSql.ts';

export type { NewGoal, NewItem, PlanGoal, PlanItem, PlanSummary, PlanVersion };
export type AgreementStamp = Pick<PlanVersion, 'id' | 'status' | 'clientAgreedAt' | 'adviserAgreedAt'>;

type Transaction = DatabaseQueries;

/** The changes a new version applies to a copy of the current one. */
interface Draft {
  summary: PlanSummary;
  nextReviewAt?: Date | null;
  goals: Array<Omit<PlanGoal, 'id'>>;
  items: Array<Omit<PlanItem, 'id'>>;
}

export class PlanNotFoundError extends Error {
  constructor(what: string) {
    super(`No plan found for ${what}`);
    this.name = 'PlanNotFoundError';
  }
}

/** Every change is one transaction; made on a transaction (see src/usecases), it joins that one. */
export class PlanRepository {
  constructor(
    private readonly db: DatabaseQueries,
    private readonly clock: Clock = systemClock,
  ) {}

  /** The latest version, whatever its status; null before the first goal. Outside a transaction, in direct statements. */
  async currentPlan(clientId: string): Promise<PlanVersion | null> {
    return latestPlanVersion(this.db, clientId);
  }

  /** Every version, oldest first: the history of the plan. */
  async planVersions(clientId: string): Promise<PlanVersion[]> {
    const rows = await this.db.plan.findMany({ where: { clientId }, orderBy: { version: 'asc' }, include: WITH_CONTENT });
    return rows.map(toPlanVersion);
  }

  /**
   * A new goal with its action items; the first plan starts from the client's job goals.
   * `current`: the latest version (or null) as the caller has just read it on this same
   * transaction, so it is not read twice.
   */
  async addGoalWithItems(
    clientId: string,
    goal: NewGoal,
    options: { by?: Actor; summary?: PlanSummary; nextReviewAt?: Date | null; current?: PlanVersion | null } = {},
  ): Promise<PlanVersion> {
    const by = options.by ?? 'client';
    const now = this.clock.now();
    const apply = async (draft: Draft, tx: Transaction): Promise<void> => {
      const goalLineageId = randomUUID();
      const confidence = goal.confidenceRatings?.at(-1) ?? null;
      draft.summary = { ...draft.summary, ...options.summary };
      if (options.nextReviewAt !== undefined) draft.nextReviewAt = options.nextReviewAt;
      draft.goals.push({ lineageId: goalLineageId, position: draft.goals.length, text: goal.text, jobGoal: goal.jobGoal ?? null, confidence, dueAt: goal.dueAt ?? null });
      for (const item of goal.items) draft.items.push(newItem(item, draft.items.length, by, now, goalLineageId));
      for (const value of goal.confidenceRatings ?? []) {
        await tx.$executeRaw`INSERT INTO "ConfidenceRating" ("id", "clientId", "value", "context", "recordedAt") VALUES (${newRowId()}, ${clientId}, ${value}, 'goal', ${now})`;
      }
    };
    return this.change(clientId, by, 'content', apply, options.current);
  }

  /** Done, partly done, not done or dropped: a new version that keeps the item's lineage. */
  async changeItemStatus(clientId: string, itemLineageId: string, status: ItemStatus, by: Actor): Promise<PlanVersion> {
    const now = this.clock.now();
    return this.change(clientId, by, changeKindForStatus(status), async (draft) => {
      const item = draft.items.find((candidate) => candidate.lineageId === itemLineageId);
      if (!item) throw new PlanNotFoundError(`item ${itemLineageId}`);
      item.status = status;
      item.completedAt = status === 'done' ? now : null;
    });
  }

  /** Something the adviser promised to do, shown to the client with its date. */
  async addAdviserItem(clientId: string, text: string, dueAt: Date | null, goalLineageId: string | null = null): Promise<PlanVersion> {
    return this.addItem(clientId, { text, owner: 'adviser', dueAt, goalLineageId }, 'adviser');
  }

  /** One more action item (a review's next step, say) in a new version the client agrees to. */
  async addItem(clientId: string, item: NewItem & { goalLineageId?: string | null }, by: Actor): Promise<PlanVersion> {
    const now = this.clock.now();
    return this.change(clientId, by, 'content', async (draft) => {
      draft.items.push(newItem(item, draft.items.length, by, now, item.goalLineageId ?? null));
    });
  }

  /** A new day for an item, open again: what was agreed changes, so the client agrees again. */
  async moveItemDueDate(clientId: string, itemLineageId: string, dueAt: Date | null, by: Actor): Promise<PlanVersion> {
    return this.change(clientId, by, 'content', async (draft) => {
      const item = draft.items.find((candidate) => candidate.lineageId === itemLineageId);
      if (!item) throw new PlanNotFoundError(`item ${itemLineageId}`);
      Object.assign(item, { dueAt, status: 'open', completedAt: null });
    });
  }

  async markAdviserItemDone(itemLineageId: string, adviserId: string): Promise<PlanVersion> {
    const item = await this.db.actionItem.findFirst({ where: { lineageId: itemLineageId }, select: { owner: true, plan: { select: { clientId: true } } } });
    if (!item) throw new PlanNotFoundError(`item ${itemLineageId}`);
    if (item.owner !== 'adviser') throw new Error(`Item ${itemLineageId} belongs to the client, not the adviser`);
    const plan = await this.changeItemStatus(item.plan.clientId, itemLineageId, 'done', 'adviser');
    await this.db.auditEvent.create({ data: { actor: `adviser:${adviserId}`, action: 'plan.adviser-item-done', subject: plan.id, createdAt: this.clock.now() } });
    return plan;
  }

  async setNextReview(clientId: string, date: Date | null, by: Actor = 'bot'): Promise<PlanVersion> {
    return this.change(clientId, by, 'progress', async (draft) => {
      draft.nextReviewAt = date;
    });
  }

  /** The situation, job goals, route and back-up plan, as the client tells them. */
  async updateSummary(clientId: string, summary: PlanSummary, by: Actor = 'client'): Promise<PlanVersion> {
    return this.change(clientId, by, 'content', async (draft) => {
      draft.summary = { ...draft.summary, ...summary };
    });
  }

  /** "I agree to this plan": the client's agreement to the current version, with the time. */
  async agree(clientId: string): Promise<PlanVersion> {
    return this.stampAgreement(clientId, 'client', 'client');
  }

  /** agree() for a caller that needs only the stamps: no goals or items are read. Null with no plan. */
  async agreeLatest(clientId: string): Promise<AgreementStamp | null> {
    return this.inTransaction(async (tx) => {
      const now = this.clock.now();
      const { names, rows } = await statementsOn(tx).query(
        `UPDATE "Plan" SET "clientAgreedAt" = ?, "status" = 'agreed'
         WHERE "id" = (SELECT "id" FROM "Plan" WHERE "clientId" = ? ORDER BY "version" DESC LIMIT 1)
         RETURNING "id", "adviserAgreedAt"`,
        [now, clientId],
      );
      if (rows.length === 0) return null;
      const { id, adviserAgreedAt } = decodeRow(names, rows[0]!, { id: asText, adviserAgreedAt: asDateOrNull });
      await auditPlanEvent(tx, 'client', 'plan.agreed-by-client', id, now);
      return { id, status: 'agreed', clientAgreedAt: now, adviserAgreedAt };
    });
  }

  async agreeAsAdviser(clientId: string, adviserId: string): Promise<PlanVersion> {
    return this.stampAgreement(clientId, 'adviser', `adviser:${adviserId}`);
  }

  private async stampAgreement(clientId: string, who: 'client' | 'adviser', actor: string): Promise<PlanVersion> {
    return this.inTransaction(async (tx) => {
      const current = await latestPlanVersion(tx, clientId);
      if (!current) throw new PlanNotFoundError(`client ${clientId}`);
      return { ...current, ...(await this.stamp(tx, current.id, who, actor)) };
    });
  }

  private async stamp(tx: Transaction, planId: string, who: 'client' | 'adviser', actor: string): Promise<AgreementStamp> {
    const now = this.clock.now();
    const stamped = await tx.plan.update({
      where: { id: planId },
      data: who === 'client' ? { clientAgreedAt: now, status: 'agreed' } : { adviserAgreedAt: now },
      select: { id: true, status: true, clientAgreedAt: true, adviserAgreedAt: true },
    });
    await auditPlanEvent(tx, actor, `plan.agreed-by-${who}`, planId, now);
    return { ...stamped, status: stamped.status as PlanStatus };
  }

  /**
   * Copies the current version, lets `apply` change the copy, and writes it as the next version.
   * Two changes at once both aim at the same version number; the unique index lets only one win,
   * so the other starts again from the new current version.
   */
  private async change(
    clientId: string,
    by: Actor,
    kind: ChangeKind,
    apply: (draft: Draft, tx: Transaction) => Promise<void>,
    known?: PlanVersion | null,
  ): Promise<PlanVersion> {
    for (let attempt = 1; ; attempt++) {
      try {
        // A retry follows a clash: what the caller read is out of date by then.
        const current = attempt === 1 ? known : undefined;
        return await this.inTransaction((tx) => this.writeNextVersion(tx, clientId, by, kind, apply, current));
      } catch (error) {
        if (attempt >= 3 || isTransaction(this.db) || !isUniqueViolation(error)) throw error;
      }
    }
  }

  private inTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return isTransaction(this.db) ? work(this.db) : inTransaction(this.db as Database, work);
  }

  /** The new version is built from what was written, not read back. */
  private async writeNextVersion(
    tx: Transaction,
    clientId: string,
    by: Actor,
    kind: ChangeKind,
    apply: (draft: Draft, tx: Transaction) => Promise<void>,
    known: PlanVersion | null | undefined,
  ): Promise<PlanVersion> {
    const now = this.clock.now();
    const previous = known !== undefined ? known : await latestPlanVersion(tx, clientId);
    const draft: Draft = {
      summary: previous ? { situation: previous.situation, jobGoals: previous.jobGoals, route: previous.route, backupPlan: previous.backupPlan } : {},
      nextReviewAt: previous?.nextReviewAt ?? null,
      goals: previous?.goals.map(({ id: _id, ...goal }) => ({ ...goal })) ?? [],
      items: previous?.items.map(({ id: _id, ...item }) => ({ ...item })) ?? [],
    };
    await apply(draft, tx);
    const agreement = versionAfterChange(previous, kind);
    if (previous) await tx.$executeRaw`UPDATE "Plan" SET "status" = 'superseded' WHERE "id" = ${previous.id}`;
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
    await statementsOn(tx).execute(
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
    const { goals, items } = await writePlanContent(tx, created.id, previous, draft);
    factsChanged(clientId);
    await auditPlanEvent(tx, by, `plan.version-${kind}`, created.id, now);
    const planId = created.id;
    return toPlanVersion({ ...created, goals: goals.map((goal) => ({ ...goal, planId })), items: items.map((item) => ({ ...item, planId })) });
  }
}

function newItem(item: NewItem, position: number, by: Actor, now: Date, goalLineageId: string | null): Omit<PlanItem, 'id'> {
  return { lineageId: randomUUID(), goalLineageId, position, text: item.text, owner: item.owner, dueAt: item.dueAt ?? null, status: 'open', createdBy: by, createdAt: now, completedAt: null };
}

// The goal-saving and agreeing turns write these in their transaction as raw statements: Prisma's
// create runs its query compiler for each, several times the statement's own cost.
function auditPlanEvent(tx: Transaction, actor: string, action: string, planId: string, at: Date): Promise<number> {
  return tx.$executeRaw`INSERT INTO "AuditEvent" ("id", "actor", "action", "subject", "createdAt") VALUES (${newRowId()}, ${actor}, ${action}, ${planId}, ${at})`;
}
