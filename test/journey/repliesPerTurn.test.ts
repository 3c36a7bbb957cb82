// Over HTTP, on the real app: a turn's coaching replies reach the channel as one message where
// they read as one (fewer calls to Teams, fewer bubbles), while the safety replies to a crisis go
// out as the risk check sends them, each as its own message.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startBotOnFreshDatabase, type BotUnderTest } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { consentAndLink } from './journey.ts';

describe(`replies per turn on ${testProvider}`, () => {
  let bot: BotUnderTest;
  let sam: ChatUser;

  beforeAll(async () => {
    bot = await startBotOnFreshDatabase();
    sam = new ChatUser(bot, { name: 'Sam' });
    await consentAndLink(sam, { name: 'Sam', code: "I don't have one" });
  });
  afterAll(() => bot.stop());

  const messagesOfTurn = async (text: string) => {
    const before = bot.connector.repliesTo(sam.conversationId).length;
    await sam.say(text);
    return bot.connector.repliesTo(sam.conversationId).slice(before).filter((activity) => activity.type === 'message');
  };

  it('sends an answer and the question after it as one message, the question last with its buttons', async () => {
    const sent = await messagesOfTurn('My plan');
    expect(sent).toHaveLength(1);
    const paragraphs = String(sent[0]!.text).split('\n\n');
    expect(paragraphs.length).toBeGreaterThan(1);
    expect(paragraphs.at(-1)).toMatch(/\?/);
    expect(sent[0]!.suggestedActions?.actions.length).toBeGreaterThan(0);
  });

  it('sends the replies to a crisis as the risk check wrote them: the contacts first, on their own', async () => {
    const sent = await messagesOfTurn('i am going to kill myself tonight');
    expect(sent.length).toBeGreaterThan(1);
    expect(String(sent[0]!.text)).toMatch(/^- .*call/m);
    expect(sent.slice(1).every((activity) => !/^- .*call/m.test(String(activity.text ?? '')))).toBe(true);
  });
});
