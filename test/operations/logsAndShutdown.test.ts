// The bot as `npm start` runs it, in its own process: JSON log lines that carry the request id
// and the conversation id, and a graceful SIGTERM: no new reminders claimed, the send in flight
// finishes and is recorded, what was not started is handed back, and the process exits 0.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { StandInConnector } from '../support/standInConnector.ts';
import { createDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { startCommand } from '../../scripts/startCommand.ts';
import { buildProduct } from '../../scripts/build.ts';
import { seedClient } from '../reminders/dispatchRig.ts';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function until(condition: () => boolean | Promise<boolean>, what: string, withinMs = 30_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A time zone where it is between 10:00 and 16:59 at this moment, whatever the hour here. */
function zoneInDaytime(now: Date): string {
  const zones = ['Pacific/Kiritimati', 'Pacific/Auckland', 'Asia/Tokyo', 'Asia/Kolkata', 'Europe/Moscow', 'Europe/London', 'America/Sao_Paulo', 'America/New_York', 'America/Denver', 'America/Los_Angeles', 'Pacific/Honolulu', 'Pacific/Pago_Pago'];
  const hourIn = (timeZone: string) => Number(new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(now));
  const zone = zones.find((timeZone) => hourIn(timeZone) >= 10 && hourIn(timeZone) < 17);
  if (!zone) throw new Error('no listed time zone is in daytime now');
  return zone;
}

describe(`logs and shutdown of the running bot on ${testProvider}`, () => {
  let database: TestDatabase;
  let handle: DatabaseHandle | undefined;
  let connector: StandInConnector;

  beforeAll(async () => {
    await buildProduct();
    // Empty: the bot migrates it at start (SQLite's migration engine wants the file to itself).
    database = await createEmptyDatabase();
    connector = await new StandInConnector().start();
  }, 120_000);
  afterAll(async () => {
    await handle?.close();
    await connector.stop();
    await database.drop();
  });

  it('writes JSON lines with request and conversation ids, and on SIGTERM finishes the send in flight, hands back the rest, exits 0', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let remindedConversation = '';
    connector.respondWith = (caught) => (caught.conversationId === remindedConversation ? { status: 200, after: released } : 200);

    const port = await freePort();
    const command = startCommand();
    const child = spawn(process.execPath, [...command.nodeArgs, ...command.entry], {
      env: {
        PATH: process.env.PATH ?? '',
        ...command.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: database.url,
        LOG_LEVEL: 'debug',
        SCHEDULER_INTERVAL_MS: '200',
        REMINDER_CONCURRENCY: '1',
        LOCAL_WEBCHAT: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let clientId = '';
    try {
      // Start-up reads the kept models: on a busy machine (a CI run beside other work) it took over 30 s.
      await until(async () => (await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => undefined))?.status === 200, 'the bot to be ready', 90_000);
      handle = createDatabase(database.url);
      const db = handle.db;
      // A client for whom it is daytime now, so quiet hours never hold the reminders back.
      const client = await seedClient(db, connector, `shutdown-${Date.now()}`, { timeZone: zoneInDaytime(new Date()) });
      clientId = client.id;
      remindedConversation = client.conversationId;
      const due = new Date(Date.now() - 60_000);
      await db.reminder.createMany({
        data: ['first', 'second'].map((n) => ({ key: `shutdown:${n}`, clientId: client.id, kind: 'review-due', sendAt: due })),
      });
      await until(() => connector.received.length > 0, 'the first reminder send').catch((error) => {
        throw new Error(`${(error as Error).message}; the bot wrote:\n${output.slice(0, 3000)}`);
      });
      // A message while the send is held: its lines carry the caller's request id and the chat.
      const turn = await fetch(`http://127.0.0.1:${port}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': 'req-ops-1' },
        body: JSON.stringify({
          type: 'message', id: 'm1', text: 'hello', channelId: 'emulator', serviceUrl: connector.url,
          from: { id: 'log-user' }, recipient: { id: 'bot' }, conversation: { id: 'conv-ops-1' },
        }),
      });
      expect(turn.headers.get('x-request-id')).toBe('req-ops-1');

      child.kill('SIGTERM');
      await until(() => output.includes('SIGTERM received'), 'the shutdown to start');
      release();
      expect(await exited).toBe(0);
    } finally {
      release();
      if (child.exitCode === null) child.kill('SIGKILL');
    }

    const lines = output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.every((line) => typeof line.time === 'string' && typeof line.level === 'string' && typeof line.msg === 'string')).toBe(true);
    expect(lines.some((line) => line.requestId === 'req-ops-1' && line.conversationId === 'conv-ops-1')).toBe(true);
    expect(lines.some((line) => String(line.msg).startsWith('Shutdown complete'))).toBe(true);

    const rows = await handle!.db.reminder.findMany({ where: { clientId }, orderBy: { key: 'asc' } });
    expect(rows.map((row) => row.status).sort()).toEqual(['pending', 'sent']);
    expect(rows.find((row) => row.status === 'pending')).toMatchObject({ claimedBy: null });
    expect(connector.received.filter((c) => c.conversationId === remindedConversation)).toHaveLength(1);
  }, 120_000);
});
