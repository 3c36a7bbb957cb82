// A client picked from the adviser's caseload by what they typed, a little more as a person reads
// it than src/db/caseload.ts does: a name that fits one client as a whole word is that client
// ("jo" is Jo Bloggs, not Sam Jones), and a name that fits nobody comes back with the names it was
// likely meant as ("prya": Priya). The client's number, and every name, work as before.
import { activeClientsOf, pickFromCaseload, type CaseloadPick } from '../db/caseload.ts';
import { ConversationReferences } from '../db/conversationReferences.ts';
import type { Database } from '../db/database.ts';
import { fitsWholeWords, nearNames, type CaseloadNames } from '../domain/clientNameWords.ts';

export type ClientPick = Exclude<CaseloadPick, { kind: 'none' }> | { kind: 'none'; near: string[] };

/** Every client on the caseload with their number and the names they go by. */
export async function caseloadNames(db: Database, adviserId: string): Promise<CaseloadNames[]> {
  const clients = await activeClientsOf(db, adviserId);
  const references = await new ConversationReferences(db).findMany(clients.map((client) => client.userKey));
  return clients.map((client, index) => {
    const channel = (references.get(client.userKey)?.reference.user as { name?: unknown } | undefined)?.name;
    const names = [client.displayName, typeof channel === 'string' ? channel : null].filter((name): name is string => Boolean(name?.trim()));
    return { number: index + 1, names };
  });
}

export async function pickClient(db: Database, adviserId: string, reference: string): Promise<ClientPick> {
  const pick = await pickFromCaseload(db, adviserId, reference);
  if (pick.kind === 'one') return pick;
  if (pick.kind === 'several') return oneByWholeWords(db, adviserId, reference, pick);
  const near = reference.trim() ? nearNames(reference, await caseloadNames(db, adviserId)) : [];
  return { kind: 'none', near };
}

async function oneByWholeWords(db: Database, adviserId: string, reference: string, pick: Extract<CaseloadPick, { kind: 'several' }>): Promise<ClientPick> {
  const whole = pick.matches.filter((match) => fitsWholeWords(reference, match.name) || fitsWholeWords(reference, match.channelName));
  if (whole.length !== 1) return pick;
  const one = await pickFromCaseload(db, adviserId, String(whole[0]!.number));
  return one.kind === 'one' ? one : pick;
}

/**
 * What to type for this client so that it picks them and nobody else: the name they gave, else
 * their Teams name, else their caseload number. Play-testing (round three): "reply Sam ..." shown
 * for one of two Sams asked "which Sam?" when copied.
 */
export async function referenceFor(db: Database, adviserId: string, client: { id: string; displayName: string | null; userKey: string }): Promise<string | null> {
  const clients = await activeClientsOf(db, adviserId);
  const index = clients.findIndex((each) => each.id === client.id);
  if (index < 0) return null;
  const channel = (await new ConversationReferences(db).findMany([client.userKey])).get(client.userKey)?.reference.user as { name?: unknown } | undefined;
  for (const name of [client.displayName?.trim(), typeof channel?.name === 'string' ? channel.name.trim() : '']) {
    if (!name) continue;
    const pick = await pickClient(db, adviserId, name);
    if (pick.kind === 'one' && pick.client.id === client.id) return name;
  }
  return String(index + 1);
}
