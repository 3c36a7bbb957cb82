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

/**
 * The plan has drifted when fewer than half of the steps that still matter got done (partly done
 * counts as half). Steps the client dropped as no longer relevant are left out: changing a plan
 * as life changes is not drifting.
 */
export function hasDrifted(outcomes: readonly ReviewOutcome[]): boolean {
  const t = tally(outcomes);
  const counted = t.done + t.partlyDone + t.notDone;
  if (counted === 0) return false;
  return t.done + t.partlyDone / 2 < counted / 2;
}
