// A client answers a reminder with its buttons, over real HTTP: "Done" closes the step (a new plan
// version) and cancels what is left; "I need more time" moves the date and its reminders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanRepository } from '../../src/db/plans.ts';
import { syncPlanReminders } from '../../src/scheduler/reminderPlanning.ts';
import { ChatUser, type BotUnderTest } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { seedReadyClient, startPlanBot, TestClock } from '../plan/planTestBot.ts';
import * as say from '../../dialogs/messages/reminders.ts';

describe(`answering a reminder on ${testProvider}`, () => {
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
    await new PlanRepository(db, clock).addGoalWithItems(seeded.id, {
      text: 'Apply for 2 cleaning jobs by Friday',
      dueAt: new Date('2026-11-27T00:00:00Z'),
      items: [{ text: stepText, owner: 'client', dueAt: new Date('2026-11-25T00:00:00Z') }],
    });
    await syncPlanReminders(bot.app.services, seeded.id);
    clock.current = new Date('2026-11-23T10:00:00Z');
    await bot.app.reminders.tick(clock.now());
    const lineageId = (await new PlanRepository(db, clock).currentPlan(seeded.id))!.items[0]!.lineageId;
    return { seeded, user, lineageId, db };
  }

  it('"Done" marks the step done in a new version and cancels its other reminders', async () => {
    const { seeded, user, lineageId, db } = await clientWithReminderSent('Ask Jo for a reference');
    const reminder = user.replies().at(-1)!;
    expect(reminder.text).toMatch(/Ask Jo for a reference/);
    expect(reminder.suggestedActions.actions.map((a: { title: string }) => a.title)).toEqual(say.reminderButtons);

    const replies = await user.say('Done');
    expect(replies.join(' ')).toContain(say.markedDone);
    const plan = await new PlanRepository(db, clock).currentPlan(seeded.id);
    expect(plan!.version).toBe(2);
    expect(plan!.items.find((i) => i.lineageId === lineageId)!.status).toBe('done');
    const pending = await db.reminder.count({ where: { itemLineageId: lineageId, status: 'pending' } });
    expect(pending).toBe(0);
  });

  it('"I need more time" asks for a day, moves the step and its reminders', async () => {
    const { seeded, user, lineageId, db } = await clientWithReminderSent('Fill in the form for the bakery job');
    expect((await user.say('i need more time')).join(' ')).toContain(say.askNewDate);
    expect((await user.say('whenever')).join(' ')).toContain(say.newDateNotUnderstood);
    await user.say('next friday');
    const item = (await new PlanRepository(db, clock).currentPlan(seeded.id))!.items.find((i) => i.lineageId === lineageId)!;
    expect(item.dueAt!.toISOString()).toBe('2026-12-04T00:00:00.000Z');
    const pending = await db.reminder.findMany({ where: { itemLineageId: lineageId, status: 'pending' }, orderBy: { sendAt: 'asc' } });
    expect(pending.length).toBeGreaterThan(0);
    expect(pending[0]!.sendAt.getTime()).toBeGreaterThan(new Date('2026-12-01T00:00:00Z').getTime());
  });
});
