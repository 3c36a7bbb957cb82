// "message Sam: shall we meet tuesday?" reaches the client, who answers it as people answer a
// message: "yes tuesday is fine". Play-testing found those replies kept as the answer to whatever
// question was waiting ("I have noted that you agreed to this plan") or lost. The first words the
// client types within three days of an adviser's message go to that adviser, and the client is
// told so; the question that was waiting is asked again.
import type { TurnContext } from 'botbuilder';
import { recogniseGlobalCommand } from '../../dialogs/commands.ts';
import { AdviserRepository } from '../db/advisers.ts';
import { AuditLog } from '../db/audit.ts';
import { saysHelloComingBack } from '../domain/comingBack.ts';
import { escapeMarkdown } from '../messages/escapeText.ts';
import { clientReplied, replyPassedOn } from '../messages/en/adviserMessages.ts';
import type { CoachServices } from '../services.ts';
import { log } from '../log.ts';
import { referenceFor } from '../escalation/caseloadNames.ts';
import { currentClient } from './clientContext.ts';

const PASSED_TO = Symbol('coach.replyPassedTo');

/** The adviser's chat (userKey) this turn's words went to as a reply, if they did: they need no update with the same words. */
export function replyPassedTo(context: TurnContext): string | undefined {
  return context.turnState.get(PASSED_TO) as string | undefined;
}

const REPLY_WITHIN_MS = 3 * 24 * 60 * 60 * 1000;
const LONGEST_REPLY = 1000;

/** True when the message was a reply to the adviser, passed on: the dialogs should ask their question again. */
export async function passReplyToAdviser(context: TurnContext, services: CoachServices): Promise<boolean> {
  const client = currentClient(context);
  const text = context.activity.text?.trim() ?? '';
  // A tapped button or a command ("help", "talk to my adviser") is not a reply; a bare hello says nothing.
  if (!client || context.activity.type !== 'message' || context.activity.value || !text) return false;
  if (recogniseGlobalCommand(text) || saysHelloComingBack(text)) return false;
  const audit = new AuditLog(services.db);
  const latest = await audit.latestOf(client.id, ['adviser-messaged-client']);
  const now = services.clock.now();
  if (!latest || now.getTime() - latest.createdAt.getTime() > REPLY_WITHIN_MS) return false;
  // Answered already (at the same moment or after: a clock that stands still in tests, or a fast reply).
  const replied = await audit.latestOf(client.id, ['client-replied-to-adviser']);
  if (replied && replied.createdAt.getTime() >= latest.createdAt.getTime()) return false;
  const adviser = await new AdviserRepository(services.db).findById(latest.actor.replace(/^adviser:/, ''));
  if (!adviser?.userKey) return false;
  const name = client.displayName?.trim() || 'Your client';
  // The example to copy names this client alone: another client may share the first name.
  const typeAs = client.displayName?.trim() ? await referenceFor(services.db, adviser.id, client) : null;
  const said = clientReplied(escapeMarkdown(name), escapeMarkdown(text.slice(0, LONGEST_REPLY)), escapeMarkdown(typeAs ?? name));
  const outcome = await services.sender.sendActivities(adviser.userKey, [{ type: 'message', text: said }]);
  if (outcome.status !== 'sent') {
    log.warn(`Could not pass a client's reply to adviser ${adviser.id}: ${outcome.status}`);
    return false;
  }
  await audit.record({ actor: 'client', action: 'client-replied-to-adviser', subject: client.id }, now);
  context.turnState.set(PASSED_TO, adviser.userKey);
  await context.sendActivity(replyPassedOn(adviser.name));
  return true;
}
