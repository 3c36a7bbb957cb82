// "Not replying to messages" ends when the client writes again. Every pass of the escalation
// dispatcher (and before an adviser reads their escalations or caseload), an open one whose client
// has written since it was raised is closed, with a note, and the adviser is told in their
// personal chat, with what the client wrote. Nothing else is closed this way: a crisis or a worry
// stays open until a person closes it.
import { ClientMessageRepository } from '../db/clientMessages.ts';
import { EscalationRepository } from '../db/escalations.ts';
import { wordsTheyWrote } from '../domain/clientWords.ts';
import { trimMessage } from '../domain/escalationSummary.ts';
import { log } from '../log.ts';
import { escapeMarkdown } from '../messages/escapeText.ts';
import { botDidNotes, closedBecauseTheyReplied, repliedAndClosedText } from '../messages/en/escalationUpdates.ts';
import type { CoachServices } from '../services.ts';
import { BUTTON_WORDS } from './buttonWords.ts';
import { readRecord, writeRecord } from './escalationRecord.ts';
import { addEscalationNote, tellAdvisers } from './escalationUpdates.ts';
import { refreshSentCards } from './sentCards.ts';
import { linesAddedToStallCard } from './stallCards.ts';

/** The trigger of a "Not replying to messages" escalation. */
export const NOT_REPLYING = 'outreach-unanswered';

/** Closes every open "not replying" escalation whose client has written since; returns how many. */
export async function closeNotReplyingOnceTheyWrite(services: CoachServices): Promise<number> {
  const repo = new EscalationRepository(services.db);
  let closed = 0;
  for (const escalation of await repo.unresolvedWithLastContact(NOT_REPLYING)) {
    const wrote = escalation.client.lastContactAt;
    if (!wrote || wrote.getTime() <= escalation.createdAt.getTime()) continue;
    try {
      // Only the caller that closes it tells anyone (several instances may look at once).
      if (!(await repo.resolve(escalation.id, services.clock.now()))) continue;
      closed += 1;
      await afterClosing(services, escalation.id, escalation.createdAt, wrote);
    } catch (error) {
      log.error(`Escalation ${escalation.id}: could not close it after the client wrote`, error);
    }
  }
  return closed;
}

async function afterClosing(services: CoachServices, escalationId: string, raisedAt: Date, wroteAt: Date): Promise<void> {
  const repo = new EscalationRepository(services.db);
  const escalation = (await repo.findById(escalationId))!;
  const messages = await new ClientMessageRepository(services.db).since(escalation.clientId, raisedAt);
  const asSent = messages.map((message) => ({ text: message.text, sentAt: message.createdAt, riskLevel: message.riskLevel }));
  const first = wordsTheyWrote(asSent, BUTTON_WORDS)[0] ?? asSent[0];
  const words = first ? trimMessage(first.text) : null;
  if (words) await addEscalationNote(services, escalationId, 'client-said', words);
  await addEscalationNote(services, escalationId, 'bot-did', botDidNotes.closedTheyReplied);

  const record = readRecord(escalation.summary);
  record.response = { kind: 'resolved', by: closedBecauseTheyReplied, at: services.clock.now().toISOString() };
  await repo.updateSummary(escalationId, writeRecord(record));

  const text = repliedAndClosedText({
    clientName: escalation.client.displayName ? escapeMarkdown(escalation.client.displayName) : null,
    number: escalation.number,
    words: words ? escapeMarkdown(words) : null,
    // A missed review added to this card closes with it: said, so it is followed up (stallCards.ts).
    added: linesAddedToStallCard(escalation).map(escapeMarkdown),
    at: first?.sentAt ?? wroteAt,
    timeZone: services.config.ADVISER_HOURS_TIME_ZONE,
  });
  await tellAdvisers(services, escalation, text);
  await refreshSentCards(services, (await repo.findById(escalationId))!);
}
