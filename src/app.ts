// Wires the parts together: database, state, adapter, bot and server. index.ts and the tests
// both start the bot through here, so tests run the real thing.
import { ConversationState, UserState } from 'botbuilder';
import type { Server } from 'restify';
import type { Config } from './config.ts';
import { createAdapter } from './bot/adapter.ts';
import { CoachBot } from './bot/coachBot.ts';
import { ReferenceCapture } from './bot/referenceCapture.ts';
import { TeamsMessageCleanup } from './bot/teamsMessageCleanup.ts';
import { addWebChatRoutes } from './web/webChat.ts';
import { BotStateStorage } from './db/botStateStorage.ts';
import { ConversationReferences } from './db/conversationReferences.ts';
import { openMigratedDatabase, type DatabaseHandle } from './db/database.ts';
import { createReadinessCheck } from './db/readiness.ts';
import { createServer } from './server.ts';
import { log, onLoggedError } from './log.ts';
import { CoachMetrics } from './metrics.ts';
import { EscalationRepository } from './db/escalations.ts';
import { TurnObserver } from './metricsTurns.ts';
import { addMetricsRoutes, addRequestIds } from './metricsRoutes.ts';
import { MainDialog } from '../dialogs/mainDialog.ts';
import { createFeatureDialogs } from '../dialogs/features.ts';
import { ClientContext } from './bot/clientContext.ts';
import { ErasureAfterTurn } from './bot/erasureAfterTurn.ts';
import { ConversationLedgerCapture } from './privacy/conversationLedger.ts';
import { useAuditPseudonymSecret } from './db/audit.ts';
import { storedSecret } from './db/storedSecret.ts';
import { InvokeGuard } from './bot/invokeGuard.ts';
import { OneTurnAtATime } from './bot/oneTurnAtATime.ts';
import { OneMessagePerTurn } from './bot/oneMessagePerTurn.ts';
import { ConversationLocks } from './db/conversationLocks.ts';
import { ProcessedActivities } from './db/processedActivities.ts';
import { RetentionJob } from './scheduler/retentionJob.ts';
import { ProactiveSender } from './channels/proactiveSender.ts';
import { ReminderDispatcher } from './scheduler/reminderDispatcher.ts';
import { ReminderScheduler } from './scheduler/reminderScheduler.ts';
import { RiskCheck } from './bot/riskCheck.ts';
import { ChannelCapture } from './bot/channelCapture.ts';
import { SharedConversationGate } from './bot/sharedConversationGate.ts';
import { PrivateChats } from './channels/privateChat.ts';
import { answerEscalationCardAction } from './bot/escalationCardActions.ts';
import { AdviserCommands } from '../dialogs/adviserCommands.ts';
import { EscalationDispatcher } from './scheduler/escalationDispatcher.ts';
import { registerConfiguredAdvisers } from './escalation/configuredAdvisers.ts';
import { addAdviserInboxRoutes } from './web/adviserInbox.ts';
import { systemClock, type Clock, type CoachServices } from './services.ts';
import { loadTrainedModels } from './trainedModels.ts';
import { passReplyToAdviser } from './bot/replyToAdviser.ts';
import { warmUpDateReading } from './domain/dateReadingWarmUp.ts';

export interface RunningApp {
  server: Server;
  services: CoachServices;
  database: DatabaseHandle;
  url: string;
  stop(): Promise<void>;
  /** Delivers escalations; started on a timer when SCHEDULER_ENABLED, callable in tests. */
  escalationDispatcher: EscalationDispatcher;
  /** Sends due reminders; runs on a timer when SCHEDULER_ENABLED; tests call tick(now). */
  reminders: ReminderScheduler;
  metrics: CoachMetrics;
}

export interface StartOptions {
  clock?: Clock;
}

export async function startApp(config: Config, options: StartOptions = {}): Promise<RunningApp> {
  const database = await openMigratedDatabase(config.DATABASE_URL, {
    timeouts: { connectMs: config.DATABASE_CONNECT_TIMEOUT_MS, queryMs: config.DATABASE_QUERY_TIMEOUT_MS },
    sqliteSynchronous: config.SQLITE_SYNCHRONOUS,
  });
  if (database.applied.length) log.info(`Applied migrations: ${database.applied.join(', ')}`);
  useAuditPseudonymSecret(config.AUDIT_PSEUDONYM_SECRET ?? (await storedSecret(database.db, 'audit-pseudonym')));
  // Before the first message, so the first client does not wait for the networks to train.
  for (const model of loadTrainedModels()) log.debug(`The ${model.name} model was ${model.from === 'disk' ? 'loaded from disk' : 'trained'}.`);
  warmUpDateReading((options.clock ?? systemClock).now(), config.DEFAULT_TIME_ZONE);

  const storage = new BotStateStorage(database.db);
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const references = new ConversationReferences(database.db);

  const adapter = createAdapter(config);
  const sender = new ProactiveSender(adapter, references, config.MicrosoftAppId ?? '');
  const services: CoachServices = { db: database.db, config, clock: options.clock ?? systemClock, sender };

  const metrics = new CoachMetrics(new EscalationRepository(database.db));
  const stopNoticingErrors = onLoggedError((error) => metrics.noticeError(error));
  // Outermost, reading no content: log context, turn counts and latency (metricsTurns.ts).
  adapter.use(new TurnObserver(metrics));
  // Each activity once, and one turn at a time per conversation, before anything reads or writes.
  adapter.use(new OneTurnAtATime(new ConversationLocks(database.db), new ProcessedActivities(database.db), config.TURN_WAIT_MS));
  // Invokes the bot does not handle are refused before any part reads them.
  adapter.use(new InvokeGuard());
  // The risk check comes next: every message is read for risk before anything else.
  adapter.use(new RiskCheck(services, conversationState));
  adapter.use(new TeamsMessageCleanup());
  adapter.use(new ReferenceCapture(references));
  adapter.use(new ChannelCapture(config, references));
  adapter.use(new SharedConversationGate(new PrivateChats(adapter, references, config.MicrosoftAppId ?? '')));
  adapter.use(new ClientContext(services));
  adapter.use(new ErasureAfterTurn(database.db));
  adapter.use(new ConversationLedgerCapture(database.db));
  // Innermost: the coaching replies of a turn go as few messages as they read well in.
  adapter.use(new OneMessagePerTurn());

  const bot = new CoachBot({
    conversationState,
    userState,
    mainDialog: new MainDialog(services, createFeatureDialogs(services)),
    adviserDesk: new AdviserCommands(services),
    adviserReply: (context) => passReplyToAdviser(context, services),
    cardActions: (context, invoke) => answerEscalationCardAction(services, context, invoke),
  });
  await registerConfiguredAdvisers(services);

  const server = createServer({
    adapter,
    bot,
    readiness: createReadinessCheck(database.db, database.provider),
    extraRoutes: (config.webChatEnabled ? [(routes: Server) => addWebChatRoutes(routes, { adapter, bot, db: database.db, appId: config.MicrosoftAppId })] : []).concat(
      // The inbox has no login of its own: it exists only in local mode (no app credentials).
      config.localMode ? [(routes: Server) => addAdviserInboxRoutes(routes, services)] : [],
    )
      .concat([(routes: Server) => addRequestIds(routes)])
      .concat([(routes: Server) => addMetricsRoutes(routes, metrics, config.METRICS_TOKEN)]),
  });
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${address.port}`;
  adapter.connectorTargets.ownPort = address.port;

  if (config.localMode) {
    log.info('Local mode: no MicrosoftAppId is set, so /api/messages accepts unauthenticated traffic (as with the Bot Framework Emulator).');
  }
  log.info(`Action Plan Coach is listening on ${url} (database: ${database.provider})`);
  const retention = new RetentionJob(database.db, config, services.clock);
  if (config.SCHEDULER_ENABLED) retention.start();
  const escalationDispatcher = new EscalationDispatcher(services);
  if (config.SCHEDULER_ENABLED) escalationDispatcher.start();
  const reminders = new ReminderScheduler(
    new ReminderDispatcher({ db: database.db, provider: database.provider, sender, config }),
    services.clock,
    config.SCHEDULER_INTERVAL_MS,
  );
  reminders.dispatcher.onResult = (result) => metrics.reminders.inc({ result });
  if (config.SCHEDULER_ENABLED) reminders.start();
  if (config.webChatEnabled) log.info(`Local web chat: open http://localhost:${address.port}/ in a browser.`);

  return {
    server,
    services,
    database,
    url,
    escalationDispatcher,
    reminders,
    metrics,
    async stop() {
      stopNoticingErrors();
      await reminders.stop();
      await escalationDispatcher.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await retention.stop();
      await database.close();
    },
  };
}
