// A crisis said before the client agreed to us keeping their details (play-testing, round five): it
// had left no trace once they said yes. Now the kinds of risk wait in the conversation, and the first
// message after they agree raises an urgent escalation and tells the client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { startEscalationBot, TestClock } from './harness.ts';

type Bot = Awaited<ReturnType<typeof startEscalationBot>>;

describe(`a crisis said before consent, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: Bot;
  const clock = new TestClock(new Date('2026-03-04T10:00:00Z'));
  const text = (replies: string[]) => replies.join('\n');

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startEscalationBot(database.url, clock);
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  it('reaches the adviser as urgent once they agree, and the client is told', async () => {
    const user = new ChatUser(bot, { userId: 'before-consent' });
    await user.join();
    expect(text(await user.say('everyone would be better off without me'))).toMatch(/Samaritans/);
    await user.say('Carry on');
    expect(await bot.app.database.db.escalation.count()).toBe(0);
    await user.say('yes');
    const next = text(await user.say('Sam'));
    expect(next).toMatch(/Earlier you told me something that worried me\. Now that I can, I have told your adviser/);
    const escalations = await bot.app.database.db.escalation.findMany();
    expect(escalations.map((row) => [row.reason, row.urgency])).toEqual([['crisis', 'urgent']]);
    expect(escalations[0]!.detail).toMatch(/^Before they agreed to us keeping their details \(.+\), their message said they may not be safe: /);
    expect(escalations[0]!.detail).not.toContain('better off without me');
    // Told once: the next message is coaching as usual.
    expect(text(await user.say("I don't have one"))).not.toMatch(/Earlier you told me/);
  });

  it('says nothing of the kind to a client who said nothing worrying before agreeing', async () => {
    const user = new ChatUser(bot, { userId: 'plain-consent' });
    await user.join();
    await user.say('yes');
    expect(text(await user.say('Jo'))).not.toMatch(/Earlier you told me/);
  });
});
