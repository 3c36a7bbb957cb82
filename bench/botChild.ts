// A bot in a process of its own, so its CPU and resident memory are its own and the load
// generator does not share its event loop. Started by bench/botProcess.ts with fork():
//   argv[2] = "echo" | "dialogs" | "coach"; the coach reads DATABASE_URL like the real bot, the
//   dialogs bot (the anchor) keeps its state in the SQLite file named by argv[3].
// It reports { ready, url } over IPC and answers { type: 'memory' } with process.memoryUsage(),
// the CPU time used so far and the number of SQL statements sent so far; { type: 'profile' }
// starts or stops a CPU profile of the load.
import { installQueryCounter } from './queryCounter.ts';
import { startEchoBot } from './echoBot.ts';
import { startDialogsBot } from './dialogsBot.ts';
import { loadConfig } from '../src/config.ts';
import { startApp } from '../src/app.ts';
import { setLogLevel } from '../src/log.ts';
import { startProfiling, stopProfiling } from './turnProfiler.ts';

const queries = installQueryCounter();

type Request = { type: 'memory'; gc?: boolean } | { type: 'profile'; file?: string } | { type: 'stop' };

async function main(): Promise<void> {
  const kind = process.argv[2];
  setLogLevel('warn');
  let stop: () => Promise<void>;
  let url: string;
  if (kind === 'echo') {
    const echo = await startEchoBot();
    ({ url, stop } = echo);
  } else if (kind === 'dialogs') {
    ({ url, stop } = await startDialogsBot(process.argv[3]!));
  } else {
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      SCHEDULER_ENABLED: 'false',
      LOCAL_WEBCHAT: 'false',
      LOG_LEVEL: 'warn',
    });
    const app = await startApp(config);
    ({ url, stop } = app);
  }
  process.on('message', (message: Request) => {
    if (message.type === 'memory') {
      if (message.gc) (globalThis as { gc?: () => void }).gc?.();
      process.send?.({ type: 'memory', usage: process.memoryUsage(), queries: queries.count(), cpu: process.cpuUsage() });
    } else if (message.type === 'profile') {
      void (message.file ? stopProfiling(message.file) : startProfiling()).then(() => process.send?.({ type: 'profile' }));
    } else if (message.type === 'stop') {
      void stop().finally(() => process.exit(0));
    }
  });
  process.send?.({ type: 'ready', url });
}

main().catch((error: unknown) => {
  console.error('bench bot child failed to start', error);
  process.exit(1);
});
