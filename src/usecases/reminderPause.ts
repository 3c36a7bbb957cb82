// A client away or unwell pauses their reminders until a day: they start again by themselves that
// day (a 'reminders-resume' row, see reminderTiming.ts). Paused shows in the caseload, as when the
// client types "stop reminders". Reminders the coach paused after a crisis are left as they are.
import { resumeReminder, type PlannedReminder } from '../domain/reminderTiming.ts';
import type { Clock } from '../domain/clock.ts';

/** Where the pause is kept: the client's pause mark and the one row that ends it. */
export interface ReminderPauseStore {
  /** Marks reminders paused from `at`; a pause already kept (a crisis's) keeps its time. */
  pause(clientId: string, at: Date): Promise<void>;
  /** The day's row that turns them on again; any earlier one is replaced. */
  scheduleResume(clientId: string, resume: PlannedReminder): Promise<void>;
  /** No row turns them on again: the client said "start reminders", or "stop" with no day. */
  cancelResume(clientId: string, reason: string): Promise<void>;
  /** Every reminder sent so far counts as answered: time away told is a reply. */
  markAnswered(clientId: string, at: Date): Promise<void>;
}

export interface PauseDeps {
  clock: Clock;
  pauses: ReminderPauseStore;
}

/** `until` null: paused until the client says "start reminders". */
export async function pauseRemindersUntil(
  deps: PauseDeps,
  input: { client: { id: string; timeZone: string; consentedAt: Date | null; consentWithdrawnAt: Date | null }; until: Date | null },
): Promise<'paused' | 'no-consent'> {
  const { client, until } = input;
  if (!client.consentedAt || client.consentWithdrawnAt) return 'no-consent';
  const now = deps.clock.now();
  await deps.pauses.markAnswered(client.id, now);
  await deps.pauses.pause(client.id, now);
  if (until) await deps.pauses.scheduleResume(client.id, resumeReminder({ clientId: client.id, until, timeZone: client.timeZone }));
  else await deps.pauses.cancelResume(client.id, 'paused with no day to start again');
  return 'paused';
}

/** "start reminders" or "stop reminders" typed: no day turns them on by itself any more. */
export function forgetResumeDay(deps: Pick<PauseDeps, 'pauses'>, input: { clientId: string; reason: string }): Promise<void> {
  return deps.pauses.cancelResume(input.clientId, input.reason);
}
