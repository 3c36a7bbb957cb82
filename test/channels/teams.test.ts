// Teams as the bot meets it: real Teams payloads over HTTP to /api/messages, replies caught by
// the stand-in connector.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import {
  BOT,
  channelMessageMentioningBot,
  personalConversationId,
  personalInstall,
  personalMessage,
  teamsPerson,
  type TeamsPerson,
} from './teamsPayloads.ts';
import { movedToPrivateChat, privateChatOpened } from '../../src/messages/en/sharedChats.ts';

describe(`Teams on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  async function send(activity: Record<string, unknown>): Promise<string[]> {
    const conversationId = (activity.conversation as { id: string }).id;
    const before = bot.connector.repliesTo(conversationId).length;
    const response = await bot.post(activity);
    expect(response.status).toBeLessThan(300);
    return bot.connector
      .repliesTo(conversationId)
      .slice(before)
      .filter((a) => a.type === 'message')
      .map((a) => String(a.text ?? ''));
  }

  const clientOf = (person: TeamsPerson) => bot.app.database.db.client.findUnique({ where: { userKey: `msteams:${person.id}` } });

  it('welcomes someone who installs the app for themselves, in their personal chat', async () => {
    const person = teamsPerson();
    const conversationId = personalConversationId();
    const replies = await send(personalInstall(bot.connector.url, person, conversationId));
    expect(replies.join('\n')).toMatch(/computer program, not a person/);
    expect(replies.join('\n')).toMatch(/Is it OK for me to keep your answers\?/);
    const [welcome] = bot.connector.repliesTo(conversationId);
    expect(welcome).toMatchObject({ conversation: { id: conversationId }, recipient: { id: person.id }, from: { id: BOT.id } });
  });

  it('keeps the AAD object id and the time zone Teams reports in localTimezone when the client consents', async () => {
    const person = teamsPerson('Adele Vance');
    const conversationId = personalConversationId();
    const zone = { localTimezone: 'America/New_York', clientInfoTimezone: 'America/New_York' };
    await send(personalMessage(bot.connector.url, person, conversationId, 'hello', zone));
    expect(await clientOf(person)).toBeNull();
    const replies = await send(personalMessage(bot.connector.url, person, conversationId, 'Yes, that is OK', zone));
    expect(replies.join('\n')).toMatch(/Thank you/);
    expect(await clientOf(person)).toMatchObject({
      channelId: 'msteams',
      aadObjectId: person.aadObjectId,
      displayName: 'Adele Vance',
      timeZone: 'America/New_York',
    });
  });

  it('takes the time zone from the clientInfo entity when Teams sends no localTimezone', async () => {
    const person = teamsPerson('Lee Gu');
    const conversationId = personalConversationId();
    const zone = { clientInfoTimezone: 'Asia/Kolkata' };
    await send(personalMessage(bot.connector.url, person, conversationId, 'hi', zone));
    await send(personalMessage(bot.connector.url, person, conversationId, 'yes', zone));
    expect(await clientOf(person)).toMatchObject({ timeZone: 'Asia/Kolkata', aadObjectId: person.aadObjectId });
  });

  it('keeps the time zone fresh when a client messages from somewhere else', async () => {
    const person = teamsPerson('Nestor Wilke');
    const conversationId = personalConversationId();
    await send(personalMessage(bot.connector.url, person, conversationId, 'hi', { localTimezone: 'Europe/London' }));
    await send(personalMessage(bot.connector.url, person, conversationId, 'yes', { localTimezone: 'Europe/London' }));
    await send(personalMessage(bot.connector.url, person, conversationId, 'Not sure yet', { clientInfoTimezone: 'Europe/Berlin' }));
    expect(await clientOf(person)).toMatchObject({ timeZone: 'Europe/Berlin' });
  });

  it('answers "help" in a team channel with a short note and moves to a private chat (teamsPrivacy.test.ts has the rest)', async () => {
    const person = teamsPerson('Alex Wilber');
    const activity = channelMessageMentioningBot(bot.connector.url, person, 'help');
    const replies = await send(activity);
    expect(replies).toEqual([movedToPrivateChat]);
    expect(bot.connector.textsTo(bot.connector.personalChats.get(person.id)!)).toEqual([privateChatOpened]);
  });
});
