// What dialogs, middleware and the scheduler are given: the database, the settings, a clock and
// the proactive sender.
// Repositories are made from `db` where they are needed; the clock is swappable for tests.
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { ProactiveSender } from './channels/proactiveSender.ts';
import type { Clock } from './domain/clock.ts';

export { systemClock, type Clock } from './domain/clock.ts';

export interface CoachServices {
  db: Database;
  config: Config;
  clock: Clock;
  /** Sends proactive messages through stored conversation references. */
  sender: ProactiveSender;
}
