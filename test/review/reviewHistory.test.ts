// An item's review history is kept whole and in order: twelve reviews on one item, all there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMigratedDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import type { DatabaseHandle } from '../../src/db/database.ts';
import { ReviewRepository } from '../../src/db/reviews.ts';
import type { ReviewOutcome } from '../../src/domain/reviewOutcomes.ts';
import { hasDrifted } from '../../src/domain/reviewOutcomes.ts';

describe(`review history on ${testProvider}`, () => {
  let database: TestDatabase & { handle: DatabaseHandle };
  beforeAll(async () => {
    database = await createMigratedDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('keeps twelve reviews of one item, all of them, in order', async () => {
    const db = database.handle.db;
    const client = await db.client.create({ data: { userKey: 'emulator:history', channelId: 'emulator' } });
    const plan = await db.plan.create({ data: { clientId: client.id, version: 1, status: 'agreed', createdBy: 'client' } });
    const reviews = new ReviewRepository(db);
    const outcomes: ReviewOutcome[] = ['not-done', 'partly-done', 'not-done', 'partly-done', 'done', 'not-done', 'partly-done', 'done', 'not-done', 'partly-done', 'partly-done', 'done'];
    const numbers: number[] = [];
    for (const [index, outcome] of outcomes.entries()) {
      const at = new Date(Date.UTC(2026, 0, 1 + index * 14, 10));
      const review = await reviews.start(client.id, plan.id, at);
      numbers.push(review.number);
      await reviews.append({ clientId: client.id, itemLineageId: 'job-search-item', reviewId: review.id, outcome, whatHappened: `week ${index + 1}` }, at);
    }
    const history = await reviews.history('job-search-item');
    expect(history).toHaveLength(12);
    expect(history.map((entry) => entry.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(history.map((entry) => entry.whatHappened)).toEqual(outcomes.map((_, i) => `week ${i + 1}`));
    expect(history.map((entry) => entry.outcome)).toEqual(outcomes);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('gives each of two reviews written at once its own place in the history', async () => {
    const db = database.handle.db;
    const client = await db.client.create({ data: { userKey: 'emulator:race', channelId: 'emulator' } });
    const reviews = new ReviewRepository(db);
    const at = new Date('2026-02-01T10:00:00Z');
    await Promise.all([1, 2, 3].map((n) => reviews.append({ clientId: client.id, itemLineageId: 'raced', reviewId: null, outcome: 'done', whatHappened: `${n}` }, at)));
    expect((await reviews.history('raced')).map((e) => e.sequence)).toEqual([1, 2, 3]);
  });

  it('calls a plan drifted when fewer than half of the steps that matter got done, and more than one was missed', () => {
    expect(hasDrifted(['done', 'not-done'])).toBe(false);
    expect(hasDrifted(['not-done', 'not-done', 'partly-done'])).toBe(true);
    expect(hasDrifted(['dropped', 'dropped'])).toBe(false);
    // Play-testing: one step not done had "Your plan has drifted a bit". One miss is not a pattern.
    expect(hasDrifted(['not-done'])).toBe(false);
    expect(hasDrifted(['not-done', 'partly-done'])).toBe(false);
    expect(hasDrifted(['not-done', 'dropped'])).toBe(false);
    // A step missed at the review before too is a pattern.
    expect(hasDrifted(['not-done'], { missedAtLastReview: true })).toBe(true);
    expect(hasDrifted(['done', 'done', 'not-done'], { missedAtLastReview: true })).toBe(false);
  });
});
