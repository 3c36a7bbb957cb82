// Actions the adviser owns get reminders too, sent to the adviser: on the due day and the working
// day after if it is still to do. Times are 10:00 in the adviser's time zone.
import { addDays } from './datePhrases.ts';
import { calendarDayIn } from './dates.ts';
import { atLocalTime, dayKey, REMINDER_LOCAL_HOUR, type PlannedReminder } from './reminderTiming.ts';

export function adviserItemReminders(input: { lineageId: string; dueAt: Date; now: Date; timeZone: string }): PlannedReminder[] {
  const due = calendarDayIn(input.dueAt, input.timeZone);
  const planned: PlannedReminder[] = [
    { key: `adviser-item:${input.lineageId}:due:${dayKey(due)}`, kind: 'adviser-item-due', itemLineageId: input.lineageId, sendAt: atLocalTime(due, REMINDER_LOCAL_HOUR, input.timeZone) },
    {
      key: `adviser-item:${input.lineageId}:overdue:${dayKey(addDays(due, 1))}`,
      kind: 'adviser-item-overdue',
      itemLineageId: input.lineageId,
      sendAt: atLocalTime(addDays(due, 1), REMINDER_LOCAL_HOUR, input.timeZone),
    },
  ];
  return planned.filter((reminder) => reminder.sendAt.getTime() >= input.now.getTime());
}
