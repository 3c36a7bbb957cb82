// What a review records for each item, and what the outcomes say about the plan as a whole.
export type ReviewOutcome = 'done' | 'partly-done' | 'not-done' | 'dropped';

export const REVIEW_OUTCOMES: readonly ReviewOutcome[] = ['done', 'partly-done', 'not-done', 'dropped'];

export interface ReviewTally {
  done: number;
  partlyDone: number;
  notDone: number;
  dropped: number;
}

export function tally(outcomes: readonly ReviewOutcome[]): ReviewTally {
  return {
    done: outcomes.filter((o) => o === 'done').length,
    partlyDone: outcomes.filter((o) => o === 'partly-done').length,
    notDone: outcomes.filter((o) => o === 'not-done').length,
    dropped: outcomes.filter((o) => o === 'dropped').length,
  };
}

/** What the review before this one showed, for telling a pattern from one missed step. */
export interface EarlierReviews {
  /** A step was reported not done at the review before this one. */
  missedAtLastReview: boolean;
}

/**
 * The plan has drifted when fewer than half of the steps that still matter got done (partly done
 * counts as half) and that is more than one missed step: two or more steps not done at this
 * review, or a step not done now after one was not done at the review before too (a pattern).
 * One step not done is ordinary life: it gets encouragement, not "your plan has drifted"
 * (play-testing found that said after a single step). Steps the client dropped as no longer
 * relevant are left out: changing a plan as life changes is not drifting.
 */
export function hasDrifted(outcomes: readonly ReviewOutcome[], earlier: EarlierReviews = { missedAtLastReview: false }): boolean {
  const t = tally(outcomes);
  const counted = t.done + t.partlyDone + t.notDone;
  if (counted === 0 || t.done + t.partlyDone / 2 >= counted / 2) return false;
  return t.notDone >= 2 || (t.notDone >= 1 && earlier.missedAtLastReview);
}

/** One entry of a step's review history, as far as these rules read it. */
export interface HistoryEntry {
  reviewId: string | null;
  outcome: string;
  createdAt: Date;
}

/** The step was reported done at a review: praised there, so not praised again at the next one. */
export function wasDoneAtAReview(history: readonly HistoryEntry[]): boolean {
  return history.some((entry) => entry.reviewId !== null && entry.outcome === 'done');
}

/**
 * A step was reported not done at the review before this one (held at `lastReviewAt`): with a step
 * not done now, that is a pattern (see hasDrifted). Entries of this review are not counted.
 */
export function missedAtReviewBefore(entries: readonly HistoryEntry[], input: { lastReviewAt: Date | null; thisReviewId: string }): boolean {
  const { lastReviewAt, thisReviewId } = input;
  if (lastReviewAt === null) return false;
  return entries.some((entry) => entry.reviewId !== null && entry.reviewId !== thisReviewId && entry.outcome === 'not-done' && entry.createdAt >= lastReviewAt);
}
