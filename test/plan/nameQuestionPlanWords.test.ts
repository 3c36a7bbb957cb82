// "change my plan" typed at "What would you like me to call you?" had been greeted "Nice to meet
// you, Change My Plan." (found while playing advisers, round seven: the coach tells clients to type
// it elsewhere). Words about the plan are never kept as a name; a name still is.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { nameFrom } from '../../src/domain/nameWords.ts';

const joined = (replies: string[]) => replies.join('\n');

describe('words about the plan at the name question', () => {
  it.each(['change my plan', 'my goals', 'see my plan', 'review my plan'])('%j is no name', (text) => {
    expect(nameFrom(text)).toBeNull();
  });

  it.each([['Jo Plant', 'Jo Plant'], ['Goaly', 'Goaly']])('%j is still a name', (text, name) => {
    expect(nameFrom(text)).toBe(name);
  });
});

describe(`"change my plan" before a name is given, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  it('is not greeted as a name, and the name is asked again', async () => {
    const user = new ChatUser(bot);
    await user.join();
    expect(joined(await user.say('yes'))).toMatch(/What would you like me to call you\?/);
    const reply = joined(await user.say('change my plan'));
    expect(reply).not.toMatch(/Nice to meet you/);
    expect(reply).toMatch(/name/i);
    expect(joined(await user.say('Sam'))).toMatch(/Nice to meet you, Sam/);
  });
});
