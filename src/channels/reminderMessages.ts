// Turns a reminder row into the message the client sees, with its answer buttons. The reminder's
// key rides along in channelData so a reply (and a test) can tell exactly which one arrived.
import { ActionTypes, type Activity, type CardAction } from 'botbuilder';
import type { ReminderButtonData } from '../domain/reminderButtonData.ts';
import { escapeMarkdown } from '../messages/escapeText.ts';
import { calendarDayIn, formatDueDate } from '../domain/dates.ts';
import { withButtons } from '../../dialogs/prompts.ts';
import {
  dueSoonText,
  dueTodayText,
  needHelpButton,
  noDueDay,
  overdueText,
  reminderAnswerChoices,
  reminderButtons,
  reviewButton,
  reviewDueText,
} from '../messages/en/reminders.ts';
import { checkInButtons, checkInText } from '../messages/en/inWork.ts';

export interface ReminderContent {
  key: string;
  /** The client's channel: Teams shows only imBack buttons as suggested actions. */
  channelId?: string;
  kind: string;
  itemLineageId: string | null;
  item: { text: string; dueAt: Date | null } | null;
  timeZone: string;
  now: Date;
}

export function reminderActivity(content: ReminderContent): Partial<Activity> {
  const activity = content.kind === 'in-work-check-in'
    ? withButtons(checkInText(null), checkInButtons, false)
    : content.kind === 'review-due' || !content.item
    ? withButtons(reviewDueText, [reviewButton, needHelpButton], false)
    : withButtons(itemText(content.kind, content.item, content.timeZone, content.now), reminderButtons, false);
  activity.channelData = { reminderKey: content.key, reminderKind: content.kind, itemLineageId: content.itemLineageId };
  if (content.itemLineageId && content.kind !== 'review-due' && content.channelId !== 'msteams') {
    activity.suggestedActions = { actions: answerButtons(content.key, content.itemLineageId), to: [] };
  }
  return activity;
}

/**
 * Where the channel allows it, each answer button carries its reminder: a tap on "Done" answers
 * this reminder's step, whatever question is on screen. Typed words (and Teams' imBack buttons)
 * answer a reminder only when nothing else is being asked; see reminderReplyFor.
 */
function answerButtons(reminderKey: string, itemLineageId: string): CardAction[] {
  return reminderAnswerChoices.map((choice) => ({
    type: ActionTypes.MessageBack,
    title: choice.label,
    text: choice.label,
    displayText: choice.label,
    value: { reminderKey, reminderAnswer: choice.value, itemLineageId } satisfies ReminderButtonData,
  }));
}

function itemText(kind: string, item: { text: string; dueAt: Date | null }, timeZone: string, now: Date): string {
  const text = escapeMarkdown(item.text.trim().replace(/[.!]+$/, ''));
  const due = item.dueAt ? formatDueDate(item.dueAt, timeZone, { now }) : noDueDay;
  // A reminder sent late (the server was down, a lease was retried) says the days as they are now.
  const daysAway = item.dueAt ? daysBetween(now, item.dueAt, timeZone) : null;
  if (kind === 'item-due-soon' && (daysAway === null || daysAway > 0)) return dueSoonText(text, due, daysAway ?? 2);
  if (kind !== 'item-overdue' && (daysAway === null || daysAway >= 0)) return dueTodayText(text);
  return overdueText(text, due, daysAway === null ? 1 : -daysAway);
}

/** Calendar days from now to the day, in the client's zone: 0 today, 1 tomorrow, negative when gone. */
function daysBetween(now: Date, day: Date, timeZone: string): number {
  const [a, b] = [calendarDayIn(now, timeZone), calendarDayIn(day, timeZone)];
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}
