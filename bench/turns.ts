// Turn throughput and latency over HTTP /api/messages: the echo baseline and the coaching bot on
// a fresh database, each in a child process, driven by the same virtual users and script.
import { mixedCoachingScript } from './coachingScript.ts';
import { FastConnector } from './fastConnector.ts';
import { createFreshDatabase, type Provider } from './freshDatabase.ts';
import { runLoad, type LoadResult } from './load.ts';
import { perSecond, summarize, type LatencySummary } from './percentiles.ts';
import { seedConsentedClients } from './seedBenchUsers.ts';
import { startBotProcess } from './botProcess.ts';

export interface TurnSettings {
  users: number;
  warmupMs: number;
  durationMs: number;
  cpuProfileDir?: string;
}

export interface TurnFigures {
  label: string;
  turnsPerSecond: number;
  latency: LatencySummary;
  repliesPerTurn: number;
  errors: number;
  silentTurns: number;
  failedTurns: number;
  queriesPerTurn: number;
}

function figures(label: string, result: LoadResult, queries = 0): TurnFigures {
  return {
    queriesPerTurn: result.allTurns ? queries / result.allTurns : Number.NaN,
    label,
    turnsPerSecond: perSecond(result.turns, result.elapsedMs),
    latency: summarize(result.latenciesMs),
    repliesPerTurn: result.turns ? result.replies / result.turns : Number.NaN,
    errors: result.errors,
    silentTurns: result.silentTurns,
    failedTurns: result.failedTurns,
  };
}

const userIdFor = (index: number) => `bench-user-${index}`;

export async function measureEchoTurns(settings: TurnSettings): Promise<TurnFigures> {
  const connector = await new FastConnector().start();
  const bot = await startBotProcess({ kind: 'echo' });
  try {
    const result = await runLoad({ botUrl: bot.url, connector, script: mixedCoachingScript, userIdFor, ...settings });
    return figures('echo bot (baseline)', result);
  } finally {
    await bot.stop();
    await connector.stop();
  }
}

export async function measureCoachingTurns(provider: Provider, settings: TurnSettings): Promise<TurnFigures> {
  const database = await createFreshDatabase(provider);
  const connector = await new FastConnector().start();
  try {
    await seedConsentedClients(database.url, Array.from({ length: settings.users }, (_, i) => userIdFor(i)));
    const bot = await startBotProcess({ kind: 'coach', databaseUrl: database.url, cpuProfileDir: settings.cpuProfileDir });
    try {
      const queriesBefore = await bot.queries();
      const result = await runLoad({ botUrl: bot.url, connector, script: mixedCoachingScript, userIdFor, ...settings });
      const queries = (await bot.queries()) - queriesBefore;
      return figures(`coaching bot, ${provider === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`, result, queries);
    } finally {
      await bot.stop();
    }
  } finally {
    await connector.stop();
    await database.drop();
  }
}
