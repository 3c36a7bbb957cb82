// Wires the parts together: database, state, adapter, bot and server. index.ts and the tests
// both start the bot through here, so tests run the real thing.
import { ConversationState, UserState } from 'botbuilder';
import type { Server } from 'restify';
import type { Config } from './config.ts';
import { createAdapter } from './bot/adapter.ts';
import { CoachBot } from './bot/coachBot.ts';
import { ReferenceCapture } from './bot/referenceCapture.ts';
import { BotStateStorage } from './db/botStateStorage.ts';
import { ConversationReferences } from './db/conversationReferences.ts';
import { openMigratedDatabase, type DatabaseHandle } from './db/database.ts';
import { createReadinessCheck } from './db/readiness.ts';
import { createServer } from './server.ts';
import { log } from './log.ts';
import { MainDialog } from '../dialogs/mainDialog.ts';
import { createFeatureDialogs } from '../dialogs/features.ts';
import { ClientContext } from './bot/clientContext.ts';
import { ProactiveSender } from './channels/proactiveSender.ts';
import { systemClock, type Clock, type CoachServices } from './services.ts';

export interface RunningApp {
  server: Server;
  services: CoachServices;
  database: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
}

export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const database = await openMigratedDatabase(config.DATABASE_URL);
  if (database.applied.length) log.info(`Applied migrations: ${database.applied.join(', ')}`);

  const storage = new BotStateStorage(database.db);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const references = new ConversationReferences(database.db);

  const adapter = createAdapter(config);
  const sender = new ProactiveSender(adapter, references, config.MicrosoftAppId ?? '');
  const services: CoachServices = { db: database.db, config, clock: options.clock ?? systemClock, sender };

  adapter.use(new ReferenceCapture(references));
  adapter.use(new ClientContext(services));

  const bot = new CoachBot({
    conversationState,
    userState,
    mainDialog: new MainDialog(services, createFeatureDialogs(services)),
  });

  const server = createServer({ adapter, bot, readiness: createReadinessCheck(database.db, database.provider) });
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${address.port}`;

  if (config.localMode) {
    log.info('Local mode: no MicrosoftAppId is set, so /api/messages accepts unauthenticated traffic (as with the Bot Framework Emulator).');
  }
  log.info(`Action Plan Coach is listening on ${url} (database: ${database.provider})`);

  return {
    server,
    services,
    database,
    url,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
