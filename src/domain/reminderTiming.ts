// When each reminder goes out, in the client's own day. Times are worked out as local clock
// times in the client's IANA zone and only then turned into instants, so a daylight-saving
// change between now and the reminder never shifts it by an hour.
import { instantAtLocal, localClock } from './zonedTime.ts';
import type { CoachingStyle } from './coachingStyle.ts';
import { addDays, type CalendarDay } from './datePhrases.ts';
import { calendarDayIn } from './dates.ts';

/** Reminders sent this close together came at the same moment (one run of the dispatcher): one nudge to the client, one outreach attempt. */
export const SAME_MOMENT_MS = 5 * 60 * 1000;

/** A reply counts as an answer to a reminder sent within this long. */
export const ANSWER_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export type ReminderKind =
  | 'item-due-soon'
  | 'item-due-today'
  | 'item-overdue'
  | 'review-due'
  | 'in-work-check-in'
  | 'adviser-item-due'
  | 'adviser-item-overdue'
  /** Sends nothing: reminders the client paused until a day start again that day (reminderPauseWords.ts). */
  | 'reminders-resume';

/** Reminders that go to the client's adviser about an action the adviser owns. */
export const ADVISER_REMINDER_KINDS: readonly ReminderKind[] = ['adviser-item-due', 'adviser-item-overdue'];

export interface QuietHours {
  /** Local hour (0-23) when quiet time starts, e.g. 21. */
  start: number;
  /** Local hour (0-23) when quiet time ends, e.g. 8. */
  end: number;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { start: 21, end: 8 };

/** Mid-morning: late enough to be out of quiet hours, early enough to act on the same day. */
export const REMINDER_LOCAL_HOUR = 10;
export const DUE_SOON_DAYS_BEFORE = 2;
/** Overdue nudges stop after this many: by then the outreach rule has told the adviser. */
export const MAX_OVERDUE_REMINDERS = 4;

/**
 * Whether an overdue nudge still goes out after `unansweredInARow` reminders got no reply. At the
 * outreach limit the adviser is told, and chasing more only piles up: play-testing had a client who
 * went quiet for two weeks sent ten reminders, the later nudges of two steps on alternate days. The
 * first nudge after a step's day (`daysLate` 1, "How did it go?"), due-soon, due-today and the
 * review invitation still go.
 */
export function keepsChasing(kind: ReminderKind, daysLate: number, unansweredInARow: number, outreachLimit: number): boolean {
  return kind !== 'item-overdue' || daysLate <= 1 || unansweredInARow < outreachLimit;
}

export interface PlannedReminder {
  key: string;
  kind: ReminderKind;
  itemLineageId: string | null;
  sendAt: Date;
}

export interface ItemTimingInput {
  lineageId: string;
  dueAt: Date;
  timeZone: string;
  now: Date;
  style: Pick<CoachingStyle, 'overdueFollowUpDays'>;
  quietHours?: QuietHours;
  /** The plan's review day: an overdue nudge that day is left to the review, which asks about the step. */
  reviewAt?: Date | null;
}

/**
 * The reminders for one action item: due soon (two days before), due today, and overdue (the day
 * after, then every `overdueFollowUpDays`). Occurrences already in the past are left out. Keys
 * name the occurrence, so scheduling the same item twice is harmless.
 */
export function itemReminders(input: ItemTimingInput): PlannedReminder[] {
  const { lineageId, dueAt, timeZone, now, style } = input;
  const quiet = input.quietHours ?? DEFAULT_QUIET_HOURS;
  const dueDay = calendarDayIn(dueAt, timeZone);
  const planned: PlannedReminder[] = [];
  const add = (kind: ReminderKind, day: CalendarDay, label: string): void => {
    const sendAt = outsideQuietHours(atLocalTime(day, REMINDER_LOCAL_HOUR, timeZone), timeZone, quiet);
    if (sendAt.getTime() < now.getTime()) return;
    planned.push({ key: `item:${lineageId}:${label}:${dayKey(day)}`, kind, itemLineageId: lineageId, sendAt });
  };
  add('item-due-soon', addDays(dueDay, -DUE_SOON_DAYS_BEFORE), 'due-soon');
  add('item-due-today', dueDay, 'due-today');
  // Play-testing: an overdue nudge and the review invitation had come the same morning.
  const reviewDay = input.reviewAt ? dayKey(calendarDayIn(input.reviewAt, timeZone)) : null;
  for (let n = 0; n < MAX_OVERDUE_REMINDERS; n++) {
    const day = addDays(dueDay, 1 + n * style.overdueFollowUpDays);
    if (dayKey(day) !== reviewDay) add('item-overdue', day, 'overdue');
  }
  return dropDueSoonWhenTooClose(planned);
}

/** A due-soon note the day before or on the due day would only repeat the due-today one. */
function dropDueSoonWhenTooClose(planned: PlannedReminder[]): PlannedReminder[] {
  const today = planned.find((p) => p.kind === 'item-due-today');
  const soon = planned.find((p) => p.kind === 'item-due-soon');
  if (!today || !soon || soon.sendAt < today.sendAt) return planned;
  return planned.filter((p) => p !== soon);
}

/** The reminder that a review is due, on the review day in the client's morning. */
export function reviewReminder(input: {
  clientId: string;
  reviewAt: Date;
  timeZone: string;
  now: Date;
  quietHours?: QuietHours;
}): PlannedReminder | null {
  const day = calendarDayIn(input.reviewAt, input.timeZone);
  const sendAt = outsideQuietHours(atLocalTime(day, REMINDER_LOCAL_HOUR, input.timeZone), input.timeZone, input.quietHours ?? DEFAULT_QUIET_HOURS);
  if (sendAt.getTime() < input.now.getTime()) return null;
  return { key: `review:${input.clientId}:${dayKey(day)}`, kind: 'review-due', itemLineageId: null, sendAt };
}

/**
 * Reminders paused "till the 20th" start again as that day begins in the client's zone: nothing is
 * sent then, so quiet hours do not matter, and the day's reminders go out as usual.
 */
export function resumeReminder(input: { clientId: string; until: Date; timeZone: string }): PlannedReminder {
  const day = calendarDayIn(input.until, input.timeZone);
  return { key: `resume:${input.clientId}:${dayKey(day)}`, kind: 'reminders-resume', itemLineageId: null, sendAt: atLocalTime(day, 0, input.timeZone) };
}

/** Whether the local hour at this instant falls in quiet time (the window may cross midnight). */
export function isQuietTime(instant: Date, timeZone: string, quiet: QuietHours = DEFAULT_QUIET_HOURS): boolean {
  if (quiet.start === quiet.end) return false;
  const local = localClock(instant, timeZone);
  const minutes = local.hour * 60 + local.minute;
  const start = quiet.start * 60;
  const end = quiet.end * 60;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/** The instant itself when it is outside quiet time, else the next local end of quiet time. */
export function outsideQuietHours(instant: Date, timeZone: string, quiet: QuietHours = DEFAULT_QUIET_HOURS): Date {
  if (!isQuietTime(instant, timeZone, quiet)) return instant;
  const today = calendarDayIn(instant, timeZone);
  const endToday = atLocalTime(today, quiet.end, timeZone);
  return endToday.getTime() > instant.getTime() ? endToday : atLocalTime(addDays(today, 1), quiet.end, timeZone);
}

export function atLocalTime(day: CalendarDay, hour: number, timeZone: string, minute = 0): Date {
  return instantAtLocal(day.year, day.month, day.day, hour, minute, timeZone);
}

export function dayKey(day: CalendarDay): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/**
 * When to try a failed send again: exponential backoff with full jitter (so several instances
 * retrying after an outage spread out), then moved out of quiet hours.
 */
export function retryAt(input: {
  now: Date;
  attempt: number;
  timeZone: string;
  quietHours?: QuietHours;
  baseMs?: number;
  capMs?: number;
  random?: () => number;
}): Date {
  const base = input.baseMs ?? 30_000;
  const cap = input.capMs ?? 60 * 60_000;
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, input.attempt - 1));
  const delay = base / 2 + (input.random ?? Math.random)() * (ceiling - base / 2);
  return outsideQuietHours(new Date(input.now.getTime() + delay), input.timeZone, input.quietHours ?? DEFAULT_QUIET_HOURS);
}
