// One transaction for a use case's writes (src/usecases): the plan, the review history and the
// audit log, made on the same transaction so they are kept together or not at all.
import { AuditLog } from './audit.ts';
import { inTransaction, isUniqueViolation, type Database } from './database.ts';
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
  async run<T>(work: (stores: TransactionStores) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await inTransaction(
          this.db,
          (tx) => work({ plans: new PlanRepository(tx, this.clock), reviews: new ReviewRepository(tx), audit: new AuditLog(tx) }),
          { maxWait: 10_000, timeout: 15_000 },
        );
      } catch (error) {
        if (attempt >= ATTEMPTS || !isUniqueViolation(error)) throw error;
      }
    }
  }
}
