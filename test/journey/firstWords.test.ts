// What a returning client types first is heard, not lost to the welcome; and words that are not
// the answer to the goal's questions (a day, a menu button's words, a count of things done) are
// never kept as a step or a rating. Over real HTTP on the database under test.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { joined } from './journey.ts';

// Monday 8 June 2026, 10am in London.
const MONDAY = new Date('2026-06-08T09:00:00Z');
const MENU = /\[Set a goal\]/;

describe(`the first words of a visit, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  async function returningClient() {
    clock.current = MONDAY;
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'external', now: MONDAY });
    return { seeded, user: new ChatUser(bot, { userId: seeded.userId }) };
  }

  it('a goal said first starts goal setting from those words after the welcome', async () => {
    const { user } = await returningClient();
    const replies = joined(await user.say('i want to get a job in a warehouse'));
    expect(replies).toMatch(/Welcome back, Sam!/);
    expect(replies).toMatch(/Let us make a goal of that: "i want to get a job in a warehouse"\./);
    expect(replies).not.toMatch(MENU);
  });

  it('news said first goes into the job-search log', async () => {
    const { user } = await returningClient();
    const replies = joined(await user.say('applied at greggs yesterday'));
    expect(replies).toMatch(/I have added an application to Greggs to your job search/);
  });

  it('a question about sanctions said first is answered once, not again after the welcome', async () => {
    const { seeded, user } = await returningClient();
    const replies = joined(await user.say('will i get sanctioned if i dont do it'));
    expect(replies.match(/I do not decide anything about benefits/g)).toHaveLength(1);
    expect(replies).toMatch(MENU);
    const steps = (await new PlanRepository(bot.app.database.db, clock).currentPlan(seeded.id))?.items ?? [];
    expect(steps.filter((item) => item.owner === 'adviser')).toHaveLength(1);
  });

  it('a question said first is answered before the menu', async () => {
    const { user } = await returningClient();
    const replies = joined(await user.say('are you a real person'));
    expect(replies).toMatch(/I am a chat bot/);
    expect(replies).toMatch(MENU);
  });

  it('a hello is only greeted', async () => {
    const { user } = await returningClient();
    const replies = await user.say('hiya');
    expect(joined(replies)).toMatch(/Welcome back, Sam!/);
    expect(joined(replies)).not.toMatch(/chat bot|didn't catch/);
    expect(joined(replies)).toMatch(MENU);
  });
});

describe(`a day where a step is asked, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('"by the end of the month" is heard as a day, the step is asked again, and the plan never holds a step called "By"', async () => {
    clock.current = MONDAY;
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    expect(joined(await user.say('i want to get a job in a warehouse'))).toMatch(/What would you like to try\?/);
    const replies = joined(await user.say('by the end of the month'));
    expect(replies).toMatch(/That sounds like a day\. What will you do\?/);
    expect(replies).toMatch(/What would you like to try\?/);
    expect(replies).not.toMatch(/How will you know|How many will you do/);
    expect(joined(await user.say('look at jobs on indeed'))).toMatch(/How many will you do\?/);
    expect(await new PlanRepository(bot.app.database.db, clock).currentPlan(seeded.id)).toBeNull();
  });
});

describe(`words that are not the answer in goal setting, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('"review my plan" at the first step and "i did 2 of them" at the rating are not kept', async () => {
    clock.current = MONDAY;
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('get a job in retail');
    await user.say('apply for some shop jobs');
    await user.say('3');
    await user.say('next friday');
    // The step said, by a day further off: asked once if it could be sooner (nearerStepPrompt.ts).
    const menuWords = joined(await user.say('review my plan'));
    expect(menuWords).toMatch(/Let us finish this question first\. Then you can tap "Review my plan" on the menu\./);
    expect(menuWords).toMatch(/Could you do it sooner/);
    expect(joined(await user.say('yes'))).toMatch(/How sure do you feel/);
    const count = joined(await user.say('i did 2 of them'));
    expect(count).toMatch(/How sure do you feel/);
    expect(count).not.toMatch(/Let us make it smaller/);
    expect(joined(await user.say('8'))).toMatch(/Which job does this help you with\?/);
    await user.say('Cleaner');
    const plan = joined(await user.say('My plan'));
    expect(plan).toMatch(/Apply for 3 shop jobs/);
    expect(plan).not.toMatch(/review my plan/i);
  });
});
