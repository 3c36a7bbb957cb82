// Reminders found late fall due together: only the latest for a step goes out (play-testing saw three
// for one step at once, each saying the same thing), and the others are kept as cancelled.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { syncPlanReminders } from '../../src/scheduler/reminderPlanning.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

describe(`reminders found late, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('sends one reminder for a step whose nudge, day and overdue reminders all fell due', async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await new PlanRepository(db, clock).addGoalWithItems(seeded.id, {
      text: 'Get a job in a shop',
      dueAt: null,
      items: [{ text: 'Look at 2 job adverts', owner: 'client', dueAt: new Date('2026-06-11T23:00:00Z') }],
    });
    await syncPlanReminders(bot.app.services, seeded.id);
    const before = user.replies().length;
    clock.current = new Date('2026-06-13T09:00:00Z'); // Saturday: the Friday step is a day gone
    await bot.app.reminders.tick(clock.now());
    const sent = user.replies().slice(before).filter((reply) => reply.type === 'message');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toMatch(/Your step was for Friday 12 June: Look at 2 job adverts/);
    const cancelled = await db.reminder.findMany({ where: { clientId: seeded.id, status: 'cancelled' } });
    expect(cancelled.map((r) => r.kind).sort()).toEqual(['item-due-soon', 'item-due-today']);
    clock.current = MONDAY;
  });
});
