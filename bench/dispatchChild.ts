// One scheduler instance in its own process: the whole app as `npm start` builds it (its
// ReminderDispatcher, ProactiveSender, and the CloudAdapter with all its middleware, which every
// proactive send passes through), on the database in DATABASE_URL, with the timer off. On
// { type: 'go' } it ticks until a tick finds nothing to claim, then reports what it sent and how
// many queries it made.
import { installQueryCounter } from './queryCounter.ts';
import { loadConfig } from '../src/config.ts';
import { startApp } from '../src/app.ts';
import type { TickReport } from '../src/scheduler/reminderDispatcher.ts';
import { setLogLevel } from '../src/log.ts';

const dueQuery = /UPDATE\s+"Reminder"\s+SET\s+status\s*=\s*'claimed'|FROM\s+[`"]?(main[`"]?\.[`"]?)?Reminder[`"]?\s+WHERE.*sendAt.*ORDER BY/is;
const counter = installQueryCounter(dueQuery);

async function main(): Promise<void> {
  setLogLevel('warn');
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SCHEDULER_ENABLED: 'false',
    LOCAL_WEBCHAT: 'false',
  });
  const app = await startApp(config);
  const dispatcher = app.reminders.dispatcher;
  await app.database.db.client.count({ where: { id: 'warm-up' } });

  process.on('message', async (message: { type: string }) => {
    if (message.type !== 'go') return;
    const total: TickReport = { claimed: 0, sent: 0, retried: 0, failed: 0, deferred: 0, cancelled: 0, throttled: 0, released: 0 };
    const queriesBefore = counter.count();
    const startedAt = performance.now();
    const cpuBefore = process.cpuUsage();
    for (;;) {
      const report = await dispatcher.tick(new Date());
      for (const key of Object.keys(total) as Array<keyof TickReport>) total[key] += report[key];
      if (report.claimed === 0) break;
    }
    const elapsedMs = performance.now() - startedAt;
    const cpu = process.cpuUsage(cpuBefore);
    process.send?.({ type: 'done', report: total, elapsedMs, cpuMs: (cpu.user + cpu.system) / 1000, queries: counter.count() - queriesBefore, dueQuery: counter.captured() });
    await app.stop();
    process.exit(0);
  });
  process.send?.({ type: 'ready' });
}

main().catch((error: unknown) => {
  console.error('bench dispatch instance failed', error);
  process.exit(1);
});
