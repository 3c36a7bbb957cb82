// Reminders are outreach attempts. A reminder sent while the one before it is still unanswered
// (no message from the client since it went out) adds one to the client's run of unanswered
// outreach; any message from the client resets the run (ClientContext). A long run goes to the adviser.
import type { Database } from '../db/database.ts';
import { ReminderRepository } from '../db/reminders.ts';
import { raiseReminderEscalation } from './raiseReminderEscalation.ts';

export async function recordOutreach(
  db: Database,
  input: { client: { id: string }; reminderId: string; now: Date; escalateAfter: number },
): Promise<void> {
  const { client, reminderId, now, escalateAfter } = input;
  const previous = await new ReminderRepository(db).lastSentBefore(client.id, now, reminderId);
  if (!previous?.sentAt || previous.answeredAt) return;
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
      detail: `${current!.unansweredOutreach} reminders in a row have had no answer from the client.`,
    },
    now,
  );
}
