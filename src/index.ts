// Entry point: read the settings, open and migrate the database, start the server. On SIGTERM
// (or SIGINT) it shuts down gracefully: the scheduler claims nothing more and finishes the sends
// in flight (handing back what it had not started), the server stops taking requests and lets
// those in progress finish, then the database pool is closed.
import { ConfigError, loadConfig } from './config.ts';
import { startApp } from './app.ts';
import { log, setLogLevel } from './log.ts';

/** Longer than a reminder send may take (half the lease); then the process exits anyway. */
const SHUTDOWN_LIMIT_MS = 90_000;

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  setLogLevel(config.LOG_LEVEL);
  const app = await startApp(config);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      log.warn(`${signal} received again while shutting down; still finishing the work in flight`);
      return;
    }
    stopping = true;
    const started = Date.now();
    log.info(`${signal} received: shutting down (no new reminders claimed, sends in flight finish, then the database closes)`);
    const limit = setTimeout(() => {
      log.error(`Shutdown took longer than ${SHUTDOWN_LIMIT_MS / 1000} s; exiting anyway`);
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS);
    limit.unref();
    try {
      await app.stop();
      log.info(`Shutdown complete in ${Date.now() - started} ms`);
      process.exit(0);
    } catch (error) {
      log.error('Shutdown failed', error);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  log.error('The bot could not start', error);
  process.exit(1);
});
