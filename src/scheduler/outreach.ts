// Reminders are outreach attempts. A reminder sent while the one before it is still unanswered
// (no message from the client since it went out) adds one to the client's run of unanswered
// outreach; any message from the client resets the run (ClientContext). A long run goes to the adviser.
import { remindersUnanswered } from '../messages/en/escalationDetails.ts';
import type { Database } from '../db/database.ts';
import type { Reminder } from '../db/reminders.ts';
import { raiseReminderEscalation } from './raiseReminderEscalation.ts';

export type PreviousReminder = Pick<Reminder, 'sentAt' | 'answeredAt'>;

/**
 * `previous` is the reminder sent to the client before this one (the dispatcher loads them for a
 * whole batch); `lastContactAt` is the client's as loaded with the batch.
 */
export async function recordOutreach(
  db: Database,
  input: { client: { id: string; lastContactAt: Date | null }; previous: PreviousReminder | null | undefined; now: Date; escalateAfter: number },
): Promise<void> {
  const { client, previous, now, escalateAfter } = input;
  if (!previous?.sentAt || previous.answeredAt) return;
  // Last contact only moves forward, so a client already in touch since then needs no write.
  if (!client.lastContactAt || client.lastContactAt >= previous.sentAt) return;
  const { count } = await db.client.updateMany({
    where: { id: client.id, lastContactAt: { lt: previous.sentAt } },
    data: { unansweredOutreach: { increment: 1 } },
  });
  if (count === 0) return;
  const current = await db.client.findUnique({ where: { id: client.id }, select: { unansweredOutreach: true } });
  if ((current?.unansweredOutreach ?? 0) < escalateAfter) return;
  await raiseReminderEscalation(
    db,
    {
      clientId: client.id,
      reason: 'outreach-unanswered',
      detail: remindersUnanswered(current!.unansweredOutreach),
    },
    now,
  );
}
