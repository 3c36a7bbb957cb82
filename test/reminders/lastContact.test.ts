// Every message from a client counts as contact: it ends a run of unanswered reminders at once,
// and last contact (which stall checks count in days) is never more than a few minutes old.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { addDays, addMinutes } from 'date-fns';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { CONTACT_REFRESH_MS } from '../../src/bot/clientContext.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

describe(`last contact on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);

  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('resets unanswered reminders on any message and keeps last contact fresh', async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    await db.client.update({ where: { id: seeded.id }, data: { unansweredOutreach: 2 } });
    const user = new ChatUser(bot, { userId: seeded.userId });
    const stored = () => db.client.findUniqueOrThrow({ where: { id: seeded.id } });

    clock.current = addMinutes(MONDAY, 1);
    await user.say('hi');
    expect((await stored()).unansweredOutreach).toBe(0);

    for (const at of [addDays(MONDAY, 3), addMinutes(addDays(MONDAY, 3), 2), addMinutes(addDays(MONDAY, 3), 9)]) {
      clock.current = at;
      await user.say('My plan');
      const lastContactAt = (await stored()).lastContactAt!;
      expect(lastContactAt.getTime()).toBeLessThanOrEqual(at.getTime());
      expect(at.getTime() - lastContactAt.getTime()).toBeLessThan(CONTACT_REFRESH_MS);
    }
  });
});
