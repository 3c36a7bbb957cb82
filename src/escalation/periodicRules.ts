// The escalation rules that depend on time passing (well overdue actions, a missed review,
// unanswered outreach, falling confidence, unreachable clients), run now and then over every
// active client. Data may be missing (no plan yet, no reminders): the rules treat that as
// "nothing to hand over".
import { decideEscalations, type ClientFacts, type EscalationReason } from '../domain/escalationRules.ts';
import { activeConsentedClientIds } from '../db/clientSnapshotList.ts';
import { loadClientSnapshot, type ClientSnapshot } from '../db/clientSnapshot.ts';
import { EscalationRepository } from '../db/escalations.ts';
import { log } from '../log.ts';
import type { CoachServices } from '../services.ts';
import { raiseEscalation } from './raiseEscalation.ts';
import { formatDueDate } from '../domain/dates.ts';
import { whyNow } from '../messages/en/escalationDetails.ts';

const DAY = 24 * 60 * 60 * 1000;
/** After one of these is closed, the same fact is not raised again for this long. */
const COOL_DOWN_MS: Partial<Record<EscalationReason, number>> = {
  'item-overdue-unanswered': 7 * DAY,
  'missed-review': 7 * DAY,
  'outreach-unanswered': 7 * DAY,
  'falling-confidence': 14 * DAY,
  'cannot-reach-client': 7 * DAY,
};
const PERIODIC_REASONS = Object.keys(COOL_DOWN_MS) as EscalationReason[];

export function factsFrom(snapshot: ClientSnapshot, outreachThreshold: number): ClientFacts {
  return {
    latestRisk: null,
    askedForAdviser: false,
    openItems: snapshot.items
      .filter((item) => item.dueAt && ['open', 'partly-done', 'not-done'].includes(item.status))
      .map((item) => ({ text: item.text, dueDate: item.dueAt!, remindersUnanswered: snapshot.unansweredReminders.get(item.lineageId) ?? 0 })),
    nextReviewDate: snapshot.nextReviewAt,
    lastReviewDate: snapshot.lastReviewAt,
    unansweredOutreach: snapshot.client.unansweredOutreach,
    outreachThreshold,
    reportedJobLossAt: null,
    barriers: [],
    confidenceHistory: snapshot.confidenceHistory,
    messagesUndeliverable: !snapshot.reachable,
    timeZone: snapshot.client.timeZone,
  };
}

export async function checkEscalationRules(services: CoachServices): Promise<number> {
  const now = services.clock.now();
  const repo = new EscalationRepository(services.db);
  let raised = 0;
  for (const clientId of await activeConsentedClientIds(services.db)) {
    try {
      const snapshot = await loadClientSnapshot(services.db, clientId);
      if (!snapshot) continue;
      const decisions = decideEscalations(factsFrom(snapshot, services.config.OUTREACH_ESCALATE_AFTER), now).filter((decision) =>
        PERIODIC_REASONS.includes(decision.reason),
      );
      for (const decision of decisions) {
        const last = await repo.lastRaisedAt(clientId, decision.reason);
        if (last && now.getTime() - last.getTime() < COOL_DOWN_MS[decision.reason]!) continue;
        const detail = whyNow(decision.why, (at) => formatDueDate(at, snapshot.client.timeZone, { now }));
        const { created } = await raiseEscalation(services, { clientId, reason: decision.reason, urgency: decision.urgency, detail });
        if (created) raised += 1;
      }
    } catch (error) {
      log.error(`Escalation rules failed for one client`, error);
    }
  }
  return raised;
}
