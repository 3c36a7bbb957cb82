// A question still waiting is asked again: after a stray "hi", a reload of the chat page, or a
// server restart, the person sees what the coach needs, not only "Sorry, I didn't catch that".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startBotUnderTest, type BotUnderTest } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { consentQuestion } from '../../src/messages/en/onboarding.ts';
import { joined } from './journey.ts';

describe(`questions asked again, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: BotUnderTest | undefined;

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startBotUnderTest(database.url);
  });
  afterAll(async () => {
    await bot?.stop();
    await database.drop();
  });

  it('asks for consent again when "hi" comes while the coach waits for the answer', async () => {
    const user = new ChatUser(bot!, { name: 'Ola' });
    await user.join();
    const replies = await user.say('hi');
    // A greeting is understood: greeted back, then the question it was waiting on, with its buttons.
    expect(replies[0]).toMatch(/^Hi there!/);
    expect(joined(replies)).not.toMatch(/didn't catch that/);
    expect(replies.at(-1)).toContain(consentQuestion);
    expect(replies.at(-1)).toMatch(/\[Yes, that is OK\] \[No thanks\]/);
  });

  it('asks the waiting question again when the chat page is reloaded', async () => {
    const user = new ChatUser(bot!, { name: 'Pat' });
    await user.join();
    // A reload joins the same conversation again.
    const replies = await user.join();
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain(consentQuestion);
    expect(joined(replies)).not.toMatch(/computer program/);
  });

  it('asks the waiting question again after the server restarts', async () => {
    const user = new ChatUser(bot!, { name: 'Rio' });
    await user.join();
    await bot!.stop();
    bot = await startBotUnderTest(database.url);
    const again = new ChatUser(bot, { userId: user.userId, conversationId: user.conversationId, name: 'Rio' });
    expect(joined(await again.say('hello'))).toContain(consentQuestion);
  });
});
