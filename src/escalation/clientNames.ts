// What to call a client who gave the coach no name: the name their channel gives them (Teams
// does), marked as such, so an adviser can still tell who it is. Read only for the nameless.
import { ConversationReferences } from '../db/conversationReferences.ts';
import type { Database } from '../db/database.ts';
import { ClientRepository } from '../db/clients.ts';
import { channelNameOnly, noName } from '../messages/en/escalationSummary.ts';

/** Client id to a name for every listed client with no display name. */
export async function namesForNameless(db: Database, clients: ReadonlyArray<{ id: string; displayName: string | null }>): Promise<Map<string, string>> {
  const ids = clients.filter((client) => !client.displayName?.trim()).map((client) => client.id);
  if (ids.length === 0) return new Map();
  const rows = await new ClientRepository(db).findManyByIds(ids);
  const references = await new ConversationReferences(db).findMany(rows.map((row) => row.userKey));
  const names = new Map<string, string>();
  for (const row of rows) {
    const name = (references.get(row.userKey)?.reference.user as { name?: unknown } | undefined)?.name;
    names.set(row.id, typeof name === 'string' && name.trim() ? channelNameOnly(name.trim()) : noName);
  }
  return names;
}
