// "ack tom", "resolve sam jones", and "ack" or "resolve" with nothing after it. Play-testing as a
// busy adviser (December): an adviser types the client's name, not the escalation's number, and
// got "I could not find that escalation"; a bare "resolve" got the same. Now a name picks that
// client's one escalation not closed (for "ack", their one still open), or lists theirs with the
// numbers to type; a bare command says what to type. Numbers and ids are left to the caller.
import { ClientRepository } from '../src/db/clients.ts';
import { ConversationReferences } from '../src/db/conversationReferences.ts';
import type { Adviser } from '../src/db/advisers.ts';
import type { EscalationWithClient } from '../src/db/escalations.ts';
import { clientsNamed } from '../src/domain/adviserCommandWords.ts';
import { namesForNameless } from '../src/escalation/clientNames.ts';
import { mayActOn } from '../src/escalation/respondToEscalation.ts';
import { escalationLine, escalationWhichOne, noEscalationForName, severalEscalationsForName } from '../src/messages/en/adviserEscalations.ts';
import type { CoachServices } from '../src/services.ts';

export type EscalationVerb = 'ack' | 'resolve';

/** The escalation meant, a reply instead (which one, or none), or null when the reference is a number or an id. */
export async function escalationByName(
  services: CoachServices,
  adviser: Adviser,
  verb: EscalationVerb,
  reference: string,
  visible: () => Promise<EscalationWithClient[]>,
): Promise<{ escalation: EscalationWithClient } | { reply: string } | null> {
  const typed = reference.trim().replace(/^(?:for|to)\s+/i, '');
  if (!typed) return { reply: escalationWhichOne(verb) };
  if (/^#?\d{1,9}$/.test(typed) || !/^\p{L}[\p{L}' -]*$/u.test(typed)) return null;
  const rows = (await visible()).filter((row) => mayActOn({ adviser }, row));
  const names = await teamsNames(services, rows.map((row) => row.client.id));
  const named = clientsNamed(
    typed,
    rows.map((row, number) => ({ number, row, name: row.client.displayName, channelName: names.get(row.client.id) ?? null })),
  ).map((match) => match.row);
  // "ack tom" with one open and one acknowledged already: the open one.
  const open = named.filter((row) => row.status !== 'acknowledged');
  const candidates = verb === 'ack' && open.length > 0 ? open : named;
  if (candidates.length === 1) return { escalation: candidates[0]! };
  const zone = services.config.ADVISER_HOURS_TIME_ZONE;
  const now = services.clock.now();
  if (candidates.length === 0) return { reply: noEscalationForName(typed) };
  const lineNames = await namesForNameless(services.db, candidates.map((row) => row.client));
  return { reply: severalEscalationsForName(typed, verb, candidates.map((row) => escalationLine(row, zone, now, lineNames)), candidates[0]!.number ?? 0) };
}

/** Client id to the name their channel gives them (Teams), for a name typed that is not the name they gave. */
async function teamsNames(services: CoachServices, clientIds: readonly string[]): Promise<Map<string, string>> {
  if (clientIds.length === 0) return new Map();
  const clients = await new ClientRepository(services.db).findManyByIds([...new Set(clientIds)]);
  const references = await new ConversationReferences(services.db).findMany(clients.map((client) => client.userKey));
  const names = new Map<string, string>();
  for (const client of clients) {
    const name = (references.get(client.userKey)?.reference.user as { name?: unknown } | undefined)?.name;
    if (typeof name === 'string' && name.trim()) names.set(client.id, name.trim());
  }
  return names;
}
