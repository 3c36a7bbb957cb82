// "Delete my data": removes every row of a person's across every table, in one transaction, and
// leaves only an audit event without personal content. Consent withdrawal lives here too: it
// stops all contact at once but keeps the plan until the client or retention erases it.
import type { Database } from '../db/database.ts';
import { AuditLog, type AuditActor } from '../db/audit.ts';
import { ConversationReferences } from '../db/conversationReferences.ts';
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
  if (who.clientId) await new AuditLog(db).record({ actor, action: 'data-erased', subject: who.clientId }, now);
  return { removed };
}

/** Bot state written after the erasure in the same turn (the dialog stack) is swept again. */
export async function eraseBotState(db: Database, who: ClientIdentity): Promise<number> {
  const where = clientDataMap.BotState.rowsOf(who);
  if (!where) return 0;
  const { count } = await delegateFor(db, 'BotState').deleteMany({ where });
  return count;
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
