// The local Direct Line over real HTTP, as Web Chat uses it with polling: a token, a started
// conversation with the bot's welcome, a message and its reply, and nobody else's conversation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotUnderTest, type BotUnderTest } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { loadConfig } from '../../src/config.ts';

interface Session {
  conversationId: string;
  token: string;
  userId: string;
  userToken: string;
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

  async function openSession(userToken?: string): Promise<Session> {
    const generated = await call('/tokens/generate', { method: 'POST', body: JSON.stringify({ userToken }) });
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
    const session = await openSession();
    const { activities } = await poll(session);
    const texts = activities.filter((a) => a.type === 'message').map((a) => a.text).join('\n');
    expect(texts).toMatch(/computer program, not a person/);
    expect(texts).toMatch(/Is it OK for me to keep your answers\?/);
    const question = activities.at(-1)!;
    expect(question.from).toMatchObject({ id: 'action-plan-coach' });
    expect(question.suggestedActions.actions.map((a: { title: string }) => a.title)).toContain('Yes, that is OK');
  });

  it('echoes the user message, then the bot answer, and stores the web chat client on consent', async () => {
    const session = await openSession();
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
    expect(after.activities[0]!.from.id).toBe(session.userId);
    expect(after.activities.slice(1).map((a) => a.text).join('\n')).toMatch(/Thank you/);
    const client = await bot.app.database.db.client.findUnique({ where: { userKey: `webchat:${session.userId}` } });
    expect(client).toMatchObject({ channelId: 'webchat', timeZone: 'Europe/Paris' });
    expect(Number((await poll(session, after.watermark)).activities.length)).toBe(0);
  });

  it('lets a token read only its own conversation', async () => {
    const mine = await openSession();
    const other = await openSession();
    const response = await call(`/conversations/${mine.conversationId}/activities`, { token: other.token });
    expect(response.status).toBe(403);
    const noToken = await call(`/conversations/${mine.conversationId}/activities`);
    expect(noToken.status).toBe(403);
  });

  it("picks the user id itself: a caller cannot take someone else's, a returning browser gets its own back", async () => {
    const victim = await openSession();
    const named = await call('/tokens/generate', { method: 'POST', body: JSON.stringify({ user: { id: victim.userId } }) });
    expect(((await named.json()) as Session).userId).not.toBe(victim.userId);
    const forged = `${victim.userId}.${'A'.repeat(43)}`;
    expect((await openSession(forged)).userId).not.toBe(victim.userId);
    const back = await openSession(victim.userToken);
    expect(back.userId).toBe(victim.userId);
    expect(back.conversationId).not.toBe(victim.conversationId);
  });

  it('checks a posted activity as /api/messages does: bad ones get 400, text is cleaned', async () => {
    const session = await openSession();
    const post = (activity: unknown) =>
      call(`/conversations/${session.conversationId}/activities`, { method: 'POST', token: session.token, body: JSON.stringify(activity) });
    expect((await post({ type: 'message', text: 'x'.repeat(20_001) })).status).toBe(400);
    expect((await post({ type: 'message', text: 'hi', value: JSON.parse('{"__proto__": {"polluted": true}}') })).status).toBe(400);
    expect((await post({ type: 'message', text: 'hi', channelData: { constructor: { prototype: { x: 1 } } } })).status).toBe(400);
    const before = await poll(session);
    expect((await post({ type: 'message', text: 'No\u0000 thanks' })).status).toBe(200);
    const echoed = (await poll(session, before.watermark)).activities[0]!;
    expect(echoed.text).toBe('No thanks');
  });

  it('in local mode calls no serviceUrl but a loopback one', async () => {
    const response = await bot.post({
      type: 'message',
      id: 'a1',
      text: 'hello',
      channelId: 'emulator',
      serviceUrl: 'http://example.invalid/',
      from: { id: 'visitor-1' },
      recipient: { id: 'bot' },
      conversation: { id: 'outside-conversation' },
    });
    expect(response.status).toBe(401);
    expect(await response.text()).toMatch(/loopback/);
    expect(await bot.app.database.db.conversationRef.count({ where: { userKey: 'emulator:visitor-1' } })).toBe(0);
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

/** Direct Line calls for one running bot (the URL changes with each start). */
function directLineOf(url: () => string) {
  const call = (path: string, init: RequestInit & { token?: string } = {}) =>
    fetch(`${url()}/v3/directline${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    });
  return {
    async open(userToken?: string): Promise<Session> {
      const session = (await (await call('/tokens/generate', { method: 'POST', body: JSON.stringify({ userToken }) })).json()) as Session;
      expect((await call('/conversations', { method: 'POST', token: session.token })).status).toBe(201);
      return session;
    },
    async say(session: Session, text: string): Promise<number> {
      const body = JSON.stringify({ type: 'message', text, localTimezone: 'Europe/London' });
      return (await call(`/conversations/${session.conversationId}/activities`, { method: 'POST', token: session.token, body })).status;
    },
    async poll(session: Session, watermark = '0') {
      const response = await call(`/conversations/${session.conversationId}/activities?watermark=${watermark}`, { token: session.token });
      return (await response.json()) as { activities: Array<Record<string, any>>; watermark: string };
    },
  };
}

describe(`the local web chat with app credentials set, on ${testProvider}`, () => {
  it('answers web chat turns (replies need no token to reach the page)', async () => {
    const database = await createEmptyDatabase();
    const bot = await startBotUnderTest(database.url, {
      LOCAL_WEBCHAT: 'true',
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'not-used-offline',
    });
    try {
      const web = directLineOf(() => bot.app.url);
      const session = await web.open();
      const welcome = await web.poll(session);
      expect(welcome.activities.map((a) => a.text).join('\n')).toMatch(/Is it OK for me to keep your answers\?/);
      expect(await web.say(session, 'Yes, that is OK')).toBe(200);
      expect((await web.poll(session, welcome.watermark)).activities.map((a) => a.text).join('\n')).toMatch(/Thank you/);
    } finally {
      await bot.stop();
      await database.drop();
    }
  });
});

describe(`a reminder for a closed web chat tab, on ${testProvider}`, () => {
  it('waits, across a restart, until that browser comes back, and raises no "cannot reach" escalation', async () => {
    const database = await createEmptyDatabase();
    let bot = await startBotUnderTest(database.url, { LOCAL_WEBCHAT: 'true' });
    const web = directLineOf(() => bot.app.url);
    try {
      const session = await web.open();
      await web.say(session, 'Yes, that is OK');
      const db = bot.app.database.db;
      const client = await db.client.findUniqueOrThrow({ where: { userKey: `webchat:${session.userId}` } });
      // The tab is closed, and the bot restarts on the same address.
      const port = new URL(bot.app.url).port;
      await bot.stop();
      bot = await startBotUnderTest(database.url, { LOCAL_WEBCHAT: 'true', PORT: port });
      const now = new Date('2026-06-10T11:00:00Z');
      await bot.app.database.db.reminder.create({ data: { key: 'closed-tab:1', clientId: client.id, kind: 'review-due', sendAt: new Date(now.getTime() - 60_000) } });
      expect(await bot.app.reminders.tick(now)).toMatchObject({ sent: 1, failed: 0 });
      expect(await bot.app.database.db.escalation.count({ where: { clientId: client.id } })).toBe(0);

      // The same browser comes back: a new conversation, and the reminder is waiting in it.
      const back = await web.open(session.userToken);
      expect(back.userId).toBe(session.userId);
      const seen = await web.poll(back);
      const reminder = seen.activities.find((a) => a.channelData?.reminderKey === 'closed-tab:1');
      expect(reminder?.text).toMatch(/review/i);
      // Once the browser has polled past it, it is delivered and not kept any longer.
      await web.poll(back, seen.watermark);
      expect(await bot.app.database.db.webChatOutbox.count()).toBe(0);
    } finally {
      await bot.stop();
      await database.drop();
    }
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
