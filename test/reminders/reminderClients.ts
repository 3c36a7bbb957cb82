// The reminder tests' one way to seed a client: ready, at the menu on Monday 23 November at 9am,
// with a goal holding these steps and their reminders planned.
import { PlanRepository } from '../../src/db/plans.ts';
import { syncPlanReminders } from '../../src/scheduler/reminderPlanning.ts';
import { ChatUser, type BotUnderTest } from '../support/botUnderTest.ts';
import { seedReadyClient, type TestClock } from '../plan/planTestBot.ts';

export type PlanStep = { text: string; dueAt: string };

export async function clientAtTheMenuWithSteps(bot: BotUnderTest, clock: TestClock, steps: PlanStep[]) {
  clock.current = new Date('2026-11-23T09:00:00Z');
  const db = bot.app.services.db;
  const plans = new PlanRepository(db, clock);
  const seeded = await seedReadyClient(db, { band: 'mixed', now: clock.now() });
  const user = new ChatUser(bot, { userId: seeded.userId });
  await user.say('hi');
  await plans.addGoalWithItems(seeded.id, {
    text: 'Get a job in an office',
    dueAt: new Date('2026-12-18T00:00:00Z'),
    items: steps.map(({ text, dueAt }) => ({ text, owner: 'client' as const, dueAt: new Date(dueAt) })),
  });
  await syncPlanReminders(bot.app.services, seeded.id);
  return { seeded, user, plans, db };
}
