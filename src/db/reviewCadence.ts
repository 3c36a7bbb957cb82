// A client's review cadence, saved on the same transaction as the review it moves: an adviser's
// "cadence lee 7" keeps both or neither (the cadence had been saved before, on its own).
import { AuditLog } from './audit.ts';
import { inTransaction, type Database, type DatabaseQueries } from './database.ts';
import { PlanRepository } from './plans.ts';
import { ReviewRepository } from './reviews.ts';
import { again, type TransactionStores } from './planWork.ts';
import type { Clock } from '../domain/clock.ts';

export interface CadenceStores extends TransactionStores {
  cadence: { set(clientId: string, days: number): Promise<void> };
}

export class ReviewCadenceWork {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** As PlanWork.run: a clash on a unique index (two changes at once) runs the whole work again. */
  run<T>(work: (stores: CadenceStores) => Promise<T>): Promise<T> {
    return again(() => this.once(work));
  }

  private once<T>(work: (stores: CadenceStores) => Promise<T>): Promise<T> {
    return inTransaction(
      this.db,
      (tx) =>
        work({
          plans: new PlanRepository(tx, this.clock),
          reviews: new ReviewRepository(tx),
          audit: new AuditLog(tx),
          cadence: { set: (clientId, days) => setReviewCadence(tx, clientId, days) },
        }),
      { maxWait: 10_000, timeout: 15_000 },
    );
  }
}

async function setReviewCadence(db: DatabaseQueries, clientId: string, days: number): Promise<void> {
  await db.client.update({ where: { id: clientId }, data: { reviewCadenceDays: days } });
}
