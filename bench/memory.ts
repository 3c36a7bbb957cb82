// Resident memory of the coaching bot (its own child process, SQLite) before and after a number
// of distinct conversations: each a new person who opens the chat and answers the consent
// question, so conversation state, a client row and a conversation reference are all made.
import { FastConnector } from './fastConnector.ts';
import { createFreshDatabase } from './freshDatabase.ts';
import { startBotProcess } from './botProcess.ts';
import { runLoad, type VirtualUser } from './load.ts';
import { memorySettings } from '../scripts/startCommand.ts';

export interface MemorySettings {
  conversations: number;
  users: number;
  nodeFlags?: string[];
}

export interface MemoryFigures {
  nodeFlags: string;
  conversations: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  rssAfterGcMb: number;
  heapUsedBeforeMb: number;
  heapUsedAfterGcMb: number;
  externalAfterGcMb: number;
  growthPerConversationKb: number;
  elapsedMs: number;
  errors: number;
  /** RSS and JS heap along the way, to tell a plateau from a leak. */
  curve: Array<{ conversations: number; rssMb: number; heapUsedMb: number }>;
}

const mb = (bytes: number) => bytes / (1024 * 1024);

function describeStart(nodeFlags: string[] | undefined): string {
  const asStarted = memorySettings();
  const env = Object.entries(asStarted.env).map(([name, value]) => `${name}=${value}`);
  const flags = nodeFlags ?? asStarted.nodeFlags;
  return [...env, ...(flags.length ? flags : ['no memory flags'])].join(' ') + (nodeFlags ? ' (BENCH_MEMORY_FLAGS)' : ' (as npm start)');
}

export async function measureMemory(settings: MemorySettings): Promise<MemoryFigures> {
  const database = await createFreshDatabase('sqlite');
  const connector = await new FastConnector().start();
  const bot = await startBotProcess({ kind: 'coach', databaseUrl: database.url, nodeFlags: settings.nodeFlags });
  try {
    const before = await bot.memory(true);
    let next = 0;
    const curve: MemoryFigures['curve'] = [];
    const step = Math.max(1, Math.floor(settings.conversations / 5));
    const startedAt = performance.now();
    const result = await runLoad({
      botUrl: bot.url,
      connector,
      users: settings.users,
      warmupMs: 0,
      durationMs: 60 * 60 * 1000,
      userIdFor: (index) => `memory-user-${index}`,
      script: async (user: VirtualUser) => {
        while (next < settings.conversations) {
          const id = next++;
          if (id > 0 && id % step === 0) {
            const usage = await bot.memory(false);
            curve.push({ conversations: id, rssMb: mb(usage.rss), heapUsedMb: mb(usage.heapUsed) });
          }
          user.userId = `memory-person-${id}`;
          user.newConversation();
          await user.join();
          await user.say('Yes, that is OK');
        }
      },
    });
    const elapsedMs = performance.now() - startedAt;
    const after = await bot.memory(false);
    const afterGc = await bot.memory(true);
    return {
      nodeFlags: describeStart(settings.nodeFlags),
      conversations: settings.conversations,
      rssBeforeMb: mb(before.rss),
      rssAfterMb: mb(after.rss),
      rssAfterGcMb: mb(afterGc.rss),
      heapUsedBeforeMb: mb(before.heapUsed),
      heapUsedAfterGcMb: mb(afterGc.heapUsed),
      externalAfterGcMb: mb(afterGc.external),
      growthPerConversationKb: (after.rss - before.rss) / 1024 / settings.conversations,
      elapsedMs,
      errors: result.errors + result.failedTurns,
      curve: [...curve, { conversations: settings.conversations, rssMb: mb(after.rss), heapUsedMb: mb(after.heapUsed) }],
    };
  } finally {
    await bot.stop();
    await connector.stop();
    await database.drop();
  }
}
