// Where a new job turns into in-work check-in reminders, and a lost job stops them.
import { inWorkCheckIns } from '../domain/inWork.ts';
import { ReminderRepository } from '../db/reminders.ts';
import type { Employment } from '../db/employments.ts';
import type { CoachServices } from '../services.ts';
import { quietHoursOf } from './reminderPlanning.ts';

export async function scheduleInWorkCheckIns(
  services: Pick<CoachServices, 'db' | 'config' | 'clock'>,
  client: { id: string; timeZone: string },
  job: Employment,
): Promise<number> {
  const planned = inWorkCheckIns({
    employmentId: job.id,
    startsOn: job.startsOn,
    now: services.clock.now(),
    timeZone: client.timeZone,
    schedule: { weeklyForWeeks: services.config.IN_WORK_WEEKLY_WEEKS, monthlyForMonths: services.config.IN_WORK_MONTHLY_MONTHS },
    quietHours: quietHoursOf(services.config),
  });
  await new ReminderRepository(services.db).schedule(client.id, planned);
  return planned.length;
}

export async function cancelInWorkCheckIns(services: Pick<CoachServices, 'db'>, clientId: string, reason: string): Promise<void> {
  await new ReminderRepository(services.db).cancelPendingOfKind(clientId, 'in-work-check-in', reason);
}
