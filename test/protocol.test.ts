// Real HTTP to /api/messages, as a channel would send it, with replies caught by a stand-in
// connector on loopback.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from './support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from './support/botUnderTest.ts';
import { testProvider } from './support/testDatabase.ts';

describe(`the bot over HTTP on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  it('welcomes a new user when the channel starts the conversation', async () => {
    const user = new ChatUser(bot);
    const replies = await user.join();
    expect(replies.join(' ')).toMatch(/Action Plan Coach/);
    expect(replies.join(' ')).toMatch(/computer program, not a person/);
    const [first] = user.replies();
    expect(first?.conversation?.id).toBe(user.conversationId);
    expect(first?.recipient?.id).toBe(user.userId);
  });

  it('answers help', async () => {
    const user = new ChatUser(bot);
    const replies = await user.say('help');
    expect(replies.join('\n')).toMatch(/talk to my adviser/);
  });

  it('keeps a conversation reference for every user it hears from', async () => {
    const user = new ChatUser(bot);
    await user.say('hello');
    const row = await bot.app.database.db.conversationRef.findUnique({ where: { userKey: `emulator:${user.userId}` } });
    expect(row).not.toBeNull();
    expect(JSON.parse(row!.reference)).toMatchObject({ serviceUrl: bot.connector.url, conversation: { id: user.conversationId } });
  });

  it('answers a malformed activity with 400 and stays up', async () => {
    const bad = await bot.post({ type: 'message', text: 'no channel or conversation' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'invalid activity' });
    const notJson = await fetch(`${bot.app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(notJson.status).toBe(400);
    const health = await fetch(`${bot.app.url}/healthz`);
    expect(health.status).toBe(200);
  });

  it('refuses an oversized body', async () => {
    const user = new ChatUser(bot);
    const response = await bot.post(user.activity({ type: 'message', text: 'x'.repeat(300 * 1024) }));
    expect(response.status).toBe(413);
  });

  it('is ready once the database is migrated', async () => {
    const response = await fetch(`${bot.app.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ready: true, database: 'up', pendingMigrations: [] });
  });
});

describe('with app credentials configured', () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' }));

  it('refuses a message without a token with 401 and sends nothing', async () => {
    const user = new ChatUser(bot);
    const response = await bot.post(user.activity({ type: 'message', text: 'hello' }));
    expect(response.status).toBe(401);
    expect(user.replies()).toHaveLength(0);
  });

  it('does not serve the adviser inbox, which has no login of its own', async () => {
    expect(bot.config.webChatEnabled).toBe(true);
    expect((await fetch(`${bot.app.url}/adviser/inbox`)).status).toBe(404);
  });
});
