// Pausing a client's reminders after a crisis (a nudge about a CV is the wrong message then),
// and restarting them when their adviser says so.
import type { Database } from './database.ts';

export async function pauseReminders(db: Database, clientId: string, at: Date): Promise<void> {
  await db.client.updateMany({ where: { id: clientId, remindersPausedAt: null }, data: { remindersPausedAt: at } });
}

/** True when they were paused and are back on now; false when they were not paused. */
export async function resumeReminders(db: Database, clientId: string): Promise<boolean> {
  const { count } = await db.client.updateMany({ where: { id: clientId, remindersPausedAt: { not: null } }, data: { remindersPausedAt: null } });
  return count > 0;
}
