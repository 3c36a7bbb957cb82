// One scheduler instance in its own process: the real ReminderDispatcher with the real
// ProactiveSender and CloudAdapter, on the database in DATABASE_URL. On { type: 'go' } it ticks
// until a tick finds nothing to claim, then reports what it sent and how many queries it made.
import { installQueryCounter } from './queryCounter.ts';
import { loadConfig } from '../src/config.ts';
import { createDatabase } from '../src/db/database.ts';
import { createAdapter } from '../src/bot/adapter.ts';
import { ConversationReferences } from '../src/db/conversationReferences.ts';
import { ProactiveSender } from '../src/channels/proactiveSender.ts';
import { ReminderDispatcher, type TickReport } from '../src/scheduler/reminderDispatcher.ts';
import { setLogLevel } from '../src/log.ts';

const dueQuery = /UPDATE\s+"Reminder"\s+SET\s+status\s*=\s*'claimed'|FROM\s+[`"]?(main[`"]?\.[`"]?)?Reminder[`"]?\s+WHERE.*sendAt.*ORDER BY/is;
const counter = installQueryCounter(dueQuery);

async function main(): Promise<void> {
  setLogLevel('warn');
  const config = loadConfig({ ...process.env, NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
  const handle = createDatabase(config.DATABASE_URL);
  const adapter = createAdapter(config);
  const sender = new ProactiveSender(adapter, new ConversationReferences(handle.db), config.MicrosoftAppId ?? '');
  const dispatcher = new ReminderDispatcher({
    db: handle.db,
    provider: handle.provider,
    sender,
    config,
    concurrency: Number(process.env.BENCH_DISPATCH_CONCURRENCY ?? 8),
  });
  await handle.db.client.count({ where: { id: 'warm-up' } });

  process.on('message', async (message: { type: string }) => {
    if (message.type !== 'go') return;
    const total: TickReport = { claimed: 0, sent: 0, retried: 0, failed: 0, deferred: 0, cancelled: 0 };
    const queriesBefore = counter.count();
    const startedAt = performance.now();
    for (;;) {
      const report = await dispatcher.tick(new Date());
      for (const key of Object.keys(total) as Array<keyof TickReport>) total[key] += report[key];
      if (report.claimed === 0) break;
    }
    const elapsedMs = performance.now() - startedAt;
    process.send?.({ type: 'done', report: total, elapsedMs, queries: counter.count() - queriesBefore, dueQuery: counter.captured() });
    await handle.close();
    process.exit(0);
  });
  process.send?.({ type: 'ready' });
}

main().catch((error: unknown) => {
  console.error('bench dispatch instance failed', error);
  process.exit(1);
});
