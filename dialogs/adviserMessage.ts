// "message Sam: can you come in on Tuesday?": an adviser's words sent to their client through the
// coach, in the client's own chat. The audit log records that it was sent (never the words); an
// open escalation for the client gets a note that the adviser reached out.
import type { Adviser } from '../src/db/advisers.ts';
import type { Client } from '../src/db/clients.ts';
import { AuditLog } from '../src/db/audit.ts';
import { EscalationRepository } from '../src/db/escalations.ts';
import { addEscalationNote } from '../src/escalation/escalationUpdates.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import { noName } from '../src/messages/en/escalationSummary.ts';
import type { CoachServices } from '../src/services.ts';
import * as say from '../src/messages/en/adviserMessages.ts';

export async function sendAdviserMessage(services: CoachServices, adviser: Adviser, client: Client, words: string): Promise<string> {
  // A client who gave no name is called by their Teams name, so the adviser knows it reached the right one.
  const name = client.displayName?.trim() || (await namesForNameless(services.db, [client])).get(client.id) || noName;
  const outcome = await services.sender.sendActivities(client.userKey, [{ type: 'message', text: say.messageFromAdviser(adviser.name, words) }]);
  if (outcome.status !== 'sent') return say.messageNotSentReply(name, outcome.status === 'no-reference' ? 'no-chat' : 'failed');
  const now = services.clock.now();
  await new AuditLog(services.db).record({ actor: `adviser:${adviser.id}`, action: 'adviser-messaged-client', subject: client.id }, now);
  for (const open of await new EscalationRepository(services.db).openFor(client.id)) {
    await addEscalationNote(services, open.id, 'bot-did', say.messagedNote(adviser.name));
  }
  return say.messageSentReply(name);
}
