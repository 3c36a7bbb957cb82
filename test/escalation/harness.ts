// Starts the real app with a controllable clock, a stand-in connector and a loopback webhook
// receiver, for the escalation tests.
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config.ts';
import { startApp } from '../../src/app.ts';
import { setLogLevel } from '../../src/log.ts';
import { StandInConnector } from '../support/standInConnector.ts';
import { ChatUser, type BotUnderTest } from '../support/botUnderTest.ts';
import { createEmptyDatabase, type TestDatabase } from '../support/testDatabase.ts';
import { AdviserRepository } from '../../src/db/advisers.ts';
import { raiseEscalation } from '../../src/escalation/raiseEscalation.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import type { TriggerKind } from '../../src/domain/escalationTriggers.ts';

export class TestClock {
  constructor(private current: Date) {}
  now = (): Date => new Date(this.current);
  set(at: Date | string): void {
    this.current = new Date(at);
  }
  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export type CaughtHook = { headers: Record<string, string | string[] | undefined>; rawBody: string; json: any };

export class WebhookReceiver {
  readonly calls: CaughtHook[] = [];
  respondWith: () => number = () => 204;
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const rawBody = Buffer.concat(chunks).toString('utf8');
      const status = this.respondWith();
      if (status < 300) this.calls.push({ headers: req.headers, rawBody, json: JSON.parse(rawBody) });
      res.writeHead(status);
      res.end();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/escalations`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

export const WEBHOOK_SECRET = 'test-webhook-secret';

export async function startEscalationBot(
  databaseUrl: string,
  clock: TestClock,
  env: Record<string, string> = {},
): Promise<BotUnderTest & { webhook: WebhookReceiver }> {
  setLogLevel('warn');
  const connector = await new StandInConnector().start();
  const webhook = await new WebhookReceiver().start();
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    SCHEDULER_ENABLED: 'false',
    ESCALATION_WEBHOOK_URL: webhook.url,
    ESCALATION_WEBHOOK_SECRET: WEBHOOK_SECRET,
    ADMIN_USER_IDS: 'admin-1',
    ...env,
  });
  const app = await startApp(config, { clock });
  return {
    app,
    connector,
    config,
    webhook,
    post: (activity, headers = {}) =>
      fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(activity) }),
    async stop() {
      await app.stop();
      await connector.stop();
      await webhook.stop();
    },
  };
}

/**
 * A client who said hello and yes to consent in their own chat, with the name they gave, linked to
 * an adviser (by the adviser's user id, e.g. "adviser-ann"). Four journey files had each written it.
 */
export async function consentedClient(
  bot: BotUnderTest,
  options: { key: string; teamsName: string; givenName?: string; adviserUserId: string },
): Promise<{ user: ChatUser; id: string }> {
  const user = new ChatUser(bot, { userId: `client-${options.key}`, name: options.teamsName });
  await user.say('hello');
  await user.say('yes');
  const db = bot.app.database.db;
  const row = await db.client.findUniqueOrThrow({ where: { userKey: `emulator:${user.userId}` } });
  await db.client.update({ where: { id: row.id }, data: { displayName: options.givenName ?? options.teamsName } });
  const advisers = new AdviserRepository(db);
  await advisers.assignClient(row.id, (await advisers.findByUserKey(`emulator:${options.adviserUserId}`))!);
  return { user, id: row.id };
}

/** A bot with one adviser, Ann Patel, registered by a first hello; she is returned to type as. */
export async function startOneAdviserBot(
  databaseUrl: string,
  clock: TestClock,
  env: Record<string, string> = {},
): Promise<{ bot: BotUnderTest & { webhook: WebhookReceiver }; ann: ChatUser }> {
  const bot = await startEscalationBot(databaseUrl, clock, { ADVISERS: JSON.stringify([{ name: 'Ann Patel', userKey: 'emulator:adviser-ann' }]), ...env });
  const ann = new ChatUser(bot, { userId: 'adviser-ann', name: 'Ann Patel' });
  await ann.say('hello');
  return { bot, ann };
}

/** A bot with two advisers, Ann Patel and Bob Hughes, each registered by a first hello; Ann is returned to type as. */
export async function startTwoAdviserBot(databaseUrl: string, clock: TestClock): Promise<{ bot: BotUnderTest & { webhook: WebhookReceiver }; ann: ChatUser }> {
  const bot = await startEscalationBot(databaseUrl, clock, {
    ADVISERS: JSON.stringify([
      { name: 'Ann Patel', userKey: 'emulator:adviser-ann' },
      { name: 'Bob Hughes', userKey: 'emulator:adviser-bob' },
    ]),
  });
  const ann = new ChatUser(bot, { userId: 'adviser-ann', name: 'Ann Patel' });
  await ann.say('hello');
  await new ChatUser(bot, { userId: 'adviser-bob', name: 'Bob Hughes' }).say('hello');
  return { bot, ann };
}

export type EscalationBot = BotUnderTest & { webhook: WebhookReceiver };

/** A card's FactSet lines, value by title. */
export const facts = (card: Record<string, any>): Record<string, string> =>
  Object.fromEntries(card.body.filter((block: any) => block.type === 'FactSet').flatMap((set: any) => set.facts.map((fact: any) => [fact.title, fact.value])));

/**
 * A caseload to play with, for a bot and an adviser started in beforeAll (so both are read when
 * used): clients by key, with their ids and chats; an escalation raised for one by its trigger;
 * an escalation's status by its number; and what the adviser reads back. Three adviser files had
 * each written it.
 */
export function caseloadKit(bot: () => EscalationBot, adviser: () => ChatUser) {
  const ids: Record<string, string> = {};
  const users: Record<string, ChatUser> = {};
  return {
    ids,
    users,
    /** A consented client of `adviserKey` ("ann" or "bob"), kept under `key`; returns their id. */
    async client(key: string, teamsName: string, givenName: string, adviserKey = 'ann'): Promise<string> {
      const { user, id } = await consentedClient(bot(), { key, teamsName, givenName, adviserUserId: `adviser-${adviserKey}` });
      [ids[key], users[key]] = [id, user];
      return id;
    },
    /** The escalation's number. */
    raise: async (key: string, trigger: TriggerKind): Promise<number> =>
      (await raiseEscalation(bot().app.services, { clientId: ids[key]!, trigger })).escalation.number!,
    statusOf: async (number: number): Promise<string> => (await bot().app.database.db.escalation.findUniqueOrThrow({ where: { number } })).status,
    /** Every reply to the adviser's words, joined by new lines. */
    said: async (words: string): Promise<string> => (await adviser().say(words)).join('\n'),
    /** The last thing a client's chat was sent. */
    told: (key: string): string | undefined => bot().connector.repliesTo(users[key]!.conversationId).at(-1)!.text,
    /** A client's plan, read and written as the adviser's rounds set them up. */
    plans: (): PlanRepository => new PlanRepository(bot().app.database.db, bot().app.services.clock),
    /** The day a client's next review is set for. */
    reviewOf: async (key: string) => (await new PlanRepository(bot().app.database.db, bot().app.services.clock).currentPlan(ids[key]!))!.nextReviewAt,
    /** The days of a client's review reminders still to send (YYYY-MM-DD). */
    reviewReminders: async (key: string): Promise<string[]> =>
      (await bot().app.database.db.reminder.findMany({ where: { clientId: ids[key]!, kind: 'review-due', status: 'pending' } })).map((reminder) => reminder.sendAt.toISOString().slice(0, 10)),
  };
}

export type AdviserBot = {
  bot: () => EscalationBot;
  /** Ann Patel's own chat. */
  ann: () => ChatUser;
  database: () => TestDatabase;
  /** A consented client of Ann's, "Sam" unless named otherwise. */
  clientOfAnn: (key: string, teamsName?: string, givenName?: string) => Promise<{ user: ChatUser; id: string }>;
  /** The card last sent to Ann's chat. */
  lastCardToAnn: () => Record<string, any>;
};

/**
 * One bot on a fresh database for a file (or a describe), started in beforeAll and stopped in
 * afterAll: Ann Patel alone, or with Bob Hughes when `advisers` is 2; `env`: settings for Ann alone. The getters are read in hooks
 * and tests, once the bot is up; a later beforeAll in the file runs after it has started.
 */
export function useAdviserBot(clock: TestClock, options: { advisers?: 1 | 2; env?: Record<string, string> } = {}): AdviserBot {
  let database: TestDatabase;
  let bot: EscalationBot;
  let ann: ChatUser;
  beforeAll(async () => {
    database = await createEmptyDatabase();
    ({ bot, ann } = await (options.advisers === 2 ? startTwoAdviserBot(database.url, clock) : startOneAdviserBot(database.url, clock, options.env)));
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.drop();
  });
  return {
    bot: () => bot,
    ann: () => ann,
    database: () => database,
    clientOfAnn: (key, teamsName = 'Sam', givenName) => consentedClient(bot, { key, teamsName, givenName, adviserUserId: 'adviser-ann' }),
    lastCardToAnn: () => bot.connector.repliesTo(ann.conversationId).flatMap((activity) => activity.attachments ?? []).at(-1)!.content,
  };
}
