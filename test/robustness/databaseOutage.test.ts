// PostgreSQL goes silent (packets dropped): the readiness probe and a message each answer within
// 5 seconds, the probe says only "database down", the client is told honestly that nothing was
// saved, and when the network comes back the bot carries on without a restart. Always on
// PostgreSQL: SQLite is a local file and has no network to lose.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startBotUnderTest, type BotUnderTest } from '../support/botUnderTest.ts';
import { createEmptyDatabase, type TestDatabase } from '../support/testDatabase.ts';
import { cannotSaveMessage } from '../../src/messages/en/common.ts';
import { SilentNetwork } from './silentNetwork.ts';

const BOUND_MS = 5_000;

describe('a silent PostgreSQL network', () => {
  let database: TestDatabase;
  let network: SilentNetwork;
  let bot: BotUnderTest;

  beforeAll(async () => {
    database = await createEmptyDatabase('postgresql');
    const url = new URL(database.url);
    network = await new SilentNetwork(url.hostname, Number(url.port || 5432)).start();
    url.host = `127.0.0.1:${network.port}`;
    bot = await startBotUnderTest(url.toString());
  });
  afterAll(async () => {
    await bot.stop().catch(() => undefined);
    await network.stop();
    await database.drop();
  });

  // Each request is cut off at 5 s: one that has not answered by then fails the test.
  const readyz = () => fetch(`${bot.app.url}/readyz`, { signal: AbortSignal.timeout(BOUND_MS) });
  const post = (activity: Record<string, unknown>) =>
    fetch(`${bot.app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
      signal: AbortSignal.timeout(BOUND_MS),
    });

  it('answers promptly, honestly, and recovers by itself', { timeout: 60_000 }, async () => {
    const user = new ChatUser(bot);
    expect((await user.say('hello')).join('\n')).toMatch(/Is it OK for me to keep your answers\?/);
    expect((await readyz()).status).toBe(200);

    network.goSilent();

    const probe = await readyz();
    expect(probe.status).toBe(503);
    expect(await probe.json()).toEqual({ ready: false, database: 'down' });

    const before = user.replies().length;
    const response = await post(user.activity({ type: 'message', text: 'yes' }));
    expect(response.status).toBe(200);
    expect(user.replies().slice(before).map((reply) => reply.text)).toEqual([cannotSaveMessage]);

    // A second message while still down: the pool's dead connections do not make it hang either.
    const again = await post(user.activity({ type: 'message', text: 'yes' }));
    expect(again.status).toBe(200);
    expect(user.replies().at(-1)?.text).toBe(cannotSaveMessage);

    network.relay();

    let ready = 503;
    for (let attempt = 0; attempt < 20 && ready !== 200; attempt++) {
      ready = (await readyz()).status;
      if (ready !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(ready).toBe(200);
    // Nothing was kept while it was down: the client answers the same question again, and it works.
    expect((await user.say('yes')).join('\n')).toMatch(/What would you like me to call you\?/);
  });
});
