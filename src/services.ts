// What dialogs, middleware and the scheduler are given: the database, the settings and a clock.
// Repositories are made from `db` where they are needed; the clock is swappable for tests.
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface CoachServices {
  db: Database;
  config: Config;
  clock: Clock;
}
