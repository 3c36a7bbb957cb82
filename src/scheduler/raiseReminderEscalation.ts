// The scheduler's one way to hand a client over to their adviser. It goes through the shared
// escalation repository; when src/escalation/raiseEscalation.ts lands, only this file changes.
import type { Database } from '../db/database.ts';
import { EscalationRepository } from '../db/escalations.ts';

export type ReminderEscalationReason = 'cannot-reach-client' | 'outreach-unanswered';

export async function raiseReminderEscalation(
  db: Database,
  input: { clientId: string; reason: ReminderEscalationReason; detail: string },
  now: Date,
): Promise<boolean> {
  const { created } = await new EscalationRepository(db).raise(
    { clientId: input.clientId, reason: input.reason, urgency: input.reason === 'cannot-reach-client' ? 'soon' : 'routine', detail: input.detail },
    now,
  );
  return created;
}
