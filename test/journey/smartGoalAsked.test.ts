// "What is a SMART goal?" at the goal question, found by play-testing: it had the goal question in
// other words, twice, and never an answer. It is answered in plain words now, then the question is
// asked again, and nothing is kept as the goal. Over real HTTP on the database under test.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { sayItAnotherWay, whatASmartGoalIs } from '../../src/messages/en/listening.ts';
import { ASK_GOAL, atGoalQuestion, joined } from './journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

describe(`asking what a SMART goal is, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it.each(['What is a SMART goal?', 'I should like to secure a maintenance supervisor position. What is a SMART goal, incidentally?'])(
    '%j is answered, then the goal question comes again',
    async (typed) => {
      const { seeded, user } = await atGoalQuestion(bot, MONDAY, 'internal');
      const replies = joined(await user.say(typed));
      expect(replies).toContain(whatASmartGoalIs);
      expect(replies).toMatch(/It says what you will do, how you will know it is done, and by when\./);
      expect(replies).not.toContain(sayItAnotherWay);
      expect(replies).toMatch(ASK_GOAL);
      expect(await new PlanRepository(bot.app.database.db, clock).currentPlan(seeded.id)).toBeNull();
    },
  );
});
