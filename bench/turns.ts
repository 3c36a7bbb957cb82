// Turn throughput and latency over HTTP /api/messages: the echo bot, the stock dialogs bot on
// durable SQLite state (the anchor) and the coaching bot on a fresh database, each in a child
// process, driven by the same virtual users and script.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mixedCoachingScript } from './coachingScript.ts';
import { FastConnector } from './fastConnector.ts';
import { createFreshDatabase, type Provider } from './freshDatabase.ts';
import { runLoad, type LoadResult } from './load.ts';
import { perSecond, summarize, type LatencySummary } from './percentiles.ts';
import { seedConsentedClients } from './seedBenchUsers.ts';
import { startBotProcess, type BotProcess } from './botProcess.ts';

export interface TurnSettings {
  users: number;
  warmupMs: number;
  durationMs: number;
  /** Profile the bot's CPU over the load and write <dir>/<file>.cpuprofile. */
  cpuProfile?: { dir: string; file: string };
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
  /** CPU time of the bot process (user + system) over the measured window, per turn measured. */
  cpuMsPerTurn: number;
  /** Turns measured (after the warm-up): what the CPU time and the profile are spread over. */
  measuredTurns: number;
}

function figures(label: string, result: LoadResult, queries: number, cpuMs: number): TurnFigures {
  return {
    label,
    turnsPerSecond: perSecond(result.turns, result.elapsedMs),
    latency: summarize(result.latenciesMs),
    repliesPerTurn: result.turns ? result.replies / result.turns : Number.NaN,
    errors: result.errors,
    silentTurns: result.silentTurns,
    failedTurns: result.failedTurns,
    queriesPerTurn: result.turns ? queries / result.turns : Number.NaN,
    cpuMsPerTurn: result.turns ? cpuMs / result.turns : Number.NaN,
    measuredTurns: result.turns,
  };
}

const userIdFor = (index: number) => `bench-user-${index}`;

/**
 * Runs the script against a started bot. Its statements, CPU time and profile are taken over the
 * measured window only (after the warm-up), so start-up and first-call compilation stay out.
 */
async function drive(label: string, bot: BotProcess, connector: FastConnector, settings: TurnSettings): Promise<TurnFigures> {
  const before = new Promise<{ queries: number; cpuMs: number }>((resolve) => {
    setTimeout(() => {
      void (async () => {
        if (settings.cpuProfile) await bot.profile();
        resolve({ queries: await bot.queries(), cpuMs: await bot.cpuMs() });
      })();
    }, settings.warmupMs);
  });
  const result = await runLoad({ botUrl: bot.url, connector, script: mixedCoachingScript, userIdFor, ...settings });
  const start = await before;
  const [queries, cpuMs] = [(await bot.queries()) - start.queries, (await bot.cpuMs()) - start.cpuMs];
  if (settings.cpuProfile) await bot.profile(join(settings.cpuProfile.dir, `${settings.cpuProfile.file}.cpuprofile`));
  return figures(label, result, queries, cpuMs);
}

export async function measureEchoTurns(settings: TurnSettings): Promise<TurnFigures> {
  const connector = await new FastConnector().start();
  const bot = await startBotProcess({ kind: 'echo' });
  try {
    return await drive('echo bot (stores nothing)', bot, connector, settings);
  } finally {
    await bot.stop();
    await connector.stop();
  }
}

export async function measureDialogsTurns(settings: TurnSettings): Promise<TurnFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'coach-bench-dialogs-'));
  const connector = await new FastConnector().start();
  const bot = await startBotProcess({ kind: 'dialogs', stateFile: join(folder, 'state.db') });
  try {
    return await drive('dialogs bot, durable SQLite (anchor)', bot, connector, settings);
  } finally {
    await bot.stop();
    await connector.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

export async function measureCoachingTurns(provider: Provider, settings: TurnSettings): Promise<TurnFigures> {
  const database = await createFreshDatabase(provider);
  const connector = await new FastConnector().start();
  try {
    await seedConsentedClients(database.url, Array.from({ length: settings.users }, (_, i) => userIdFor(i)));
    const bot = await startBotProcess({ kind: 'coach', databaseUrl: database.url, ...(process.env.BENCH_COACH_FLAGS ? { nodeFlags: process.env.BENCH_COACH_FLAGS.split(' ') } : {}) });
    try {
      return await drive(`coach, ${provider === 'sqlite' ? 'SQLite' : 'PostgreSQL'}`, bot, connector, settings);
    } finally {
      await bot.stop();
    }
  } finally {
    await connector.stop();
    await database.drop();
  }
}
