// The stall rule reads only the client's own steps (adviser play-test, play6/c item 10): an
// adviser's late action is theirs, never a sign that the client has stopped.
import { describe, expect, it } from 'vitest';
import { factsFrom } from '../../src/escalation/periodicRules.ts';
import { decideEscalations } from '../../src/domain/escalationRules.ts';
import type { ClientSnapshot } from '../../src/db/clientSnapshot.ts';

const now = new Date('2026-06-26T09:00:00Z');
const due = new Date('2026-06-10T23:00:00Z');

function snapshot(owner: 'client' | 'adviser'): ClientSnapshot {
  return {
    client: { unansweredOutreach: 0, timeZone: 'Europe/London' },
    items: [{ lineageId: 'l1', text: 'ring Amazon recruitment', owner, dueAt: due, status: 'open' }],
    nextReviewAt: null,
    lastReviewAt: null,
    confidenceHistory: [],
    unansweredReminders: new Map([['l1', 3]]),
    reachable: true,
  } as unknown as ClientSnapshot;
}

describe('the stall rule', () => {
  it("raises 'Steps well past their day' for the client's own step, not for the adviser's action", () => {
    expect(decideEscalations(factsFrom(snapshot('client'), 3), now).map((finding) => finding.trigger)).toEqual(['actions-overdue']);
    expect(factsFrom(snapshot('adviser'), 3).openItems).toEqual([]);
    expect(decideEscalations(factsFrom(snapshot('adviser'), 3), now)).toEqual([]);
  });
});
