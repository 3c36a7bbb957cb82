// An escalation summary's input with nothing in it but who and why: the card tests that check one
// part of the card (its buttons, its colour) build on this, not on a literal of their own each.
import type { EscalationSummaryInput } from '../../src/domain/escalationSummary.ts';

export function bareSummaryInput(clientDisplayName: string, decision: EscalationSummaryInput['decision'], now: Date): EscalationSummaryInput {
  return {
    clientDisplayName,
    decision,
    goals: [],
    actionItems: [],
    lastReviewDate: null,
    recentMessages: [],
    barriers: [],
    locusOfControl: null,
    supportMarker: null,
    lastContactAt: null,
    now,
  };
}
