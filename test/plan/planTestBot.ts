// The real app on a free port with a clock the test moves, plus clients seeded straight into the
// database (consented, self-assessment done, locus band known) so the main dialog goes to the menu.
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../src/config.ts';
import { startApp } from '../../src/app.ts';
import { setLogLevel } from '../../src/log.ts';
import { emptyVocationalProfile, ASSESSMENT_STEPS, type JobGoal } from '../../src/domain/assessmentSteps.ts';
import type { LocusBand } from '../../src/domain/locusOfControl.ts';
import type { Database } from '../../src/db/database.ts';
import { StandInConnector } from '../support/standInConnector.ts';
import type { BotUnderTest } from '../support/botUnderTest.ts';
import { createEmptyDatabase } from '../support/testDatabase.ts';

export class TestClock {
  constructor(public current: Date) {}
  now = (): Date => new Date(this.current);
}

export async function startPlanBot(databaseUrl: string, clock: TestClock, env: Record<string, string> = {}): Promise<BotUnderTest> {
  setLogLevel('warn');
  const connector = await new StandInConnector().start();
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, SCHEDULER_ENABLED: 'false', ...env });
  const app = await startApp(config, { clock });
  return {
    app,
    connector,
    config,
    post: (activity, headers = {}) =>
      fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) }),
    async stop() {
      await app.stop();
      await connector.stop();
    },
  };
}

/** startPlanBot on a fresh database of the provider under test; stop() also drops it. */
export async function startPlanBotOnFreshDatabase(clock: TestClock, env: Record<string, string> = {}): Promise<BotUnderTest> {
  const database = await createEmptyDatabase();
  const bot = await startPlanBot(database.url, clock, env);
  return {
    ...bot,
    async stop() {
      await bot.stop();
      await database.drop();
    },
  };
}

export interface SeededClient {
  id: string;
  userId: string;
}

/** A client ready for the menu: consent given, profile complete, locus-of-control band known. */
export async function seedReadyClient(
  db: Database,
  options: { band: LocusBand; jobGoals?: JobGoal[]; timeZone?: string; now: Date },
): Promise<SeededClient> {
  const userId = `user-${randomUUID()}`;
  const client = await db.client.create({
    data: {
      userKey: `emulator:${userId}`,
      channelId: 'emulator',
      displayName: 'Sam',
      timeZone: options.timeZone ?? 'Europe/London',
      consentVersion: '1',
      consentedAt: options.now,
      lastContactAt: options.now,
    },
  });
  const profile = {
    ...emptyVocationalProfile(),
    jobGoals: options.jobGoals ?? [{ title: 'Cleaner', reason: 'I like things tidy', route: 'Apply to agencies' }],
    confidence: 5,
    completedSteps: ASSESSMENT_STEPS.map((step) => step.id),
  };
  await db.vocationalProfile.create({ data: { clientId: client.id, data: JSON.stringify(profile), marker: 'amber', completedAt: options.now } });
  const score = { external: 1.5, mixed: 3, internal: 4.5 }[options.band];
  await db.locusResult.create({ data: { clientId: client.id, score, band: options.band, answers: '[]', takenAt: options.now } });
  return { id: client.id, userId };
}
