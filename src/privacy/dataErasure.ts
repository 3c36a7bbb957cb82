// "Delete my data": removes every row of a person's across every table, in one transaction, and
// leaves only an audit event without personal content. Consent withdrawal lives here too: it
// stops all contact at once but keeps the plan until the client or retention erases it.
import type { Database } from '../db/database.ts';
import { AuditLog, type AuditActor } from '../db/audit.ts';
import { ConversationReferences } from '../db/conversationReferences.ts';
import { ConversationLedger } from './conversationLedger.ts';
import { clientDataMap, coveredModels, delegateFor, type ClientIdentity, type ModelName } from './clientData.ts';

export interface ErasureResult {
  /** Rows removed, per table. */
  removed: Partial<Record<ModelName, number>>;
}

export async function eraseClientData(db: Database, who: ClientIdentity, actor: AuditActor, now: Date): Promise<ErasureResult> {
  const models = coveredModels()
    .filter((model) => clientDataMap[model].onErase === 'delete')
    .sort((a, b) => clientDataMap[a].phase - clientDataMap[b].phase);
  const removed: Partial<Record<ModelName, number>> = {};
  await db.$transaction(async (tx) => {
    for (const model of models) {
      const where = clientDataMap[model].rowsOf(who);
      if (!where) continue;
      const { count } = await delegateFor(tx, model).deleteMany({ where });
      if (count) removed[model] = count;
    }
  });
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
  let removed = 0;
  for (const model of ['BotState', 'UserConversation', 'ConversationRef'] as const) {
    const where = clientDataMap[model].rowsOf(who);
    if (!where) continue;
    removed += (await delegateFor(db, model).deleteMany({ where })).count;
  }
  new ConversationReferences(db).forget(who.userKey);
  new ConversationLedger(db).forget(who.userKey);
  return removed;
}

/** Withdrawing consent: no more reminders from this moment, and the menu asks for consent again. */
export async function withdrawConsent(db: Database, clientId: string, actor: AuditActor, now: Date): Promise<{ remindersCancelled: number }> {
  const { count } = await db.$transaction(async (tx) => {
    await tx.client.update({ where: { id: clientId }, data: { consentWithdrawnAt: now } });
    return tx.reminder.updateMany({
      where: { clientId, status: { in: ['pending', 'claimed'] } },
      data: { status: 'cancelled', leaseUntil: null },
    });
  });
  await new AuditLog(db).record({ actor, action: 'consent-withdrawn', subject: clientId }, now);
  return { remindersCancelled: count };
}
