// Reviews and each item's review history. The history is append-only: every review of an item
// gets the next sequence number for its lineage, so the whole story is kept in order.
import { isTransaction, type DatabaseQueries } from './database.ts';
import type { Review, ReviewEntry } from '../generated/sqlite/client.ts';
import type { ReviewOutcome } from '../domain/reviewOutcomes.ts';

export type { Review, ReviewEntry };

export interface NewReviewEntry {
  clientId: string;
  itemLineageId: string;
  reviewId: string | null;
  outcome: ReviewOutcome;
  whatHappened?: string;
  feelings?: string;
  wentWell?: string;
  differently?: string;
  nextStep?: string;
}

export class ReviewRepository {
  constructor(private readonly db: DatabaseQueries) {}

  /** Opens a review session; its number counts the client's reviews from 1. */
  async start(clientId: string, planId: string, at: Date): Promise<Review> {
    for (let attempt = 0; ; attempt++) {
      const number = (await this.db.review.count({ where: { clientId } })) + 1;
      try {
        return await this.db.review.create({ data: { clientId, planId, heldAt: at, number } });
      } catch (error) {
        // Inside a transaction a failed statement ends it: the caller starts the whole again.
        if (attempt >= 3 || isTransaction(this.db)) throw error;
      }
    }
  }

  /** When the client's latest review was held, or null before the first. */
  async lastHeldAt(clientId: string): Promise<Date | null> {
    const row = await this.db.review.findFirst({ where: { clientId }, orderBy: { heldAt: 'desc' }, select: { heldAt: true } });
    return row?.heldAt ?? null;
  }

  async recordUsefulness(reviewId: string, usefulness: number): Promise<void> {
    await this.db.review.update({ where: { id: reviewId }, data: { usefulness } });
  }

  /** Appends to the item's history; a clash on the sequence (two turns at once) takes the next one. */
  async append(entry: NewReviewEntry, at: Date): Promise<ReviewEntry> {
    for (let attempt = 0; ; attempt++) {
      const last = await this.db.reviewEntry.findFirst({
        where: { itemLineageId: entry.itemLineageId },
        orderBy: { sequence: 'desc' },
        select: { sequence: true },
      });
      try {
        return await this.db.reviewEntry.create({ data: { ...entry, sequence: (last?.sequence ?? 0) + 1, createdAt: at } });
      } catch (error) {
        if (attempt >= 5 || isTransaction(this.db)) throw error;
      }
    }
  }

  history(itemLineageId: string): Promise<ReviewEntry[]> {
    return this.db.reviewEntry.findMany({ where: { itemLineageId }, orderBy: { sequence: 'asc' } });
  }

  entriesOf(reviewId: string): Promise<ReviewEntry[]> {
    return this.db.reviewEntry.findMany({ where: { reviewId }, orderBy: { createdAt: 'asc' } });
  }
}
