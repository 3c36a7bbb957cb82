// One bot for a file of safety-window journeys: advisers registered in their own chats, and clients
// seeded ready, shared out among the advisers (each takes up to 20), waiting at the goal question.
import { afterAll, beforeAll, expect } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { createEmptyDatabase, type TestDatabase } from '../support/testDatabase.ts';
import { AdviserRepository, type Adviser } from '../../src/db/advisers.ts';
import { EscalationNoteRepository } from '../../src/db/escalationNotes.ts';
import { seedReadyClient } from '../plan/planTestBot.ts';
import { startEscalationBot, TestClock } from './harness.ts';

type Bot = Awaited<ReturnType<typeof startEscalationBot>>;
export const GOAL_QUESTION = /What would you like to work on\?/;
export const text = (replies: string[]): string => replies.join('\n');

export type WindowBot = {
  bot: () => Bot;
  db: () => Bot['app']['database']['db'];
  clock: TestClock;
  /** The adviser's own chat, by name ("Ann"). */
  adviserChat: (name: string) => ChatUser;
  /** One chat per adviser, kept for the file: what is sent to them goes to the chat they last wrote from. */
  keptChatOf: (name: string) => ChatUser;
  /** The texts sent to that kept chat, oldest first. */
  sentTo: (name: string) => string[];
  /** The client's words noted on their crisis escalation ("client-said" notes), oldest first. */
  clientSaid: (clientId: string) => Promise<string[]>;
  atTheGoalQuestion: () => Promise<{ user: ChatUser; clientId: string }>;
};

export function useWindowBot(options: { advisers?: readonly string[]; env?: Record<string, string> } = {}): WindowBot {
  const names = options.advisers ?? ['Ann'];
  const clock = new TestClock(new Date('2026-03-04T10:00:00Z')); // a Wednesday, 10am in London
  let database: TestDatabase;
  let bot: Bot;
  const advisers: Adviser[] = [];
  let seeded = 0;
  const idOf = (name: string) => `adviser-${name.toLowerCase()}`;
  const kept = new Map<string, ChatUser>();
  const keptChatOf = (name: string): ChatUser => kept.get(name) ?? kept.set(name, new ChatUser(bot, { userId: idOf(name), name })).get(name)!;

  beforeAll(async () => {
    database = await createEmptyDatabase();
    const config = names.map((name) => ({ name, userKey: `emulator:${idOf(name)}` }));
    bot = await startEscalationBot(database.url, clock, { ADVISERS: JSON.stringify(config), ...options.env });
    for (const name of names) {
      await new ChatUser(bot, { userId: idOf(name), name }).say('hello');
      advisers.push((await new AdviserRepository(bot.app.database.db).findByUserKey(`emulator:${idOf(name)}`))!);
    }
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  return {
    bot: () => bot,
    db: () => bot.app.database.db,
    clock,
    adviserChat: (name) => new ChatUser(bot, { userId: idOf(name), name }),
    keptChatOf,
    sentTo: (name) => bot.connector.repliesTo(keptChatOf(name).conversationId).map((activity) => activity.text ?? ''),
    clientSaid: async (clientId) => {
      const escalation = await bot.app.database.db.escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
      return (await new EscalationNoteRepository(bot.app.database.db).listFor(escalation.id)).filter((note) => note.kind === 'client-said').map((note) => note.text);
    },
    atTheGoalQuestion: async () => {
      const client = await seedReadyClient(bot.app.database.db, { band: 'mixed', now: clock.now() });
      await new AdviserRepository(bot.app.database.db).assignClient(client.id, advisers[seeded++ % advisers.length]!);
      const user = new ChatUser(bot, { userId: client.userId });
      await user.say('hi');
      expect(text(await user.say('Set a goal'))).toMatch(GOAL_QUESTION);
      return { user, clientId: client.id };
    },
  };
}
