// A proactive message (a reminder, an escalation) goes through the same middleware as a user's
// message, but it is not one: it must not rewrite the stored reference it was sent from.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';

describe(`proactive turns on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  it('sends through the stored reference and leaves it as it was', async () => {
    const db = bot.app.database.db;
    const stored = JSON.stringify({
      channelId: 'emulator',
      serviceUrl: bot.connector.url,
      conversation: { id: 'conv-proactive' },
      user: { id: 'pat', name: 'Pat' },
      bot: { id: 'coach-bot', name: 'Action Plan Coach' },
    });
    const written = new Date('2026-01-01T00:00:00Z');
    await db.conversationRef.create({ data: { userKey: 'emulator:pat', reference: stored, updatedAt: written } });

    const outcome = await bot.app.services.sender.send('emulator:pat', () => [{ type: 'message', text: 'Time to check your plan.' }]);

    expect(outcome.status).toBe('sent');
    expect(bot.connector.textsTo('conv-proactive')).toEqual(['Time to check your plan.']);
    const after = await db.conversationRef.findUniqueOrThrow({ where: { userKey: 'emulator:pat' } });
    expect(after.reference).toBe(stored);
    expect(after.updatedAt).toEqual(written);
  });
});
