// After an escalation is raised, what happens next is added to it, not raised again: the client's
// further words in a safety window, what the bot did, when the window ended. The adviser is told
// each time the client says more, in their personal chat (never a channel: it holds their words).
import { EscalationRepository, type EscalationWithClient } from '../db/escalations.ts';
import { EscalationNoteRepository, type EscalationNoteKind } from '../db/escalationNotes.ts';
import { log } from '../log.ts';
import type { CoachServices } from '../services.ts';
import { escapeMarkdown } from '../messages/escapeText.ts';
import { escalationUpdateText } from '../messages/en/escalationUpdates.ts';
import { deliveryTargets } from './deliveryTargets.ts';

export async function addEscalationNote(services: CoachServices, escalationId: string, kind: EscalationNoteKind, text: string): Promise<void> {
  await new EscalationNoteRepository(services.db).add(escalationId, kind, text, services.clock.now());
}

/** A new kind of risk said later ("and he hits me" after a wish to die): in the headline and the kinds. */
export async function addKindsSaidLater(services: CoachServices, escalationId: string, line: string, kinds: readonly string[]): Promise<void> {
  const escalations = new EscalationRepository(services.db);
  await escalations.appendDetail(escalationId, line);
  await escalations.addSafetyKinds(escalationId, kinds);
}

/**
 * Records what the client said on the open escalation and tells the people who already have it.
 * `except`: the chat (userKey) that has these very words already, as a reply to its own message.
 */
export async function addClientWordsAndNotify(services: CoachServices, escalationId: string, words: string, except?: string): Promise<void> {
  await addEscalationNote(services, escalationId, 'client-said', words);
  await notifyAdvisers(services, escalationId, words, except);
}

/** Tells the people who have this escalation, in their personal chats, what the client just said (not `except`, who has it). */
export async function notifyAdvisers(services: CoachServices, escalationId: string, words: string, except?: string): Promise<void> {
  const escalation = await new EscalationRepository(services.db).findById(escalationId);
  if (!escalation || escalation.status === 'resolved') return;
  const text = escalationUpdateText({
    clientName: escalation.client.displayName,
    words: escapeMarkdown(words),
    urgent: escalation.urgency === 'urgent',
    number: escalation.number,
    at: services.clock.now(),
    timeZone: services.config.ADVISER_HOURS_TIME_ZONE,
  });
  await tellAdvisers(services, escalation, text, except);
}

/**
 * Sends a line about this escalation to the people who have it, in their personal chats (never a
 * channel: it may hold the client's words). A failed send is logged: the escalation keeps the facts.
 */
export async function tellAdvisers(services: CoachServices, escalation: EscalationWithClient, text: string, except?: string): Promise<void> {
  const targets = (await deliveryTargets(services, escalation, 'first')).filter(
    (target) => target.kind === 'teams' && !target.userKey.startsWith('channel:') && target.userKey !== except,
  );
  for (const target of targets) {
    if (target.kind !== 'teams') continue;
    try {
      await services.sender.send(target.userKey, () => [{ type: 'message', text }]);
    } catch (error) {
      // The words are saved on the escalation; the card shows them even if this update is lost.
      log.error(`Escalation ${escalation.id}: could not send the update`, error);
    }
  }
}
