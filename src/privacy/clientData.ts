// Where a client's data lives, table by table. The map is keyed by every Prisma model, so a new
// model does not compile until someone says how to find (and erase) a client's rows in it; a test
// checks the same at run time. Export and erasure both walk this one map.
import { conversationDigest } from '../db/processedActivities.ts';
import type { Database } from '../db/database.ts';
import { auditSubject } from '../db/audit.ts';
import { ConversationLedger } from '../db/conversationLedger.ts';
import { ClientRepository } from '../db/clients.ts';
import { ConversationReferences } from '../db/conversationReferences.ts';
import { MODEL_NAMES, type ModelName, type RowFilter as Where } from '../db/clientRows.ts';

export type { ModelName };

/** Everything that identifies one person on one channel, as far as we know it. */
export interface ClientIdentity {
  userKey: string;
  clientId: string | null;
  channelId: string;
  channelUserId: string;
  conversationIds: string[];
}

export interface TableCoverage {
  /** A Prisma `where` selecting the client's rows, or null when the table holds none of theirs. */
  rowsOf(who: ClientIdentity): Where | null;
  /** delete: erasure removes the rows. keep: the rows hold no personal content (the audit log). */
  onErase: 'delete' | 'keep';
  /** Lower phases are erased first, so children go before the rows they hang from. */
  phase: number;
}

const NOTHING = null;
const byClientId = (who: ClientIdentity): Where | null => (who.clientId ? { clientId: who.clientId } : NOTHING);

export const clientDataMap: Record<ModelName, TableCoverage> = {
  BotState: { rowsOf: botStateRows, onErase: 'delete', phase: 1 },
  ConversationRef: {
    rowsOf: (who) => ({ OR: [{ userKey: who.userKey }, ...(who.clientId ? [{ clientId: who.clientId }] : [])] }),
    onErase: 'delete',
    phase: 1,
  },
  UserConversation: { rowsOf: (who) => ({ userKey: who.userKey }), onErase: 'delete', phase: 1 },
  WebChatOutbox: { rowsOf: (who) => ({ userKey: who.userKey }), onErase: 'delete', phase: 1 },
  // A day's worth of handled activity ids, and the lease of a turn in progress (see oneTurnAtATime.ts).
  ProcessedActivity: {
    rowsOf: (who) => ({ channelId: who.channelId, conversationId: { in: who.conversationIds.map((id) => conversationDigest(who.channelId, id)) } }),
    onErase: 'delete',
    phase: 1,
  },
  ConversationLock: { rowsOf: (who) => ({ key: { in: who.conversationIds.map((id) => `${who.channelId}/${id}`) } }), onErase: 'delete', phase: 1 },
  // Staff records: an adviser's name is theirs, not the client's. The link lives on Client.
  Adviser: { rowsOf: () => NOTHING, onErase: 'keep', phase: 1 },
  Client: { rowsOf: (who) => (who.clientId ? { id: who.clientId } : NOTHING), onErase: 'delete', phase: 3 },
  VocationalProfile: { rowsOf: byClientId, onErase: 'delete', phase: 1 },
  LocusResult: { rowsOf: byClientId, onErase: 'delete', phase: 1 },
  ConfidenceRating: { rowsOf: byClientId, onErase: 'delete', phase: 1 },
  Plan: { rowsOf: byClientId, onErase: 'delete', phase: 2 },
  Goal: { rowsOf: (who) => (who.clientId ? { plan: { clientId: who.clientId } } : NOTHING), onErase: 'delete', phase: 1 },
  ActionItem: { rowsOf: (who) => (who.clientId ? { plan: { clientId: who.clientId } } : NOTHING), onErase: 'delete', phase: 1 },
  Review: { rowsOf: byClientId, onErase: 'delete', phase: 1 },
  ReviewEntry: { rowsOf: byClientId, onErase: 'delete', phase: 1 },
  Reminder: { rowsOf: byClientId, onErase: 'delete', phase: 1 },
  Escalation: { rowsOf: byClientId, onErase: 'delete', phase: 2 },
  EscalationNote: { rowsOf: (who) => (who.clientId ? { escalation: { clientId: who.clientId } } : NOTHING), onErase: 'delete', phase: 1 },
  ClientMessage: { rowsOf: byClientId, onErase: 'delete', phase: 1 },
  JobSearchEntry: { rowsOf: byClientId, onErase: 'delete', phase: 1 },
  Employment: { rowsOf: byClientId, onErase: 'delete', phase: 1 },
  // Kept through erasure: actor, action and a pseudonymous subject only (see src/db/audit.ts).
  AuditEvent: { rowsOf: (who) => (who.clientId ? { subject: auditSubject(who.clientId) } : NOTHING), onErase: 'keep', phase: 1 },
};

/**
 * botbuilder keys state as `<channelId>/users/<userId>/` and `<channelId>/conversations/<id>/`
 * (the trailing part is a namespace, empty for UserState and ConversationState). Rows whose data
 * mentions the client's ids are theirs too (a dialog may have kept an id).
 */
function botStateRows(who: ClientIdentity): Where {
  const prefixes = [`${who.channelId}/users/${who.channelUserId}`, ...who.conversationIds.map((id) => `${who.channelId}/conversations/${id}`)];
  const keys = prefixes.flatMap((prefix) => [prefix, `${prefix}/`]);
  const mentions = [who.userKey, who.clientId, who.channelUserId].filter((id): id is string => Boolean(id && id.length >= 8));
  return { OR: [{ key: { in: keys } }, ...mentions.map((id) => ({ data: { contains: id } }))] };
}

/** Every model Prisma knows, checked against the map (a model added without coverage throws). */
export function coveredModels(): ModelName[] {
  const missing = MODEL_NAMES.filter((model) => !clientDataMap[model]);
  if (missing.length) throw new Error(`No privacy coverage for: ${missing.join(', ')} (add them to src/privacy/clientData.ts)`);
  return [...MODEL_NAMES];
}

/** Works out who someone is from their user key: their client row and their conversations. */
export async function identify(db: Database, userKey: string, knownConversationIds: string[] = []): Promise<ClientIdentity> {
  const separator = userKey.indexOf(':');
  const channelId = separator > 0 ? userKey.slice(0, separator) : userKey;
  const channelUserId = separator > 0 ? userKey.slice(separator + 1) : '';
  const client = await new ClientRepository(db).findByUserKey(userKey);
  const references = await new ConversationReferences(db).storedFor(userKey, client?.id ?? null);
  const conversationIds = new Set([...knownConversationIds, ...(await new ConversationLedger(db).conversationIdsOf(userKey))]);
  for (const reference of references) {
    const id = conversationIdIn(reference);
    if (id) conversationIds.add(id);
  }
  return { userKey, clientId: client?.id ?? null, channelId, channelUserId, conversationIds: [...conversationIds] };
}

export async function identifyClientById(db: Database, clientId: string): Promise<ClientIdentity | null> {
  const client = await new ClientRepository(db).findById(clientId);
  return client ? identify(db, client.userKey) : null;
}

function conversationIdIn(reference: string): string | null {
  try {
    const parsed = JSON.parse(reference) as { conversation?: { id?: unknown } };
    return typeof parsed.conversation?.id === 'string' ? parsed.conversation.id : null;
  } catch {
    return null;
  }
}
