// Every copy of an escalation card shows the same state. The activity id of each card sent to an
// adviser or lead is kept in the escalation's record; when anyone answers (a card button, a typed
// "ack 12", the local inbox), each copy is replaced in place with the card as it stands now.
import { escalationCard, type AdaptiveCard } from '../cards/escalationCard.ts';
import { cardForChannel } from '../cards/submitButtons.ts';
import type { EscalationWithClient } from '../db/escalations.ts';
import { log } from '../log.ts';
import type { CoachServices } from '../services.ts';
import { readRecord, type SentCard } from './escalationRecord.ts';
import { summaryForEscalation } from './escalationSummaryFromDb.ts';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/** The summary card as it stands now. */
export async function currentEscalationCard(services: CoachServices, escalation: EscalationWithClient): Promise<AdaptiveCard | null> {
  const built = await summaryForEscalation(services, escalation);
  if (!built) return null;
  const { response } = readRecord(escalation.summary);
  return escalationCard(built.summary, {
    escalationId: escalation.id,
    status: escalation.status,
    response: response ? { ...response, at: new Date(response.at) } : null,
  });
}

/**
 * The card as this person's channel can press it. A user key starts with its channel ("msteams:...",
 * "webchat:..."): Teams runs Action.Execute; Web Chat and the Emulator send nothing for it, so their
 * copies go with Action.Submit buttons, which the adviser desk answers (dialogs/adviserCardPress.ts).
 */
export function cardForChannelOf(userKey: string, card: AdaptiveCard): AdaptiveCard {
  return cardForChannel(userKey.slice(0, userKey.indexOf(':')), card);
}

/** Replaces every sent copy of the card; a copy that cannot be updated is logged and left. */
export async function refreshSentCards(services: CoachServices, escalation: EscalationWithClient): Promise<number> {
  const { cards } = readRecord(escalation.summary);
  if (cards.length === 0) return 0;
  const card = await currentEscalationCard(services, escalation);
  if (!card) return 0;
  let updated = 0;
  for (const sent of cards) {
    if (await updateCopy(services, sent, card)) updated += 1;
  }
  return updated;
}

async function updateCopy(services: CoachServices, sent: SentCard, card: AdaptiveCard): Promise<boolean> {
  let done = false;
  // Failures are caught inside the turn: a card deleted in Teams (404) must not mark the
  // adviser's whole conversation unreachable, as a failed send would.
  await services.sender.send(sent.userKey, async (context) => {
    if (context.activity.conversation?.id !== sent.conversationId) return [];
    try {
      await context.updateActivity({ type: 'message', id: sent.activityId, attachments: [{ contentType: ADAPTIVE_CARD, content: cardForChannelOf(sent.userKey, card) }] });
      done = true;
    } catch (error) {
      log.warn(`Could not update escalation card ${sent.activityId}: ${(error as Error).message}`);
    }
    return [];
  });
  return done;
}
