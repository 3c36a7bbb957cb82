// Reminders are outreach attempts. A reminder sent while the one before it is still unanswered
// (no message from the client since it went out) adds one to the client's run of unanswered
// outreach; any message from the client resets the run (ClientContext). A long run goes to the
// adviser through the hourly escalation rules ('outreach-unanswered' in the trigger table).
// Reminders sent at one moment (two steps' nudges the same morning) are one attempt: the client had
// no time to answer between them. Play-testing reviews, round two: counted one each, a client quiet
// only since Monday's plan was handed to the adviser ("soon") on Wednesday.
import type { Database } from '../db/database.ts';
import type { Reminder } from '../db/reminders.ts';
import { ClientRepository } from '../db/clients.ts';
import { SAME_MOMENT_MS } from '../domain/reminderTiming.ts';

export type PreviousReminder = Pick<Reminder, 'sentAt' | 'answeredAt'>;

/**
 * `previous` is the reminder sent to the client before this one (the dispatcher loads them for a
 * whole batch); `lastContactAt` is the client's as loaded with the batch.
 */
export async function recordOutreach(
  db: Database,
  input: { client: { id: string; lastContactAt: Date | null }; previous: PreviousReminder | null | undefined; sentAt: Date },
): Promise<void> {
  const { client, previous } = input;
  if (!previous?.sentAt || previous.answeredAt) return;
  if (input.sentAt.getTime() - previous.sentAt.getTime() < SAME_MOMENT_MS) return;
  // Last contact only moves forward, so a client already in touch since then needs no write.
  if (!client.lastContactAt || client.lastContactAt >= previous.sentAt) return;
  await new ClientRepository(db).addUnansweredOutreach(client.id, previous.sentAt);
}
