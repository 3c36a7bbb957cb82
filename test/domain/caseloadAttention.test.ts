import { describe, expect, it } from 'vitest';
import { byAttention, type AttentionFacts } from '../../src/domain/caseloadAttention.ts';

const now = new Date('2026-06-20T09:00:00Z');
const joined = new Date('2026-06-10T09:00:00Z');
const entry = (number: number, facts: Partial<AttentionFacts> = {}): AttentionFacts => ({
  number,
  openEscalations: 0,
  mostUrgent: null,
  overdueItems: 0,
  nextReviewAt: null,
  client: { consentedAt: joined, createdAt: joined },
  jobSearch: { firstContactAt: null },
  job: null,
  ...facts,
});

describe('the caseload, by what needs the adviser first', () => {
  it('puts open escalations first, then overdue actions, then a due review, then no employer contact after 30 days', () => {
    const ordered = byAttention(
      [
        entry(1),
        entry(2, { overdueItems: 1 }),
        entry(3, { openEscalations: 1 }),
        entry(4, { nextReviewAt: new Date('2026-06-19T23:00:00Z') }),
        entry(5, { client: { consentedAt: new Date('2026-05-01T09:00:00Z'), createdAt: joined } }),
        entry(6, { overdueItems: 3 }),
      ],
      now,
    );
    expect(ordered.map((e) => e.number)).toEqual([3, 6, 2, 4, 5, 1]);
  });

  // Play-testing (play6/c item 6): a client who may not be safe was listed below one who had only asked for the adviser.
  it('puts an urgent escalation first, then soon, then routine, then the rest; of the same urgency, the oldest first', () => {
    const raised = (at: string) => new Date(`2026-06-20T${at}:00Z`);
    const ordered = byAttention(
      [
        entry(1, { openEscalations: 1, mostUrgent: { urgency: 'soon', raisedAt: raised('08:00') } }),
        entry(2, { overdueItems: 4 }),
        entry(3, { openEscalations: 1, mostUrgent: { urgency: 'urgent', raisedAt: raised('08:30') } }),
        entry(4, { openEscalations: 3, mostUrgent: { urgency: 'routine', raisedAt: raised('07:00') } }),
        entry(5, { openEscalations: 1, mostUrgent: { urgency: 'urgent', raisedAt: raised('08:10') } }),
        entry(6, { openEscalations: 1, mostUrgent: { urgency: 'soon', raisedAt: raised('07:30') } }),
      ],
      now,
    );
    expect(ordered.map((e) => e.number)).toEqual([5, 3, 6, 1, 4, 2]);
  });

  it('keeps the joining order among clients who need the same', () => {
    expect(byAttention([entry(2), entry(1), entry(3)], now).map((e) => e.number)).toEqual([1, 2, 3]);
  });
});
