// `npm start` as a user runs it: a separate process, a fresh SQLite file, then ready. (How fast
// it starts is the bench's business, not a timed test's.)
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, testProvider, type TestDatabase } from './support/testDatabase.ts';
import { sqliteFilePath } from '../src/db/database.ts';
import { startCommand } from '../scripts/startCommand.ts';
import { buildForStart } from '../scripts/build.ts';

const children: ChildProcess[] = [];
const databases: TestDatabase[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGTERM');
  for (const database of databases.splice(0)) await database.drop();
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function startBot(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  // As `npm start` runs it: the same memory settings and node flags.
  const command = startCommand();
  const child = spawn(process.execPath, [...command.nodeArgs, ...command.entry], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...command.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitUntilReady(port: number, withinMs: number): Promise<Response> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (response.status === 200) return response;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not ready within ${withinMs} ms`);
}

describe('starting the bot', () => {
  // npm start builds and keeps the models first (prestart); so does this test, then it runs what
  // npm start runs, under its heap cap.
  beforeAll(() => buildForStart(), 120_000);

  it(`creates and migrates a fresh ${testProvider} database and becomes ready`, async () => {
    const database = await createEmptyDatabase();
    databases.push(database);
    const port = await freePort();
    const bot = startBot({ PORT: String(port), DATABASE_URL: database.url });
    const response = await waitUntilReady(port, 60_000);
    expect(await response.json()).toMatchObject({ ready: true });
    if (testProvider === 'sqlite') expect(existsSync(sqliteFilePath(database.url))).toBe(true);
    expect(bot.output()).toMatch(/Local mode/);
  }, 90_000);

  it('stops with a message naming a bad setting', async () => {
    const bot = startBot({ PORT: 'not-a-port' });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toMatch(/PORT/);
  });

  it('refuses to start in production without credentials', async () => {
    const bot = startBot({ NODE_ENV: 'production', PORT: String(await freePort()) });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toMatch(/MicrosoftAppId is required in production/);
  });
});
