// "i got a job" at the menu, or as a visit's first words, is news of work: play-testing found it
// read as the menu's "Log my job search" (one letter from "log a job"), so the job was never kept.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { joined } from './journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

describe(`news of work at the menu, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it.each([
    ['at the menu', true],
    ['as the first words of a visit', false],
  ])('"i got a job" %s starts in-work support, not the job-search log', async (_where, greetFirst) => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    if (greetFirst) await user.say('hi');
    const replies = joined(await user.say('i got a job'));
    expect(replies).toMatch(/That is brilliant news! Well done on getting a job\./);
    expect(replies).toMatch(/Where is the job\?/);
    expect(replies).not.toMatch(/What did you do to find work\?/);
  });

  it('"log a job" still opens the job-search log', async () => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    expect(joined(await user.say('log a job'))).toMatch(/What did you do to find work\?/);
  });
});
