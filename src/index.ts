// Entry point: read the settings, open and migrate the database, start the server.
import { ConfigError, loadConfig } from './config.ts';
import { startApp } from './app.ts';
import { log, setLogLevel } from './log.ts';

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
  const shutdown = async (signal: string) => {
    log.info(`${signal} received, stopping`);
    await app.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  log.error('The bot could not start', error);
  process.exit(1);
});
