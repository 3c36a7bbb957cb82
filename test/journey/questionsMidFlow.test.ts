// Questions typed at the goal question, over real HTTP on the database under test: each gets a
// plain answer and the question again, and nothing is kept as the goal. Play-testing found "can i
// change my goal later?" met with "Sorry, I was not clear", and "how long will it take to get a
// job" told the chat takes "not too long".
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { testProvider } from '../support/testDatabase.ts';
import { ASK_GOAL, atGoalQuestion, joined } from './journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

describe(`questions at the goal question, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('"can i change my goal later?" and "how long will it take to get a job" are answered, then the goal is asked again', async () => {
    const { seeded, user } = await atGoalQuestion(bot, MONDAY);

    const changeLater = joined(await user.say('can i change my goal later?'));
    expect(changeLater).toMatch(/Yes\. You can change your goal or steps at any time\. Type "change my plan", or we can change it at your next review\./);
    expect(changeLater).not.toMatch(/I was not clear/);
    expect(changeLater).toMatch(ASK_GOAL);

    const howLong = joined(await user.say('how long will it take to get a job'));
    expect(howLong).toMatch(/I cannot say\. It is different for everyone\./);
    expect(howLong).not.toMatch(/Not too long|minutes/);
    expect(howLong).toMatch(ASK_GOAL);

    const chat = joined(await user.say('how long does this take?'));
    expect(chat).toMatch(/Not too long\. The first questions take about 10 to 15 minutes/);
    expect(chat).toMatch(ASK_GOAL);

    // Still at the goal question: the next words are the goal, and no question was kept as one.
    expect(joined(await user.say('get a job in a warehouse'))).not.toMatch(ASK_GOAL);
    expect(JSON.stringify(await bot.app.database.db.botState.findMany())).not.toMatch(/change my goal later|how long will it take/i);
    expect(await new PlanRepository(bot.app.database.db, clock).currentPlan(seeded.id)).toBeNull();
  });
});
