// The escalation rules that depend on time passing (well overdue actions, a missed review,
// unanswered outreach, falling confidence, unreachable clients), run now and then over every
// active client. Data may be missing (no plan yet, no reminders): the rules treat that as
// "nothing to hand over". Cool-downs, like urgency, come from the trigger table via raiseEscalation.
// One stall card per client: a further stall fact joins the open one (src/escalation/stallCards.ts).
import { isStillToDo } from '../domain/plan.ts';
import { decideEscalations, type ClientFacts } from '../domain/escalationRules.ts';
import { activeConsentedClientIds } from '../db/clientSnapshotList.ts';
import { loadClientSnapshot, type ClientSnapshot } from '../db/clientSnapshot.ts';
import { log } from '../log.ts';
import type { CoachServices } from '../services.ts';
import { raiseEscalation } from './raiseEscalation.ts';
import { withOpenReasons } from './openHandOvers.ts';
import { addedLately, addToOpenStallCard, takeInOlderStallCard } from './stallCards.ts';
import { formatDueDate } from '../domain/dates.ts';
import { whyNow } from '../messages/en/escalationDetails.ts';

export function factsFrom(snapshot: ClientSnapshot, outreachThreshold: number): ClientFacts {
  return {
    // The adviser's own actions are theirs to do: never a sign the client has stalled.
    openItems: snapshot.items
      .filter((item) => item.owner !== 'adviser' && item.dueAt && isStillToDo(item.status))
      .map((item) => ({ text: item.text, status: item.status, dueDate: item.dueAt!, remindersUnanswered: snapshot.unansweredReminders.get(item.lineageId) ?? 0 })),
    nextReviewDate: snapshot.nextReviewAt,
    lastReviewDate: snapshot.lastReviewAt,
    unansweredOutreach: snapshot.client.unansweredOutreach,
    outreachThreshold,
    confidenceHistory: snapshot.confidenceHistory,
    messagesUndeliverable: !snapshot.reachable,
    timeZone: snapshot.client.timeZone,
  };
}

export async function checkEscalationRules(services: CoachServices): Promise<number> {
  const now = services.clock.now();
  let raised = 0;
  for (const clientId of await activeConsentedClientIds(services.db)) {
    try {
      const snapshot = await loadClientSnapshot(services.db, clientId);
      if (!snapshot) continue;
      for (const { trigger, why, joins, absorbs } of decideEscalations(await withOpenReasons(services.db, clientId, factsFrom(snapshot, services.config.OUTREACH_ESCALATE_AFTER)), now)) {
        const detail = whyNow(why, (at) => formatDueDate(at, snapshot.client.timeZone, { now }));
        // One stall card per client: a further stall fact is added to the open one (stallCards.ts).
        if (joins && (await addToOpenStallCard(services, clientId, joins, trigger, detail))) continue;
        if (!absorbs && (await addedLately(services.db, clientId, trigger, now))) continue;
        const { created, escalation } = await raiseEscalation(services, { clientId, trigger, detail });
        if (created) raised += 1;
        if (created && absorbs) await takeInOlderStallCard(services, escalation, absorbs);
      }
    } catch (error) {
      log.error(`Escalation rules failed for one client`, error);
    }
  }
  return raised;
}
