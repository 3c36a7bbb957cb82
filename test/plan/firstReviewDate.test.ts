// The first review of a new plan falls on the adviser's cadence when they chose one (reviews are
// agreed between people), and on the coaching style's check-in gap otherwise.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z'); // 10am in London

describe(`the first review date on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** Answers the goal questions with short, clear answers until the goal is saved. */
  async function setAGoal(user: ChatUser): Promise<void> {
    const answers: Array<[RegExp, string]> = [
      [/What would you like to do\?/, 'Set a goal'],
      [/What would you like to work on\?/, 'apply for cleaning jobs'],
      [/small step/, 'apply for 2 cleaning jobs'],
      [/How many/, '2'],
      [/When could you do it\?/, 'Friday'],
      [/How sure/, '9'],
      [/Which job/, 'Cleaner'],
      [/Is that right|\[Yes\] \[Change\]/, 'Yes'],
    ];
    let replies = (await user.say('hi')).join('\n');
    for (let turn = 0; turn < 15 && !/added it to your plan/.test(replies); turn++) {
      const answer = answers.find(([question]) => question.test(replies.split('\n').at(-1) ?? ''));
      if (!answer) throw new Error(`No scripted answer for: ${replies}`);
      replies = (await user.say(answer[1])).join('\n');
    }
    expect(replies).toMatch(/added it to your plan/);
  }

  it("uses the adviser's four-weekly cadence for the first review", async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'external', now: MONDAY });
    await db.client.update({ where: { id: seeded.id }, data: { reviewCadenceDays: 28 } });
    await setAGoal(new ChatUser(bot, { userId: seeded.userId }));
    const plan = await new PlanRepository(db, clock).currentPlan(seeded.id);
    expect(plan!.nextReviewAt).toEqual(new Date('2026-07-05T23:00:00Z')); // Monday 6 July, midnight in London
  });

  it("uses the style's check-in gap when the adviser chose no cadence", async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'external', now: MONDAY });
    await setAGoal(new ChatUser(bot, { userId: seeded.userId }));
    const plan = await new PlanRepository(db, clock).currentPlan(seeded.id);
    expect(plan!.nextReviewAt).toEqual(new Date('2026-06-14T23:00:00Z')); // a week on, for someone who wants close check-ins
  });
});
