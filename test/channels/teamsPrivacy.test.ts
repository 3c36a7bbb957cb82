// Acceptance: in Teams, private things stay private. An adviser and a client who have both used
// the bot in a team channel and a group chat still get escalations and reminders in their
// personal chats only; nothing about a client is said in a channel or group chat; nobody is
// onboarded there. Real Teams payloads over HTTP, replies caught by the stand-in connector.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { startEscalationBot, TestClock } from '../escalation/harness.ts';
import { AdviserRepository } from '../../src/db/advisers.ts';
import {
  addedToTeam,
  BOT,
  channelMessageMentioningBot,
  groupChatId,
  groupChatMessage,
  personalConversationId,
  personalMessage,
  teamChannelId,
  teamsPerson,
} from './teamsPayloads.ts';
import { addedToSharedChat, movedToPrivateChat, privateChatOpened } from '../../src/messages/en/sharedChats.ts';

type Bot = Awaited<ReturnType<typeof startEscalationBot>>;

describe(`Teams channels and group chats stay free of personal things, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: Bot;
  const clock = new TestClock(new Date('2026-03-04T11:00:00Z'));
  const adviser = teamsPerson('Priya Patel');
  const client = teamsPerson('Megan Bowen');
  const adviserChat = personalConversationId();
  const clientChat = personalConversationId();
  const adviserChannel = teamChannelId();
  const general = teamChannelId();
  const groupChat = groupChatId();
  const crisisWords = 'I just want to kill myself';

  const post = async (activity: Record<string, unknown>): Promise<void> => {
    const response = await bot.post(activity);
    expect(response.status).toBeLessThan(300);
  };
  const sharedIds = () => [adviserChannel, general, groupChat];
  /** Everything the bot posted into any channel or group chat. */
  const sharedPosts = () => bot.connector.caught.filter((c) => sharedIds().some((id) => c.conversationId.startsWith(id))).map((c) => c.activity);

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startEscalationBot(database.url, clock, {
      ADVISERS: JSON.stringify([{ name: 'Priya Patel', userKey: `msteams:${adviser.id}`, role: 'lead' }]),
      ADVISER_CHANNEL_ID: adviserChannel,
    });
    // Teams hands back the existing one-to-one chat when the bot asks to open one.
    bot.connector.personalChats.set(adviser.id, adviserChat);
    bot.connector.personalChats.set(client.id, clientChat);

    const url = bot.connector.url;
    await post(personalMessage(url, adviser, adviserChat, 'caseload'));
    await post(personalMessage(url, client, clientChat, 'hi'));
    await post(personalMessage(url, client, clientChat, 'Yes, that is OK'));
    const db = bot.app.database.db;
    const row = await db.client.findUniqueOrThrow({ where: { userKey: `msteams:${client.id}` } });
    const priya = (await new AdviserRepository(db).findByUserKey(`msteams:${adviser.id}`))!;
    await new AdviserRepository(db).assignClient(row.id, priya);

    // Then both of them use the bot where others can read along.
    await post(channelMessageMentioningBot(url, adviser, 'caseload', adviserChannel));
    await post(channelMessageMentioningBot(url, adviser, 'plan Megan', general));
    await post(channelMessageMentioningBot(url, client, 'my plan', general));
    await post(groupChatMessage(url, client, 'hi', groupChat));
    await post(groupChatMessage(url, adviser, 'escalations', groupChat));
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.drop();
  });

  it('answers in a channel or group chat only with a short note, and says the rest in a private chat', () => {
    const texts = sharedPosts().map((activity) => activity.text);
    expect(texts).toEqual([movedToPrivateChat, movedToPrivateChat, movedToPrivateChat, movedToPrivateChat, movedToPrivateChat]);
    expect(sharedPosts().every((activity) => !activity.attachments?.length && !activity.suggestedActions)).toBe(true);
    expect(bot.connector.textsTo(adviserChat).filter((text) => text === privateChatOpened)).toHaveLength(3);
    expect(bot.connector.textsTo(clientChat).filter((text) => text === privateChatOpened)).toHaveLength(2);
    expect(bot.connector.created[0]).toMatchObject({ isGroup: false, bot: { id: BOT.id }, members: [{ id: adviser.id }] });
  });

  it('keeps each person’s personal chat as the place to reach them', async () => {
    const refs = await bot.app.database.db.conversationRef.findMany({ where: { userKey: { in: [`msteams:${adviser.id}`, `msteams:${client.id}`] } } });
    expect(refs.map((ref) => JSON.parse(ref.reference).conversation).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [
        { id: adviserChat, conversationType: 'personal', isGroup: false, tenantId: expect.any(String) },
        { id: clientChat, conversationType: 'personal', isGroup: false, tenantId: expect.any(String) },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('sends a reminder to the client’s personal chat only', async () => {
    const row = await bot.app.database.db.client.findUniqueOrThrow({ where: { userKey: `msteams:${client.id}` } });
    await bot.app.database.db.reminder.create({ data: { key: `review:${row.id}:privacy`, clientId: row.id, kind: 'review-due', sendAt: clock.now() } });
    const before = { chat: bot.connector.repliesTo(clientChat).length, shared: sharedPosts().length };
    await bot.app.reminders.tick(clock.now());
    expect(bot.connector.repliesTo(clientChat).length).toBe(before.chat + 1);
    expect(sharedPosts()).toHaveLength(before.shared);
  });

  it('sends a crisis escalation to the adviser’s personal chat, and only a heads-up without details to the adviser channel', async () => {
    const before = { adviser: bot.connector.repliesTo(adviserChat).length, shared: sharedPosts().length };
    await post(personalMessage(bot.connector.url, client, clientChat, crisisWords));
    const toAdviser = bot.connector.repliesTo(adviserChat).slice(before.adviser);
    expect(toAdviser).toHaveLength(1);
    expect(JSON.stringify(toAdviser[0]!.attachments)).toContain('kill myself');

    const newInShared = sharedPosts().slice(before.shared);
    expect(newInShared).toHaveLength(1);
    expect(bot.connector.caught.find((c) => c.activity === newInShared[0])!.conversationId).toBe(adviserChannel);
    const notice = JSON.stringify(newInShared[0]);
    expect(notice).toContain('URGENT: Megan Bowen');
    expect(notice).toMatch(/only in a private chat/);
    for (const secret of ['kill', 'Barriers', 'Support marker', 'Goals', 'said']) expect(notice).not.toContain(secret);
  });

  it('does not onboard a newcomer who @mentions the bot in a channel', async () => {
    const newcomer = teamsPerson('Lynne Robbins');
    const before = sharedPosts().length;
    await post(channelMessageMentioningBot(bot.connector.url, newcomer, 'hi', general));
    await post(channelMessageMentioningBot(bot.connector.url, newcomer, 'yes', general));
    expect(sharedPosts().slice(before).map((activity) => activity.text)).toEqual([movedToPrivateChat, movedToPrivateChat]);
    expect(await bot.app.database.db.client.findUnique({ where: { userKey: `msteams:${newcomer.id}` } })).toBeNull();
    const privateChat = bot.connector.personalChats.get(newcomer.id)!;
    expect(bot.connector.textsTo(privateChat)).toEqual([privateChatOpened, privateChatOpened]);
  });

  it('says hello once when added to a team, and does not onboard the people who join it', async () => {
    const team = teamChannelId();
    await post(addedToTeam(bot.connector.url, team));
    await post(addedToTeam(bot.connector.url, team, { id: teamsPerson('Joni Sherman').id }));
    expect(bot.connector.textsTo(team)).toEqual([addedToSharedChat]);
  });

  it('never uses a channel kept as a person’s chat by an older version', async () => {
    const other = teamsPerson('Isaiah Langer');
    const db = bot.app.database.db;
    const row = await db.client.create({
      data: { userKey: `msteams:${other.id}`, channelId: 'msteams', displayName: other.name, timeZone: 'Europe/London', consentVersion: 'test', consentedAt: clock.now() },
    });
    const reference = { channelId: 'msteams', serviceUrl: bot.connector.url, conversation: { id: general, conversationType: 'channel', isGroup: true }, user: other, bot: BOT };
    await db.conversationRef.create({ data: { userKey: `msteams:${other.id}`, reference: JSON.stringify(reference) } });
    await db.reminder.create({ data: { key: `review:${row.id}:legacy`, clientId: row.id, kind: 'review-due', sendAt: clock.now() } });
    const before = sharedPosts().length;
    await bot.app.reminders.tick(clock.now());
    expect(sharedPosts()).toHaveLength(before);
  });
});
