// A new client gives their name with a question after it: the name is kept, and the question
// answered before the next one. Over real HTTP on the database under test.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { joined } from './journey.ts';

describe(`a name with more after it, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  it('"hi im Tom. is this going to be long? i havent got much time" keeps Tom and answers how long', async () => {
    const user = new ChatUser(bot);
    await user.join();
    expect(joined(await user.say('yes'))).toMatch(/What would you like me to call you\?/);
    const replies = joined(await user.say('hi im Tom. is this going to be long? i havent got much time'));
    expect(replies).toMatch(/Nice to meet you, Tom\./);
    expect(replies).toMatch(/The first questions take about 10 to 15 minutes/);
    expect(replies).not.toMatch(/That sounds really hard/);
    expect(replies).not.toMatch(/What would you like me to call you\?/);
    const client = await bot.app.database.db.client.findFirstOrThrow({ where: { userKey: { endsWith: user.userId } } });
    expect(client.displayName).toBe('Tom');
  });
});
