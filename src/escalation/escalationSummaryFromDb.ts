// Builds the adviser's summary for an escalation from what the database holds now.
import { buildEscalationSummary, renderSummaryText, type EscalationSummary } from '../domain/escalationSummary.ts';
import type { EscalationReason, EscalationUrgency } from '../domain/escalationRules.ts';
import { loadClientSnapshot, type ClientSnapshot } from '../db/clientSnapshot.ts';
import type { Escalation } from '../db/escalations.ts';
import type { CoachServices } from '../services.ts';

export type BuiltSummary = { summary: EscalationSummary; text: string; snapshot: ClientSnapshot };

export async function summaryForEscalation(services: CoachServices, escalation: Escalation): Promise<BuiltSummary | null> {
  const snapshot = await loadClientSnapshot(services.db, escalation.clientId);
  if (!snapshot) return null;
  const now = services.clock.now();
  const summary = buildEscalationSummary({
    clientDisplayName: snapshot.client.displayName ?? '',
    decision: {
      reason: escalation.reason as EscalationReason,
      urgency: escalation.urgency as EscalationUrgency,
      detail: escalation.detail,
      contactBy: escalation.contactBy,
    },
    goals: snapshot.goals,
    actionItems: snapshot.items
      .filter((item) => item.status !== 'dropped')
      .map((item) => ({ text: item.text, dueDate: item.dueAt, done: item.status === 'done' })),
    lastReviewDate: snapshot.lastReviewAt,
    recentMessages: snapshot.recentMessages.map((message) => ({ text: message.text, sentAt: message.createdAt })),
    barriers: snapshot.barriers,
    locusOfControl: snapshot.locusBand,
    supportMarker: snapshot.marker,
    lastContactAt: snapshot.client.lastContactAt,
    now,
    timeZone: services.config.ADVISER_HOURS_TIME_ZONE,
  });
  return { summary, text: renderSummaryText(summary), snapshot };
}
