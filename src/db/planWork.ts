// One transaction for a use case's writes (src/usecases): the plan, the review history and the
// audit log, made on the same transaction so they are kept together or not at all. A change to the
// plan alone (a goal saved, a plan agreed) runs on the driver adapter's own transaction instead.
import { AuditLog } from './audit.ts';
import { inTransaction, isUniqueViolation, type Database } from './database.ts';
import { directSql } from './directSql.ts';
import { PlanRepository } from './plans.ts';
import { ReviewRepository } from './reviews.ts';
import type { Clock } from '../domain/clock.ts';

export interface TransactionStores {
  plans: PlanRepository;
  reviews: ReviewRepository;
  audit: AuditLog;
}

const ATTEMPTS = 3;

export class PlanWork {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** A clash on a unique index (two changes at once) runs the whole work again, from fresh reads. */
  run<T>(work: (stores: TransactionStores) => Promise<T>): Promise<T> {
    return again(() =>
      inTransaction(this.db, (tx) => work({ plans: new PlanRepository(tx, this.clock), reviews: new ReviewRepository(tx), audit: new AuditLog(tx) }), {
        maxWait: 10_000,
        timeout: 15_000,
      }),
    );
  }

  /**
   * run() for work on the plan alone, on the driver adapter's own transaction (DirectSql.transaction):
   * every statement of a plan change is a direct one (planVersionWrites.ts), and Prisma's
   * transaction sent each through its request pipeline, a goal save's largest cost.
   */
  runOnPlan<T>(work: (plans: PlanRepository) => Promise<T>): Promise<T> {
    return again(() => directSql(this.db).transaction((tx) => work(new PlanRepository(tx, this.clock))));
  }
}

/** Runs the attempt again on a clash on a unique index (two changes at once), up to three times in all. */
export async function again<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tried = 1; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      if (tried >= ATTEMPTS || !isUniqueViolation(error)) throw error;
    }
  }
}
