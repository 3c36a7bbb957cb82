// Starts Microsoft 365 Agents Playground (the Teams emulator, from npm) in msteams mode for one
// signed-in person, pointed at a bot endpoint. It runs offline: its page only asks the internet
// for Segoe UI fonts, which fall back to local ones.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('node_modules/@microsoft/m365agentsplayground/cli.js');

export interface PlaygroundPerson {
  id: string;
  name: string;
}

export interface RunningPlayground {
  /** The page to open in the browser. */
  url: string;
  /** Its stand-in for the Teams connector service, which the bot sends to. */
  connectorUrl: string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** The Playground wants at least five other people in the team. */
const COLLEAGUES: PlaygroundPerson[] = ['Adele Vance', 'Isaiah Langer', 'Patti Fernandez', 'Lynne Robbins', 'Joni Sherman'].map((name) => ({
  id: `colleague-${name.split(' ')[0]!.toLowerCase()}`,
  name,
}));

/** The Playground's settings file: who is signed in, and the team and group chat they are in. */
function configFor(person: PlaygroundPerson, named: PlaygroundPerson[]): string {
  const others = [...named, ...COLLEAGUES].slice(0, Math.max(5, named.length));
  const user = (p: PlaygroundPerson, i: number) => {
    const [givenName, ...rest] = p.name.split(' ');
    return [
      `  id: ${p.id}`,
      `  name: ${p.name}`,
      `  givenName: ${givenName}`,
      `  surname: ${rest.join(' ') || givenName}`,
      `  aadObjectId: 00000000-0000-0000-0000-00000000002${i}`,
      `  userPrincipleName: ${p.id}@example.com`,
      `  email: ${p.id}@example.com`,
    ].join('\n');
  };
  return [
    'version: "0.1.1"',
    'tenantId: 00000000-0000-0000-0000-0000000000001',
    'bot:\n  id: 00000000-0000-0000-0000-00000000000011\n  name: Action Plan Coach',
    `currentUser:\n${user(person, 0)}`,
    `users:\n${others.map((p, i) => `  -${user(p, i + 1).slice(1).replace(/\n {2}/g, '\n    ')}`).join('\n')}`,
    'personalChat:\n  id: __PERSONAL_CHAT_ID__',
    'groupChat:\n  id: __GROUP_CHAT_ID__\n  name: Group Chat',
    'team:\n  id: team-id\n  name: My Team\n  aadGroupId: 00000000-0000-0000-0000-000000000031\n  channels:\n    - id: channel-announcements-id\n      name: Announcements',
    '',
  ].join('\n');
}

/**
 * `serviceUrl` lets the bot reach the Playground's connector through a relay (see turnRelay.ts);
 * by default the bot talks to it directly.
 */
export async function startPlayground(options: {
  botEndpoint: string;
  person: PlaygroundPerson;
  others: PlaygroundPerson[];
  port: number;
  serviceUrl?: string;
}): Promise<RunningPlayground> {
  const home = mkdtempSync(join(tmpdir(), 'coach-playground-'));
  const configPath = join(home, '.m365agentsplayground.yml');
  writeFileSync(configPath, configFor(options.person, options.others));
  const args = [CLI, 'start', '--app-endpoint', options.botEndpoint, '--channel-id', 'msteams', '--port', String(options.port), '--disable-telemetry'];
  if (options.serviceUrl) args.push('--service-url', options.serviceUrl);
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: home,
    env: { ...process.env, HOME: home, M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath, TEAMSAPPTESTER_BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${options.port}`;
  // It prints "Listening" before it reads its settings, and stops if they are wrong: ask it.
  const deadline = Date.now() + 30_000;
  while (!(await fetch(`${url}/`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      const log = join(home, 'devTools', 'm365agentsplayground.log');
      child.kill('SIGTERM');
      throw new Error(`The Playground did not start:\n${output}\n${existsSync(log) ? readFileSync(log, 'utf8') : ''}`);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  return {
    url,
    connectorUrl: `${url}/_connector`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(home, { recursive: true, force: true });
    },
  };
}
