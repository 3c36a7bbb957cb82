// Individual action plans, kept as versions: every change writes a new version (goals and items
// copied across with the same lineage ids) and marks the one before as superseded, in one
// transaction. Nothing is overwritten, except the agreement stamps of the version agreed to.
import { randomUUID } from 'node:crypto';
import { changeKindForStatus, type Actor, type ChangeKind, type ItemStatus, type NewGoal, type NewItem, type PlanGoal, type PlanItem, type PlanSummary, type PlanVersion } from '../domain/plan.ts';
import { systemClock, type Clock } from '../domain/clock.ts';
import { isTransaction, isUniqueViolation, type Database, type DatabaseQueries } from './database.ts';
import { DirectTransaction, directSql } from './directSql.ts';
import { newRowId } from './rowId.ts';
import { toPlanVersion, WITH_CONTENT } from './planRows.ts';
import { latestPlanVersion } from './planDirectRead.ts';
import { statementsOn, type StatementTarget, type Statements } from './statements.ts';
import { stampLatestByClient, stampVersion, writeNextVersion, type AgreementStamp, type ApplyChange } from './planVersionWrites.ts';

export type { NewGoal, NewItem, PlanGoal, PlanItem, PlanSummary, PlanVersion, AgreementStamp };

export class PlanNotFoundError extends Error {
  constructor(what: string) {
    super(`No plan found for ${what}`);
    this.name = 'PlanNotFoundError';
  }
}

/** Every change is one transaction; made on a transaction (see src/usecases), it joins that one. */
export class PlanRepository {
  /** On the database, a Prisma transaction, or an adapter transaction (DirectSql.transaction; see PlanWork.runOnPlan). */
  constructor(
    private readonly db: StatementTarget,
    private readonly clock: Clock = systemClock,
  ) {}

  /** The latest version, whatever its status; null before the first goal. Outside a transaction, in direct statements. */
  async currentPlan(clientId: string): Promise<PlanVersion | null> {
    return latestPlanVersion(statementsOn(this.db), clientId);
  }

  /** Every version, oldest first: the history of the plan. */
  async planVersions(clientId: string): Promise<PlanVersion[]> {
    const rows = await this.prisma().plan.findMany({ where: { clientId }, orderBy: { version: 'asc' }, include: WITH_CONTENT });
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
    const apply: ApplyChange = async (draft, sql) => {
      const goalLineageId = randomUUID();
      const confidence = goal.confidenceRatings?.at(-1) ?? null;
      draft.summary = { ...draft.summary, ...options.summary };
      if (options.nextReviewAt !== undefined) draft.nextReviewAt = options.nextReviewAt;
      draft.goals.push({ lineageId: goalLineageId, position: draft.goals.length, text: goal.text, jobGoal: goal.jobGoal ?? null, confidence, dueAt: goal.dueAt ?? null });
      for (const item of goal.items) draft.items.push(newItem(item, draft.items.length, by, now, goalLineageId));
      for (const value of goal.confidenceRatings ?? []) {
        await sql.execute(`INSERT INTO "ConfidenceRating" ("id", "clientId", "value", "context", "recordedAt") VALUES (?, ?, ?, 'goal', ?)`, [newRowId(), clientId, value, now]);
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
    const item = await this.prisma().actionItem.findFirst({ where: { lineageId: itemLineageId }, select: { owner: true, plan: { select: { clientId: true } } } });
    if (!item) throw new PlanNotFoundError(`item ${itemLineageId}`);
    if (item.owner !== 'adviser') throw new Error(`Item ${itemLineageId} belongs to the client, not the adviser`);
    const plan = await this.changeItemStatus(item.plan.clientId, itemLineageId, 'done', 'adviser');
    await this.prisma().auditEvent.create({ data: { actor: `adviser:${adviserId}`, action: 'plan.adviser-item-done', subject: plan.id, createdAt: this.clock.now() } });
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
    return this.inTransaction((sql) => stampLatestByClient(sql, clientId, this.clock.now()));
  }

  async agreeAsAdviser(clientId: string, adviserId: string): Promise<PlanVersion> {
    return this.stampAgreement(clientId, 'adviser', `adviser:${adviserId}`);
  }

  private async stampAgreement(clientId: string, who: 'client' | 'adviser', actor: string): Promise<PlanVersion> {
    return this.inTransaction(async (sql) => {
      const current = await latestPlanVersion(sql, clientId);
      if (!current) throw new PlanNotFoundError(`client ${clientId}`);
      return { ...current, ...(await stampVersion(sql, current, who, actor, this.clock.now())) };
    });
  }

  /**
   * Copies the current version, lets `apply` change the copy, and writes it as the next version
   * (planVersionWrites.ts). Two changes at once both aim at the same version number; the unique
   * index lets only one win, so the other starts again from the new current version.
   */
  private async change(clientId: string, by: Actor, kind: ChangeKind, apply: ApplyChange, known?: PlanVersion | null): Promise<PlanVersion> {
    for (let attempt = 1; ; attempt++) {
      try {
        // A retry follows a clash: what the caller read is out of date by then.
        const current = attempt === 1 ? known : undefined;
        return await this.inTransaction((sql) => writeNextVersion(sql, { clientId, by, kind, now: this.clock.now(), apply }, current));
      } catch (error) {
        if (attempt >= 3 || this.joined() || !isUniqueViolation(error)) throw error;
      }
    }
  }

  /** On a transaction already, it joins it (the caller retries); on the database, it opens the adapter's own. */
  private inTransaction<T>(work: (sql: Statements) => Promise<T>): Promise<T> {
    return this.joined() ? work(statementsOn(this.db)) : directSql(this.db as Database).transaction(work);
  }

  private joined(): boolean {
    return this.db instanceof DirectTransaction || isTransaction(this.db);
  }

  /** The few reads and writes still made through Prisma's models: not on an adapter transaction. */
  private prisma(): DatabaseQueries {
    if (this.db instanceof DirectTransaction) throw new Error('This plan store is on an adapter transaction: use it for plan changes only');
    return this.db;
  }
}

function newItem(item: NewItem, position: number, by: Actor, now: Date, goalLineageId: string | null): Omit<PlanItem, 'id'> {
  return { lineageId: randomUUID(), goalLineageId, position, text: item.text, owner: item.owner, dueAt: item.dueAt ?? null, status: 'open', createdBy: by, createdAt: now, completedAt: null };
}
