// "can i change my goal" at the menu is a question about the plan the client has, not the start of
// a new goal: it is answered honestly, and nothing is added. Over real HTTP on the database under test.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { ASK_GOAL, joined } from './journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

describe(`asking to change the plan, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it.each(['can i change my goal', 'i want to delete the cv step'])('"%s" is told how, and no new goal is started', async (typed) => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    const replies = joined(await user.say(typed));
    expect(replies).toMatch(/Your adviser can change your plan with you\. Type "talk to my adviser" to ask them\./);
    expect(replies).not.toMatch(ASK_GOAL);
    expect(replies).not.toMatch(/Let us make a goal of that/);
    expect(replies).toMatch(/What would you like to do( next)?\?/);
  });

  it('"can we set a new goal" still starts one', async () => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    expect(joined(await user.say('can we set a new goal'))).toMatch(ASK_GOAL);
  });
});
