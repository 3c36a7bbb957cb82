// Pausing a client's reminders after a crisis (a nudge about a CV is the wrong message then),
// and restarting them when their adviser says so.
import type { Database } from './database.ts';

export async function pauseReminders(db: Database, clientId: string, at: Date): Promise<void> {
  await db.client.updateMany({ where: { id: clientId, remindersPausedAt: null }, data: { remindersPausedAt: at } });
}

export async function resumeReminders(db: Database, clientId: string): Promise<void> {
  await db.client.update({ where: { id: clientId }, data: { remindersPausedAt: null } });
}
