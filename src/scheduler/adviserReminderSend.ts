// A reminder about an action the adviser owns goes to the client's adviser, in their personal
// chat, not to the client. It is not outreach to the client, so it never counts toward
// "outreach unanswered", and a failure raises no "cannot reach client".
import type { Client } from '../db/clients.ts';
import type { Database } from '../db/database.ts';
import { AdviserRepository } from '../db/advisers.ts';
import type { ClaimedReminder, ReminderRepository } from '../db/reminders.ts';
import type { ActionItem } from '../db/actionItemProgress.ts';
import type { ProactiveSender } from '../channels/proactiveSender.ts';
import { formatDueDate } from '../domain/dates.ts';
import { escapeMarkdown } from '../messages/escapeText.ts';
import { adviserItemReminderText } from '../messages/en/adviserReminders.ts';

export type AdviserReminderResult = 'sent' | 'cancelled' | 'failed' | 'retried';

export async function sendAdviserReminder(
  deps: { db: Database; reminders: ReminderRepository; sender: Pick<ProactiveSender, 'sendActivities'>; timeZone: string },
  reminder: ClaimedReminder,
  client: Client,
  item: ActionItem | null,
  now: Date,
  deadlineMs: number,
): Promise<AdviserReminderResult> {
  const adviser = client.adviserId ? await new AdviserRepository(deps.db).findById(client.adviserId) : null;
  if (!adviser?.userKey || !item) {
    await deps.reminders.markCancelled(reminder, adviser?.userKey ? 'action gone' : 'no adviser to remind');
    return 'cancelled';
  }
  const due = item.dueAt ? formatDueDate(item.dueAt, deps.timeZone, { now }) : 'soon';
  const text = adviserItemReminderText(reminder.kind, escapeMarkdown(client.displayName ?? 'your client'), escapeMarkdown(item.text), due);
  const outcome = await deps.sender.sendActivities(adviser.userKey, [{ type: 'message', text }], undefined, { deadlineMs });
  if (outcome.status === 'sent') {
    await deps.reminders.markSentMany(reminder.claimToken, [reminder.id], now);
    return 'sent';
  }
  if (outcome.status === 'retry') {
    await deps.reminders.markRetry(reminder, new Date(now.getTime() + 5 * 60_000), `HTTP ${outcome.httpStatus ?? '?'}: ${outcome.message}`);
    return 'retried';
  }
  await deps.reminders.markFailed(reminder, outcome.status === 'no-reference' ? 'the adviser has no personal chat with the bot' : `HTTP ${outcome.httpStatus}`, false);
  return 'failed';
}
