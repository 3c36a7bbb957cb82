// The local Direct Line over real HTTP, as Web Chat uses it with polling: a token, a started
// conversation with the bot's welcome, a message and its reply, and nobody else's conversation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotUnderTest, type BotUnderTest } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { loadConfig } from '../../src/config.ts';

interface Session {
  conversationId: string;
  token: string;
}

describe(`the local Direct Line on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: BotUnderTest;

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startBotUnderTest(database.url, { LOCAL_WEBCHAT: 'true' });
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  const call = (path: string, init: RequestInit & { token?: string } = {}) =>
    fetch(`${bot.app.url}/v3/directline${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    });

  async function openSession(userId: string): Promise<Session> {
    const generated = await call('/tokens/generate', { method: 'POST', body: JSON.stringify({ user: { id: userId } }) });
    expect(generated.status).toBe(200);
    const session = (await generated.json()) as Session;
    const started = await call('/conversations', { method: 'POST', token: session.token });
    expect(started.status).toBe(201);
    expect(await started.json()).toMatchObject({ conversationId: session.conversationId });
    return session;
  }

  async function poll(session: Session, watermark = '0') {
    const response = await call(`/conversations/${session.conversationId}/activities?watermark=${watermark}`, { token: session.token });
    expect(response.status).toBe(200);
    return (await response.json()) as { activities: Array<Record<string, any>>; watermark: string };
  }

  it('greets a new user with the welcome and the consent question', async () => {
    const session = await openSession('web-greeting-user');
    const { activities } = await poll(session);
    const texts = activities.filter((a) => a.type === 'message').map((a) => a.text).join('\n');
    expect(texts).toMatch(/computer program, not a person/);
    expect(texts).toMatch(/Is it OK for me to keep your answers\?/);
    const question = activities.at(-1)!;
    expect(question.from).toMatchObject({ id: 'action-plan-coach' });
    expect(question.suggestedActions.actions.map((a: { title: string }) => a.title)).toContain('Yes, that is OK');
  });

  it('echoes the user message, then the bot answer, and stores the web chat client on consent', async () => {
    const session = await openSession('web-consenting-user');
    const before = await poll(session);
    const posted = await call(`/conversations/${session.conversationId}/activities`, {
      method: 'POST',
      token: session.token,
      body: JSON.stringify({
        type: 'message',
        text: 'Yes, that is OK',
        from: { id: 'someone-else', role: 'user' },
        localTimezone: 'Europe/Paris',
        channelData: { clientActivityID: 'client-1' },
      }),
    });
    expect(posted.status).toBe(200);
    const after = await poll(session, before.watermark);
    expect(after.activities[0]).toMatchObject({ type: 'message', text: 'Yes, that is OK', channelData: { clientActivityID: 'client-1' } });
    expect(after.activities[0]!.from.id).toBe('web-consenting-user');
    expect(after.activities.slice(1).map((a) => a.text).join('\n')).toMatch(/Thank you/);
    const client = await bot.app.database.db.client.findUnique({ where: { userKey: 'webchat:web-consenting-user' } });
    expect(client).toMatchObject({ channelId: 'webchat', timeZone: 'Europe/Paris' });
    expect(Number((await poll(session, after.watermark)).activities.length)).toBe(0);
  });

  it('lets a token read only its own conversation', async () => {
    const mine = await openSession('web-owner-user');
    const other = await openSession('web-other-user');
    const response = await call(`/conversations/${mine.conversationId}/activities`, { token: other.token });
    expect(response.status).toBe(403);
    const noToken = await call(`/conversations/${mine.conversationId}/activities`);
    expect(noToken.status).toBe(403);
  });

  it('refuses a user id that is not a plain id', async () => {
    const response = await call('/tokens/generate', { method: 'POST', body: JSON.stringify({ user: { id: '<script>' } }) });
    expect(response.status).toBe(400);
  });

  it('serves the page and the Web Chat bundle from our own server', async () => {
    const page = await fetch(`${bot.app.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const html = await page.text();
    expect(html).toMatch(/<html lang="en-GB">/);
    expect(html).toMatch(/<script src="\/webchat\/webchat.js"><\/script>/);
    expect(html).not.toMatch(/https?:\/\//);
    const bundle = await fetch(`${bot.app.url}/webchat/webchat.js`);
    expect(bundle.status).toBe(200);
    expect((await bundle.text()).length).toBeGreaterThan(1_000_000);
  });
});

describe('the local web chat switch', () => {
  it('is off in production unless LOCAL_WEBCHAT=true', () => {
    const production = { NODE_ENV: 'production', MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'x', AUDIT_PSEUDONYM_SECRET: 'a-long-audit-secret-for-tests' };
    expect(loadConfig(production).webChatEnabled).toBe(false);
    expect(loadConfig({ ...production, LOCAL_WEBCHAT: 'true' }).webChatEnabled).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).webChatEnabled).toBe(true);
  });

  it('serves no page when it is off', async () => {
    const database = await createEmptyDatabase();
    const bot = await startBotUnderTest(database.url, { LOCAL_WEBCHAT: 'false' });
    try {
      expect((await fetch(`${bot.app.url}/`)).status).toBe(404);
      expect((await fetch(`${bot.app.url}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(404);
    } finally {
      await bot.stop();
      await database.drop();
    }
  });
});
