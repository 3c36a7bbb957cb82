// Round eight, at "What would you like to work on?" over real HTTP on the database under test: "help
// me find work please" had "Sorry, I was not clear" and the question again; it is answered and read
// back as the goal "Find work". "ring the college 20/11" typed on Monday 23 November had been read as
// next year's 20 November and met with the "more than six months away" check; it is told the day
// has gone and asked for a day, and the step saved with the day given then.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { sayItAnotherWay } from '../../src/messages/en/listening.ts';
import { dayGone } from '../../src/messages/en/review.ts';
import { askOneStep, askWhen, farAwayCheck, goalAskedForReply } from '../../src/messages/en/smartGoal.ts';
import { ASK_GOAL, atGoalQuestion, joined } from './journey.ts';

const MONDAY = new Date('2026-11-23T09:30:00Z');

describe(`goals asked for, and a day in the step just gone, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const planOf = (clientId: string) => new PlanRepository(bot.app.database.db, clock).currentPlan(clientId);

  it.each([
    ['help me find work please', 'help', 'Find work'],
    ['should i apply for the bus driver job?', 'should', 'Apply for the bus driver job'],
  ] as const)('%j is answered (%s), then taken as the goal %j', async (typed, asked, goal) => {
    const { seeded, user } = await atGoalQuestion(bot, MONDAY, 'internal');
    const replies = joined(await user.say(typed));
    expect(replies).toContain(goalAskedForReply(asked, goal));
    expect(replies).not.toContain(sayItAnotherWay);
    expect(replies).not.toMatch(ASK_GOAL);
    expect(await planOf(seeded.id)).toBeNull();
  });

  it('"help me find work please" is saved as the goal "Find work", with the step the client then names', async () => {
    const { seeded, user } = await atGoalQuestion(bot, MONDAY, 'internal');
    expect(joined(await user.say('help me find work please'))).toContain(askOneStep['self-directed']);
    await user.say('ring the agency');
    await user.say('Friday');
    expect(joined(await user.say('8'))).toMatch(/Which job/);
    expect(joined(await user.say('Cleaner'))).toContain('"Find work"');
    await user.say('Yes');
    const plan = await planOf(seeded.id);
    expect(plan!.goals.map((g) => g.text)).toEqual(['Find work']);
    expect(plan!.items.map((item) => item.text)).toEqual(['Ring the agency']);
  });

  it('"ring the college 20/11" on 23 November: the day has gone, the day is asked, and the day given is kept', async () => {
    const { seeded, user } = await atGoalQuestion(bot, MONDAY, 'internal');
    const replies = joined(await user.say('ring the college 20/11'));
    expect(replies).toContain(dayGone);
    expect(replies).toContain(askWhen['self-directed']);
    expect(replies).not.toContain(farAwayCheck);
    expect(joined(await user.say('friday'))).toMatch(/How sure/);
    expect(joined(await user.say('8'))).toMatch(/Which job/);
    expect(joined(await user.say('Cleaner'))).toContain('"Ring the college", by Friday 27 November');
    await user.say('Yes');
    const plan = await planOf(seeded.id);
    expect(plan!.items).toMatchObject([{ text: 'Ring the college', dueAt: new Date('2026-11-27T00:00:00Z') }]);
  });
});
