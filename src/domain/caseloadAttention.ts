// The order an adviser reads their caseload in: who needs them first. Open escalations, then
// overdue actions, then a review that is due, then no employer contact past the IPS 30-day mark;
// ties keep the caseload number (the order clients joined), which never changes.
import { daysToFirstEmployerContact, FIRST_EMPLOYER_CONTACT_DAYS } from './jobSearch.ts';

export type AttentionFacts = {
  number: number;
  openEscalations: number;
  overdueItems: number;
  nextReviewAt: Date | null;
  client: { consentedAt: Date | null; createdAt: Date };
  jobSearch: { firstContactAt: Date | null };
  job: unknown;
};

function needs(entry: AttentionFacts, now: Date): number[] {
  const reviewDue = entry.nextReviewAt !== null && entry.nextReviewAt.getTime() <= now.getTime() ? 1 : 0;
  const joined = entry.client.consentedAt ?? entry.client.createdAt;
  const noContactLate =
    !entry.job && !entry.jobSearch.firstContactAt && (daysToFirstEmployerContact(joined, now) ?? 0) > FIRST_EMPLOYER_CONTACT_DAYS ? 1 : 0;
  return [entry.openEscalations, entry.overdueItems, reviewDue, noContactLate];
}

export function byAttention<T extends AttentionFacts>(entries: readonly T[], now: Date): T[] {
  const scored = entries.map((entry) => ({ entry, score: needs(entry, now) }));
  scored.sort((a, b) => {
    for (let i = 0; i < a.score.length; i++) if (a.score[i] !== b.score[i]) return b.score[i]! - a.score[i]!;
    return a.entry.number - b.entry.number;
  });
  return scored.map(({ entry }) => entry);
}
