// Starts the real app (restify, CloudAdapter, dialogs, database) on a free port and talks to it
// over HTTP as a channel would, with replies caught by a stand-in connector.
import { randomUUID } from 'node:crypto';
import { loadConfig, type Config } from '../../src/config.ts';
import { startApp, type RunningApp } from '../../src/app.ts';
import { setLogLevel } from '../../src/log.ts';
import { StandInConnector } from './standInConnector.ts';

export interface BotUnderTest {
  app: RunningApp;
  connector: StandInConnector;
  config: Config;
  post(activity: Record<string, unknown>, headers?: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

export async function startBotUnderTest(databaseUrl: string, env: Record<string, string> = {}): Promise<BotUnderTest> {
  setLogLevel('warn');
  const connector = await new StandInConnector().start();
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, SCHEDULER_ENABLED: 'false', ...env });
  const app = await startApp(config);
  return {
    app,
    connector,
    config,
    post: (activity, headers = {}) =>
      fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      }),
    async stop() {
      await app.stop();
      await connector.stop();
    },
  };
}

/** One person chatting in one conversation, on a channel like the Emulator or Web Chat. */
export class ChatUser {
  readonly conversationId: string;
  readonly userId: string;

  constructor(
    private readonly bot: BotUnderTest,
    options: { userId?: string; conversationId?: string; name?: string; channelId?: string } = {},
    private readonly extra: Record<string, unknown> = {},
  ) {
    this.userId = options.userId ?? `user-${randomUUID()}`;
    this.conversationId = options.conversationId ?? `conv-${randomUUID()}`;
    this.name = options.name ?? 'Sam';
    this.channelId = options.channelId ?? 'emulator';
  }

  private readonly name: string;
  private readonly channelId: string;

  activity(fields: Record<string, unknown>): Record<string, unknown> {
    return {
      id: randomUUID(),
      channelId: this.channelId,
      serviceUrl: this.bot.connector.url,
      from: { id: this.userId, name: this.name },
      recipient: { id: 'coach-bot', name: 'Action Plan Coach' },
      conversation: { id: this.conversationId },
      timestamp: new Date().toISOString(),
      locale: 'en-GB',
      ...this.extra,
      ...fields,
    };
  }

  /** The conversationUpdate a channel sends when the user first opens the chat. */
  async join(): Promise<string[]> {
    return this.send(this.activity({ type: 'conversationUpdate', membersAdded: [{ id: this.userId, name: this.name }] }));
  }

  /** Sends a message and returns the texts the bot replied with in that turn. */
  async say(text: string, fields: Record<string, unknown> = {}): Promise<string[]> {
    return this.send(this.activity({ type: 'message', text, ...fields }));
  }

  /** Every activity the bot sent to this conversation so far. */
  replies(): Array<Record<string, any>> {
    return this.bot.connector.repliesTo(this.conversationId);
  }

  private async send(activity: Record<string, unknown>): Promise<string[]> {
    const before = this.bot.connector.repliesTo(this.conversationId).length;
    const response = await this.bot.post(activity);
    if (response.status >= 300) throw new Error(`The bot answered ${response.status}: ${await response.text()}`);
    return this.bot.connector
      .repliesTo(this.conversationId)
      .slice(before)
      .filter((a) => a.type === 'message')
      .map((a) => [a.text, ...(a.suggestedActions?.actions ?? []).map((x: { title: string }) => `[${x.title}]`)].filter(Boolean).join(' '));
  }
}

/** The real app on a fresh database of the provider under test; stop() also drops the database. */
export async function startBotOnFreshDatabase(env: Record<string, string> = {}): Promise<BotUnderTest> {
  const { createEmptyDatabase } = await import('./testDatabase.ts');
  const database = await createEmptyDatabase();
  const bot = await startBotUnderTest(database.url, env);
  return {
    ...bot,
    async stop() {
      await bot.stop();
      await database.drop();
    },
  };
}
