// "Delete my data": removes every row of a person's across every table, in one transaction, and
// leaves only an audit event without personal content.
import type { Database } from '../db/database.ts';
import { AuditLog, type AuditActor } from '../db/audit.ts';
import { ConversationReferences } from '../db/conversationReferences.ts';
import { ConversationLedger } from '../db/conversationLedger.ts';
import { deleteRows, deleteRowsTogether } from '../db/clientRows.ts';
import { clientDataMap, coveredModels, type ClientIdentity, type ModelName } from './clientData.ts';

export interface ErasureResult {
  /** Rows removed, per table. */
  removed: Partial<Record<ModelName, number>>;
}

export async function eraseClientData(db: Database, who: ClientIdentity, actor: AuditActor, now: Date): Promise<ErasureResult> {
  const models = coveredModels()
    .filter((model) => clientDataMap[model].onErase === 'delete')
    .sort((a, b) => clientDataMap[a].phase - clientDataMap[b].phase);
  const removed = await deleteRowsTogether(db, stepsFor(models, who));
  new ConversationReferences(db).forget(who.userKey);
  new ConversationLedger(db).forget(who.userKey);
  if (who.clientId) await new AuditLog(db).record({ actor, action: 'data-erased', subject: who.clientId }, now);
  return { removed };
}

/**
 * What a turn itself writes (bot state saved at its end, the conversation noted at its start) is
 * swept again once the turn is over: after an erasure, and after "No thanks" at consent.
 */
export async function eraseBotState(db: Database, who: ClientIdentity): Promise<number> {
  const removed = await deleteRows(db, stepsFor(['BotState', 'UserConversation', 'ConversationRef'], who));
  new ConversationReferences(db).forget(who.userKey);
  new ConversationLedger(db).forget(who.userKey);
  return removed;
}

function stepsFor(models: readonly ModelName[], who: ClientIdentity) {
  return models.flatMap((model) => {
    const where = clientDataMap[model].rowsOf(who);
    return where ? [{ model, where }] : [];
  });
}
