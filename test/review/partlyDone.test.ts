// A step reported "partly done" is still to do: it keeps its reminders, comes up at the next
// review, and counts as late on the plan card only while it is still to do.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z'); // 10am in London

describe(`a partly done step on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('is reminded and reviewed again, like an open step', async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: clock.now() });
    const plans = new PlanRepository(db, clock);
    await plans.addGoalWithItems(seeded.id, {
      text: 'Get a job in a shop',
      dueAt: null,
      items: [{ text: 'Make a CV', owner: 'client', dueAt: new Date('2026-06-05T23:00:00Z') }],
    });
    const lineageId = (await plans.currentPlan(seeded.id))!.items[0]!.lineageId;
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    expect((await user.say('Review my plan')).join('\n')).toMatch(/Your step was: Make a CV/);
    for (const answer of ['Partly done', 'I wrote half of it', 'OK', 'Starting it', 'Nothing', 'No more steps']) await user.say(answer);

    expect((await plans.currentPlan(seeded.id))!.items.find((item) => item.lineageId === lineageId)!.status).toBe('partly-done');
    const pending = await db.reminder.count({ where: { itemLineageId: lineageId, status: 'pending' } });
    expect(pending).toBeGreaterThan(0);

    clock.current = new Date('2026-06-09T09:00:00Z');
    await user.say('cancel');
    expect((await user.say('Review my plan')).join('\n')).toMatch(/Your step was: Make a CV/);
  });
});
