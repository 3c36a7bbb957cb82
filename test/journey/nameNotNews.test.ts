// "hiya sorry phone was broke" at "What would you like me to call you?" had been kept as the name
// "Phone Was Broke" (first conversations, December). Over real HTTP on the database under test.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { joined } from './journey.ts';

describe(`news said at the name question, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  it('"hiya sorry phone was broke" is no name; "im sam" after it is', async () => {
    const user = new ChatUser(bot);
    await user.join();
    expect(joined(await user.say('yes'))).toMatch(/What would you like me to call you\?/);
    const news = joined(await user.say('hiya sorry phone was broke'));
    expect(news).not.toMatch(/Phone Was Broke/);
    const client = () => bot.app.database.db.client.findFirstOrThrow({ where: { userKey: { endsWith: user.userId } } });
    expect((await client()).displayName).not.toBe('Phone Was Broke');
    expect(joined(await user.say('im sam'))).toMatch(/Nice to meet you, Sam\./);
    expect((await client()).displayName).toBe('Sam');
  });
});
