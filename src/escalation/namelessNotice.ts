// Round nine: a notice to an adviser about a client who gave the coach no name (they took off or
// moved a step the adviser added) said "Your client", with nothing to go on. It now names them as
// the adviser's answers do ("Jo Bloggs (no name given)") and ends with how to reach them
// (namelessReach.ts). Used by the use cases' adviser notices (src/usecases/wiring.ts).
import type { Adviser } from '../db/advisers.ts';
import { ClientRepository } from '../db/clients.ts';
import { referenceFor } from './caseloadNames.ts';
import { namesForNameless } from './clientNames.ts';
import type { CoachServices } from '../services.ts';
import { withReachOfNameless } from './namelessReach.ts';

/** What the adviser's answers call this client, and what to type for them; null when they gave a name. */
export async function namelessNameFor(services: CoachServices, adviserId: string, clientId: string): Promise<{ name: string; typeAs: string | null } | null> {
  const client = await new ClientRepository(services.db).findById(clientId);
  if (!client || client.displayName?.trim()) return null;
  const name = (await namesForNameless(services.db, [client])).get(client.id);
  return name ? { name, typeAs: await referenceFor(services.db, adviserId, client) } : null;
}

/** The notice, with how to reach each client in it who gave no name. */
export async function noticeWithReach(services: CoachServices, adviser: Adviser, text: string): Promise<string> {
  const told = await withReachOfNameless(services, adviser, text);
  return typeof told === 'string' ? told : (told.text ?? text);
}
