// The scheduler hands a client over to their adviser through the one escalation path; the
// escalation dispatcher delivers it (the scheduler has no turn to answer in).
import type { Database } from '../db/database.ts';
import { recordEscalation } from '../escalation/raiseEscalation.ts';

export type ReminderEscalationReason = 'cannot-reach-client' | 'outreach-unanswered';

export async function raiseReminderEscalation(
  db: Database,
  input: { clientId: string; reason: ReminderEscalationReason; detail: string },
  now: Date,
): Promise<boolean> {
  const { created } = await recordEscalation(db, { clientId: input.clientId, reason: input.reason, detail: input.detail }, now);
  return created;
}
