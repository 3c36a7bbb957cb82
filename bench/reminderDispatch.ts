// Reminder dispatch at scale: seed clients, plans, action items and reminder rows in bulk, then
// time how fast one or several scheduler instances (separate processes, the real dispatcher)
// find and send the due reminders to the stand-in connector. Also shows the plan of the
// due-reminder query the dispatcher really sent, to prove it uses an index.
import { fork } from 'node:child_process';
import { memorySettings } from '../scripts/startCommand.ts';
import { compiledChild } from './compiledChild.ts';
import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { sqliteFilePath } from '../src/db/database.ts';
import type { TickReport } from '../src/scheduler/reminderDispatcher.ts';
import { FastConnector } from './fastConnector.ts';
import { createFreshDatabase, type Provider } from './freshDatabase.ts';
import { perSecond } from './percentiles.ts';
import type { CapturedQuery } from './queryCounter.ts';
import { middayTimeZone, resetDueReminders, seedReminderDataSet } from './seedReminders.ts';


export interface DispatchSettings {
  clients: number;
  itemsPerClient: number;
  due: number;
  instanceCounts: number[];
}

export interface DispatchRun {
  instances: number;
  delivered: number;
  sent: number;
  duplicates: number;
  notSent: number;
  elapsedMs: number;
  remindersPerSecond: number;
  queriesPerReminder: number;
  /** CPU time the scheduler processes spent per reminder sent: flat from 1 to 3 instances means no contention, only shared cores. */
  cpuMsPerReminder: number;
}

export interface DispatchFigures {
  provider: Provider;
  seedMs: number;
  rows: { clients: number; actionItems: number; reminders: number };
  runs: DispatchRun[];
  plan: { sql: string; text: string; usesIndex: boolean } | null;
}

interface InstanceDone {
  report: TickReport;
  elapsedMs: number;
  queries: number;
  cpuMs: number;
  dueQuery?: CapturedQuery;
}

export async function measureReminderDispatch(provider: Provider, settings: DispatchSettings): Promise<DispatchFigures> {
  const database = await createFreshDatabase(provider);
  const connector = await new FastConnector().start();
  try {
    const seedStarted = performance.now();
    await seedReminderDataSet(provider, database.url, {
      clients: settings.clients,
      itemsPerClient: settings.itemsPerClient,
      due: settings.due,
      serviceUrl: connector.url,
      timeZone: middayTimeZone(),
    });
    const seedMs = performance.now() - seedStarted;
    const runs: DispatchRun[] = [];
    let captured: CapturedQuery | undefined;
    for (const instances of settings.instanceCounts) {
      await resetDueReminders(provider, database.url);
      connector.reset();
      const { run, dueQuery } = await dispatchWith(instances, database.url, connector, settings.due);
      captured ??= dueQuery;
      runs.push(run);
    }
    const plan = captured ? await explain(provider, database.url, captured) : null;
    const items = settings.clients * settings.itemsPerClient;
    return { provider, seedMs, rows: { clients: settings.clients, actionItems: items, reminders: items }, runs, plan };
  } finally {
    await connector.stop();
    await database.drop();
  }
}

async function dispatchWith(instances: number, databaseUrl: string, connector: FastConnector, due: number) {
  const asStarted = memorySettings();
  const childEntry = await compiledChild('dispatchChild');
  const children = await Promise.all(
    Array.from({ length: instances }, async (_, index) => {
      const child = fork(childEntry, [], {
        execArgv: ['--no-deprecation', ...asStarted.nodeFlags, ...(process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [])],
        env: { ...process.env, ...asStarted.env, DATABASE_URL: databaseUrl, SCHEDULER_INSTANCE_ID: `bench-${instances}-${index}`, LOG_LEVEL: 'warn' },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      await new Promise<void>((resolve, reject) => {
        child.once('exit', (code) => reject(new Error(`dispatch instance exited with ${code} before it was ready`)));
        child.on('message', (message: { type: string }) => message.type === 'ready' && resolve());
      });
      child.removeAllListeners('exit');
      return child;
    }),
  );
  const started = performance.now();
  const results = await Promise.all(
    children.map(
      (child) =>
        new Promise<InstanceDone>((resolve, reject) => {
          child.once('exit', (code) => code !== 0 && reject(new Error(`dispatch instance exited with ${code}`)));
          child.on('message', (message: { type: string } & InstanceDone) => message.type === 'done' && resolve(message));
          child.send({ type: 'go' });
        }),
    ),
  );
  const elapsedMs = performance.now() - started;
  await Promise.all(children.map((child) => new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))));
  const sent = results.reduce((sum, result) => sum + result.report.sent, 0);
  const queries = results.reduce((sum, result) => sum + result.queries, 0);
  const cpuMs = results.reduce((sum, result) => sum + result.cpuMs, 0);
  const run: DispatchRun = {
    instances,
    delivered: connector.total,
    sent,
    duplicates: connector.conversationsWithMoreThan(1),
    notSent: due - sent,
    elapsedMs,
    remindersPerSecond: perSecond(connector.total, elapsedMs),
    queriesPerReminder: sent ? queries / sent : Number.NaN,
    cpuMsPerReminder: sent ? cpuMs / sent : Number.NaN,
  };
  return { run, dueQuery: results.find((result) => result.dueQuery)?.dueQuery };
}

async function explain(provider: Provider, url: string, query: CapturedQuery): Promise<DispatchFigures['plan']> {
  if (provider === 'sqlite') {
    const db = new BetterSqlite3(sqliteFilePath(url), { readonly: true });
    try {
      const placeholders = (query.sql.match(/\?/g) ?? []).length;
      const rows = db.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...Array.from({ length: placeholders }, () => null)) as Array<{ detail: string }>;
      const text = rows.map((row) => row.detail).join('\n');
      return { sql: query.sql, text, usesIndex: /USING (COVERING )?INDEX Reminder_status_sendAt_idx/.test(text) };
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${query.sql}`, query.values as unknown[]);
    const text = result.rows.map((row) => row['QUERY PLAN']).join('\n');
    return { sql: query.sql, text, usesIndex: /Index (Only )?Scan.*Reminder_status_sendAt_idx|Bitmap Index Scan on "?Reminder_status_sendAt_idx/.test(text) };
  } finally {
    await client.end();
  }
}
