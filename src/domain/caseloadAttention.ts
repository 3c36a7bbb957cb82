// The order an adviser reads their caseload in: who needs them first. A client with an open
// urgent escalation first, then soon, then routine (of the same urgency, the one raised longest
// ago first); then overdue actions, then a review that is due, then no employer contact past the
// IPS 30-day mark. Ties keep the caseload number (the order clients joined), which never changes.
import { daysToFirstEmployerContact, FIRST_EMPLOYER_CONTACT_DAYS } from './jobSearch.ts';
import { URGENCY_ORDER, type EscalationUrgency } from './escalationTriggers.ts';

export type AttentionFacts = {
  number: number;
  openEscalations: number;
  /** Their most urgent open escalation (the oldest of that urgency); null when none is open. */
  mostUrgent: { urgency: EscalationUrgency; raisedAt: Date } | null;
  overdueItems: number;
  nextReviewAt: Date | null;
  client: { consentedAt: Date | null; createdAt: Date };
  jobSearch: { firstContactAt: Date | null };
  job: unknown;
};

/** Lower comes first: urgent, soon, routine, then no open escalation. */
const NO_ESCALATION = Object.keys(URGENCY_ORDER).length;

function needs(entry: AttentionFacts, now: Date): number[] {
  const reviewDue = entry.nextReviewAt !== null && entry.nextReviewAt.getTime() <= now.getTime() ? 1 : 0;
  const joined = entry.client.consentedAt ?? entry.client.createdAt;
  const noContactLate =
    !entry.job && !entry.jobSearch.firstContactAt && (daysToFirstEmployerContact(joined, now) ?? 0) > FIRST_EMPLOYER_CONTACT_DAYS ? 1 : 0;
  return [entry.openEscalations, entry.overdueItems, reviewDue, noContactLate];
}

function byEscalation(a: AttentionFacts, b: AttentionFacts): number {
  const rank = (entry: AttentionFacts): number => (entry.mostUrgent ? URGENCY_ORDER[entry.mostUrgent.urgency] : NO_ESCALATION);
  const raised = (entry: AttentionFacts): number => entry.mostUrgent?.raisedAt.getTime() ?? 0;
  return rank(a) - rank(b) || raised(a) - raised(b);
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
