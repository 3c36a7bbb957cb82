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

/** The escalations the adviser may act on, with the Teams names of their clients: read once, then named against. */
export type NamedRows = { rows: EscalationWithClient[]; teamsNames: Map<string, string> };

/** True when the reference is words that may be a name (not a number or an id); a bare one is asked about. */
export function mayBeAName(reference: string): boolean {
  const typed = bare(reference);
  return !typed || (!/^#?\d{1,9}$/.test(typed) && /^\p{L}[\p{L}' -]*$/u.test(typed));
}

/** The visible escalations this adviser may act on, and their clients' Teams names, in two reads. */
export async function namedRows(services: CoachServices, adviser: Adviser, visible: readonly EscalationWithClient[]): Promise<NamedRows> {
  const rows = visible.filter((row) => mayActOn({ adviser }, row));
  return { rows, teamsNames: await teamsNames(services, rows.map((row) => row.client.id)) };
}

/**
 * The escalation meant, a reply instead (which one, or none), or null when the reference is a
 * number or an id. `named`: read once by the caller (round six: "resolve tom spoke to him" read the
 * visible escalations up to four times, one for each run of words tried as the name).
 */
export async function escalationByName(
  services: CoachServices,
  verb: EscalationVerb,
  reference: string,
  named: NamedRows,
): Promise<{ escalation: EscalationWithClient } | { reply: string } | null> {
  const typed = bare(reference);
  if (!typed) return { reply: escalationWhichOne(verb) };
  if (!mayBeAName(typed)) return null;
  const matching = clientsNamed(
    typed,
    named.rows.map((row, number) => ({ number, row, name: row.client.displayName, channelName: named.teamsNames.get(row.client.id) ?? null })),
  ).map((match) => match.row);
  // "ack tom" with one open and one acknowledged already: the open one.
  const open = matching.filter((row) => row.status !== 'acknowledged');
  const candidates = verb === 'ack' && open.length > 0 ? open : matching;
  if (candidates.length === 1) return { escalation: candidates[0]! };
  const zone = services.config.ADVISER_HOURS_TIME_ZONE;
  const now = services.clock.now();
  if (candidates.length === 0) return { reply: noEscalationForName(typed) };
  const lineNames = await namesForNameless(services.db, candidates.map((row) => row.client));
  return { reply: severalEscalationsForName(typed, verb, candidates.map((row) => escalationLine(row, zone, now, lineNames)), candidates[0]!.number ?? 0) };
}

const bare = (reference: string): string => reference.trim().replace(/^(?:for|to)\s+/i, '');

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
