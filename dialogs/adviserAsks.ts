// "how do i contact tom", "call tom", "tom phone number", "open the urgent one", "review lee weekly"
// and "set lee review to weekly" (src/domain/adviserAskWords.ts). Play-testing as an IPS employment
// specialist (round four) found each got the help list. How to reach a client is said from what is
// held already (the Teams name and chat link the card gives, or only this chat, and what they asked
// about calls); the urgent one opens as "show me escalation N" does; a cadence in words is asked
// back as the command, with a button, and nothing is changed until the adviser sends it.
import { ActionTypes, type Activity } from 'botbuilder';
import type { Adviser } from '../src/db/advisers.ts';
import { AuditLog } from '../src/db/audit.ts';
import type { Client } from '../src/db/clients.ts';
import { readAdviserAsk } from '../src/domain/adviserAskWords.ts';
import { ADVISER_CADENCE_DAYS as CADENCES } from '../src/domain/reviewCadence.ts';
import { caseloadNames, pickClient, referenceFor, type ClientPick } from '../src/escalation/caseloadNames.ts';
import { startsWithClient } from '../src/domain/clientNameWords.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import { escalationsInOrder } from '../src/escalation/escalationsInOrder.ts';
import { reachOfClient } from '../src/escalation/escalationSummaryFromDb.ts';
import { cadenceChoices, cadenceDidYouMean, severalClientsReply } from '../src/messages/en/adviser.ts';
import { escalationLine, noEscalationsReply, openEscalationsAbovePlan } from '../src/messages/en/adviserEscalations.ts';
import { clientNotFoundReply, howToReachReply } from '../src/messages/en/adviserQuestions.ts';
import { phoneWishLines, reachLines } from '../src/messages/en/escalationSummary.ts';
import { escapeMarkdown } from '../src/messages/escapeText.ts';
import type { CoachServices } from '../src/services.ts';
import { showEscalation } from './adviserQuestions.ts';

/** The answer to these words, or null when they are none of them. */
export async function answerAdviserAsk(services: CoachServices, adviser: Adviser, text: string): Promise<string | Partial<Activity> | null> {
  const asked = readAdviserAsk(text);
  if (!asked) return null;
  if (asked.kind === 'most-urgent') {
    const first = (await escalationsInOrder(services, adviser.role === 'lead' ? null : adviser.id)).find((row) => row.number);
    return first ? showEscalation(services, adviser, first.number!) : noEscalationsReply;
  }
  const pick = await clientOf(services, adviser, asked.client);
  const [command, rest] = asked.kind === 'contact' ? ['how do i contact', ''] : ['cadence', ` ${asked.days}`];
  if (pick.kind === 'several') return severalClientsReply(asked.client, command, pick.matches, 'command', rest);
  if (pick.kind === 'none') return clientNotFoundReply(asked.client, pick.near, command, rest);
  if (asked.kind === 'contact') return howToReach(services, adviser, pick.client);
  const typeAs = escapeMarkdown((await referenceFor(services.db, adviser.id, pick.client)) ?? asked.client);
  if (!CADENCES.includes(asked.days)) return cadenceChoices(CADENCES, `cadence ${typeAs} ${CADENCES[1]}`);
  const cadence = `cadence ${typeAs} ${asked.days}`;
  return { type: 'message', text: cadenceDidYouMean(cadence), suggestedActions: { to: [], actions: [{ type: ActionTypes.ImBack, title: cadence, value: cadence }] } };
}

/**
 * "toms number" is Tom's when nobody is called Toms and Tom is a client's whole name or one word of
 * it. Round six: the s was dropped and the rest matched anywhere in a name, so "ross number" could
 * open Rosalind; now an unknown name is said back as typed ("I could not find that client, "ross"").
 */
async function clientOf(services: CoachServices, adviser: Adviser, typed: string): Promise<ClientPick> {
  const pick = await pickClient(services.db, adviser.id, typed);
  if (pick.kind !== 'none' || !/\p{L}{2}s$/u.test(typed)) return pick;
  const without = typed.slice(0, -1);
  if (!startsWithClient(without, await caseloadNames(services.db, adviser.id))) return pick;
  const named = await pickClient(services.db, adviser.id, without);
  return named.kind === 'none' ? pick : named;
}

/** Their Teams name and chat link (or only this chat), what they asked about calls, and an urgent escalation not closed. */
async function howToReach(services: CoachServices, adviser: Adviser, client: Client): Promise<string> {
  const reach = await reachOfClient(services, client);
  const names = await namesForNameless(services.db, [client]);
  const name = client.displayName?.trim() || names.get(client.id) || '';
  // The card's words, without its button ("Open chat in Teams"): the link is given instead.
  // Round ten: for a client who gave no name, what to type for them ("message Jo Bloggs: ..."), as namelessReach.ts says it.
  const typeAs = client.displayName?.trim() || (await referenceFor(services.db, adviser.id, client));
  const lines = reachLines({ name: { given: typeAs || null, channel: reach.channelName }, reach: { ...reach, chatLink: null } });
  const open = (await escalationsInOrder(services, adviser.role === 'lead' ? null : adviser.id)).filter((row) => row.clientId === client.id);
  const wish = open.find((row) => row.phoneWish)?.phoneWish;
  const urgent = open.filter((row) => row.urgency === 'urgent');
  const [zone, now] = [services.config.ADVISER_HOURS_TIME_ZONE, services.clock.now()];
  const above = urgent.length > 0 ? openEscalationsAbovePlan(urgent.map((row) => escalationLine(row, zone, now, names)), urgent[0]!.number) : null;
  await new AuditLog(services.db).record({ actor: `adviser:${adviser.id}`, action: 'adviser-viewed-client', subject: client.id }, now);
  return howToReachReply(escapeMarkdown(name), { lines: lines.map(escapeMarkdown), link: reach.chatLink, phone: wish ? phoneWishLines[wish] : null }, above);
}
