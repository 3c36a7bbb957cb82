// The reminder pause kept in the database: the client's pause mark (clientSafety.ts) and the
// 'reminders-resume' row that ends it (see src/usecases/reminderPause.ts).
import { pauseReminders } from '../db/clientSafety.ts';
import type { Database } from '../db/database.ts';
import { ReminderRepository } from '../db/reminders.ts';
import type { ReminderPauseStore } from '../usecases/reminderPause.ts';

export const RESUME_KIND = 'reminders-resume';

export function reminderPauseStore(db: Database): ReminderPauseStore {
  const reminders = new ReminderRepository(db);
  const cancelResume = async (clientId: string, reason: string) => {
    await reminders.cancelPendingOfKind(clientId, RESUME_KIND, reason);
  };
  return {
    pause: (clientId, at) => pauseReminders(db, clientId, at),
    async scheduleResume(clientId, resume) {
      await cancelResume(clientId, 'a new day to start again');
      await reminders.schedule(clientId, [resume]);
    },
    cancelResume,
    async markAnswered(clientId, at) {
      await reminders.markAnswered(clientId, at);
    },
  };
}
