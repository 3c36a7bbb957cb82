// The client's data rights: a copy of everything kept about them, erasure of all of it, and
// withdrawing consent. Each is audited without personal content.
import type { AuditActor } from '../db/audit.ts';
import type { Client } from '../db/clients.ts';
import type { ClientIdentity } from '../privacy/clientData.ts';
import type { DataExport } from '../privacy/dataExport.ts';
import type { Clock, AuditTrail } from './ports.ts';

export interface DataRightsDeps {
  clock: Clock;
  audit: AuditTrail;
  /** Who is asking, from their user key and the conversation they ask in. */
  identify(userKey: string, conversationIds: string[]): Promise<ClientIdentity>;
  clientById(id: string): Promise<Client | null>;
  exportData(who: ClientIdentity, now: Date): Promise<DataExport>;
  /** Every row of theirs in one transaction; the audit event of it is written by the eraser. */
  erase(who: ClientIdentity, actor: AuditActor, now: Date): Promise<unknown>;
  /** The stamp and the end of every reminder not yet sent, together. */
  withdrawConsent(clientId: string, at: Date): Promise<unknown>;
}

export interface Asker {
  userKey: string;
  conversationId: string | undefined;
}

function identify(deps: DataRightsDeps, asker: Asker): Promise<ClientIdentity> {
  return deps.identify(asker.userKey, asker.conversationId ? [asker.conversationId] : []);
}

/** Everything kept about them; the export is audited when it holds something of a client's. */
export async function exportMyData(deps: DataRightsDeps, asker: Asker): Promise<{ who: ClientIdentity; data: DataExport }> {
  const who = await identify(deps, asker);
  const now = deps.clock.now();
  const data = await deps.exportData(who, now);
  if (who.clientId && Object.keys(data.tables).length > 0) await deps.audit.record({ actor: 'client', action: 'data-exported', subject: who.clientId }, now);
  return { who, data };
}

export async function eraseMyData(deps: DataRightsDeps, asker: Asker): Promise<ClientIdentity> {
  const who = await identify(deps, asker);
  await deps.erase(who, 'client', deps.clock.now());
  return who;
}

export async function withdrawMyConsent(deps: DataRightsDeps, asker: Asker): Promise<'nothing-kept' | 'already-withdrawn' | 'withdrawn'> {
  const who = await identify(deps, asker);
  const client = who.clientId ? await deps.clientById(who.clientId) : null;
  if (!client) return 'nothing-kept';
  if (client.consentWithdrawnAt) return 'already-withdrawn';
  const now = deps.clock.now();
  await deps.withdrawConsent(client.id, now);
  await deps.audit.record({ actor: 'client', action: 'consent-withdrawn', subject: client.id }, now);
  return 'withdrawn';
}
