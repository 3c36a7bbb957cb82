// A reminder answered in done-ish words, found by play-testing: "did 1 on indeed" to a reminder
// about looking for warehouse jobs had "Sorry, I didn't catch that", and three days later "That is
// OK, plans change", as if the step was missed. Over real HTTP on the database under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanRepository } from '../../src/db/plans.ts';
import { syncPlanReminders } from '../../src/scheduler/reminderPlanning.ts';
import { ChatUser, type BotUnderTest } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { seedReadyClient, startPlanBot, TestClock } from '../plan/planTestBot.ts';
import * as say from '../../src/messages/en/reminders.ts';

describe(`a reminder answered in done-ish words, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: BotUnderTest;
  const clock = new TestClock(new Date('2026-11-23T09:00:00Z'));

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startPlanBot(database.url, clock);
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  async function clientWithReminderSent(stepText: string) {
    clock.current = new Date('2026-11-23T09:00:00Z');
    const db = bot.app.services.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: clock.now() });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    const plans = new PlanRepository(db, clock);
    await plans.addGoalWithItems(seeded.id, {
      text: 'Get a job',
      dueAt: new Date('2026-12-18T00:00:00Z'),
      items: [{ text: stepText, owner: 'client', dueAt: new Date('2026-11-25T00:00:00Z') }],
    });
    await syncPlanReminders(bot.app.services, seeded.id);
    clock.current = new Date('2026-11-23T10:00:00Z');
    await bot.app.reminders.tick(clock.now());
    expect(user.replies().at(-1)!.text).toContain(stepText);
    const lineageId = (await plans.currentPlan(seeded.id))!.items[0]!.lineageId;
    const step = async () => (await plans.currentPlan(seeded.id))!.items.find((item) => item.lineageId === lineageId)!;
    return { user, lineageId, db, step };
  }

  it.each([
    ['did 1 on indeed', 'Look at warehouse jobs on Indeed, once'],
    ['sent it', 'Email my CV to the agency'],
    ['applied to 2', 'Apply for 2 cleaning jobs'],
    ['yeah did 3', 'Apply for 3 jobs'],
  ])('%j to "%s" marks the step done, and keeps the words', async (typed, stepText) => {
    const { user, lineageId, db, step } = await clientWithReminderSent(stepText);
    const replies = (await user.say(typed)).join('\n');
    expect(replies).toContain(say.markedDone);
    expect(replies).not.toMatch(/didn't catch that/);
    expect((await step()).status).toBe('done');
    expect(await db.reminder.count({ where: { itemLineageId: lineageId, status: 'pending' } })).toBe(0);
    expect(await db.reviewEntry.findMany({ where: { itemLineageId: lineageId } })).toMatchObject([{ outcome: 'done', whatHappened: typed }]);
  });

  it('"did 1" to "Apply for 3 jobs" is a start: the step stays open and a new day is asked', async () => {
    const { user, step } = await clientWithReminderSent('Apply for 3 jobs');
    const replies = (await user.say('did 1')).join('\n');
    expect(replies).toContain(say.partlyDone);
    expect(replies).toContain(say.askNewDate);
    expect((await step()).status).not.toBe('done');
  });

  it('"applied to 2" to a step that is not about applying is not an answer to it', async () => {
    const { user, step } = await clientWithReminderSent('Update my CV');
    expect((await user.say('applied to 2')).join('\n')).not.toContain(say.markedDone);
    expect((await step()).status).toBe('open');
  });
});
