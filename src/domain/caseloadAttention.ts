// The order an adviser reads their caseload in: who needs them first. Clients with an open
// escalation first, in the order "escalations" lists them (src/domain/escalationOrder.ts: danger
// now, other crises, concerns, then the rest by urgency, oldest first), each by their most pressing
// one; then overdue actions, then a review that is due, then no employer contact past the
// IPS 30-day mark. Ties keep the caseload number (the order clients joined), which never changes.
import { daysToFirstEmployerContact, FIRST_EMPLOYER_CONTACT_DAYS } from './jobSearch.ts';
import type { EscalationUrgency } from './escalationTriggers.ts';
import { compareEscalations, escalationTier, type EscalationTier } from './escalationOrder.ts';

export type AttentionFacts = {
  number: number;
  openEscalations: number;
  /** Their open escalation listed first by "escalations" (its tier read there); null when none is open. Without a tier, it is read from the reason. */
  mostUrgent: { urgency: EscalationUrgency; raisedAt: Date; reason?: string; tier?: EscalationTier; number?: number | null } | null;
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

function byEscalation(a: AttentionFacts, b: AttentionFacts): number {
  if (!a.mostUrgent || !b.mostUrgent) return (a.mostUrgent ? 0 : 1) - (b.mostUrgent ? 0 : 1);
  const facts = (most: NonNullable<AttentionFacts['mostUrgent']>) => ({
    tier: most.tier ?? escalationTier({ reason: most.reason ?? '', safetyKinds: '', saidWords: [] }),
    urgency: most.urgency,
    createdAt: most.raisedAt,
    number: most.number ?? null,
  });
  return compareEscalations(facts(a.mostUrgent), facts(b.mostUrgent));
}

export function byAttention<T extends AttentionFacts>(entries: readonly T[], now: Date): T[] {
  const scored = entries.map((entry) => ({ entry, score: needs(entry, now) }));
  scored.sort((a, b) => {
    const first = byEscalation(a.entry, b.entry);
    if (first !== 0) return first;
    for (let i = 0; i < a.score.length; i++) if (a.score[i] !== b.score[i]) return b.score[i]! - a.score[i]!;
    return a.entry.number - b.entry.number;
  });
  return scored.map(({ entry }) => entry);
}
