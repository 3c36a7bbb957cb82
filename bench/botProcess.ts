// Starts bench/botChild.ts as a child process and talks to it over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import { memorySettings } from '../scripts/startCommand.ts';
import { compiledChild } from './compiledChild.ts';


export interface BotProcess {
  url: string;
  pid: number;
  memory(gc?: boolean): Promise<NodeJS.MemoryUsage>;
  /** SQL statements the bot has sent so far. */
  queries(): Promise<number>;
  /** CPU time (user + system) the bot process has used so far, in milliseconds. */
  cpuMs(): Promise<number>;
  /** Starts a CPU profile in the bot; with a file, stops it and writes the .cpuprofile there. */
  profile(file?: string): Promise<void>;
  stop(): Promise<void>;
}

export interface BotProcessOptions {
  kind: 'echo' | 'dialogs' | 'coach';
  databaseUrl?: string;
  /** The dialogs bot's SQLite state file. */
  stateFile?: string;
  /** Node memory flags; by default those of `npm start` (package.json), so figures match what users run. */
  nodeFlags?: string[];
}

export async function startBotProcess(options: BotProcessOptions): Promise<BotProcess> {
  // The coaching bot runs as npm start runs it; the echo and dialogs bots keep node's defaults,
  // which suit their speed best, so the comparison never flatters the coach.
  const asStarted = options.kind === 'coach' ? memorySettings() : { env: {}, nodeFlags: [] };
  const childEntry = await compiledChild('botChild');
  const execArgv = ['--expose-gc', '--no-deprecation'];
  execArgv.push(...(options.nodeFlags ?? asStarted.nodeFlags));
  const child: ChildProcess = fork(childEntry, [options.kind, ...(options.stateFile ? [options.stateFile] : [])], {
    execArgv,
    env: { ...process.env, ...asStarted.env, ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench bot (${options.kind}) exited with ${code} before it was ready`)));
    child.on('message', (message: { type: string; url?: string }) => {
      if (message.type === 'ready') resolve(message.url!);
    });
  });
  child.removeAllListeners('exit');
  const ask = (gc: boolean) =>
    new Promise<{ usage: NodeJS.MemoryUsage; queries: number; cpu: NodeJS.CpuUsage }>((resolve) => {
      const onMessage = (message: { type: string; usage: NodeJS.MemoryUsage; queries: number; cpu: NodeJS.CpuUsage }) => {
        if (message.type !== 'memory') return;
        child.off('message', onMessage);
        resolve(message);
      };
      child.on('message', onMessage);
      child.send({ type: 'memory', gc });
    });
  return {
    url,
    pid: child.pid!,
    memory: async (gc = false) => (await ask(gc)).usage,
    queries: async () => (await ask(false)).queries,
    profile: (file) =>
      new Promise<void>((resolve) => {
        const onMessage = (message: { type: string }) => {
          if (message.type !== 'profile') return;
          child.off('message', onMessage);
          resolve();
        };
        child.on('message', onMessage);
        child.send({ type: 'profile', file });
      }),
    cpuMs: async () => {
      const { cpu } = await ask(false);
      return (cpu.user + cpu.system) / 1000;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.send({ type: 'stop' });
      }),
  };
}
