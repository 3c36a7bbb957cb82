// Turns a reminder row into the message the client sees, with its answer buttons. The reminder's
// key rides along in channelData so a reply (and a test) can tell exactly which one arrived.
import type { Activity } from 'botbuilder';
import { escapeMarkdown } from '../cards/escapeText.ts';
import { formatDueDate } from '../domain/dates.ts';
import { withButtons } from '../../dialogs/prompts.ts';
import { dueSoonText, dueTodayText, overdueText, reminderButtons, reviewButton, reviewDueText } from '../../dialogs/messages/reminders.ts';

export interface ReminderContent {
  key: string;
  kind: string;
  itemLineageId: string | null;
  item: { text: string; dueAt: Date | null } | null;
  timeZone: string;
  now: Date;
}

export function reminderActivity(content: ReminderContent): Partial<Activity> {
  const activity = content.kind === 'review-due' || !content.item
    ? withButtons(reviewDueText, [reviewButton, 'I need help'], false)
    : withButtons(itemText(content.kind, content.item, content.timeZone, content.now), reminderButtons, false);
  activity.channelData = { reminderKey: content.key, reminderKind: content.kind, itemLineageId: content.itemLineageId };
  return activity;
}

function itemText(kind: string, item: { text: string; dueAt: Date | null }, timeZone: string, now: Date): string {
  const text = escapeMarkdown(item.text.trim().replace(/[.!]+$/, ''));
  const due = item.dueAt ? formatDueDate(item.dueAt, timeZone, { now }) : 'soon';
  if (kind === 'item-due-soon') return dueSoonText(text, due);
  if (kind === 'item-due-today') return dueTodayText(text);
  return overdueText(text, due);
}
