// What a reminder's answer button carries back, so the answer goes to that reminder's step and
// never to whatever else is on screen.
export type ReminderAnswerValue = 'done' | 'more-time' | 'help' | 'partly';

export type ReminderButtonData = { reminderKey: string; reminderAnswer: ReminderAnswerValue; itemLineageId: string };

const ANSWERS: readonly string[] = ['done', 'more-time', 'help', 'partly'];

/** The button's data from an activity's `value`, or null when the message is not such a tap. */
export function readReminderButtonData(value: unknown): ReminderButtonData | null {
  if (!value || typeof value !== 'object') return null;
  const { reminderKey, reminderAnswer, itemLineageId } = value as Record<string, unknown>;
  if (typeof reminderKey !== 'string' || typeof itemLineageId !== 'string' || typeof reminderAnswer !== 'string') return null;
  if (!ANSWERS.includes(reminderAnswer) || itemLineageId.length > 100 || reminderKey.length > 300) return null;
  return { reminderKey, reminderAnswer: reminderAnswer as ReminderAnswerValue, itemLineageId };
}
