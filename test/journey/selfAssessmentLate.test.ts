// Self-assessment answers that belong to the question before, or to the person's own pace, found by
// play-testing (December): each is heard and kept where it belongs, over real HTTP on the database
// under test.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { consentAndLink, joined } from './journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

describe(`self-assessment answers heard where they belong, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  async function progressOf(user: ChatUser) {
    const client = await bot.app.database.db.client.findUnique({ where: { userKey: `emulator:${user.userId}` } });
    return new ProfileRepository(bot.app.database.db).loadProgress(client!.id);
  }

  it('"because it is easy to find" at "another job?" adds to the reason, is not kept as a job, and the question comes again', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Kim', code: "I don't have one" });
    await user.say('care worker');
    expect(joined(await user.say('i like people'))).toMatch(/Is there another job you would like too\?/);
    const replies = joined(await user.say('because it is easy to find'));
    expect(replies).toMatch(/added that to why you want that job/);
    expect(replies).toMatch(/another job you would like/);
    expect(joined(await user.say('cleaner'))).toMatch(/one more job/);
    const { profile } = await progressOf(user);
    expect(profile.jobGoals).toEqual([
      { title: 'Care worker', reason: 'i like people. because it is easy to find', route: null },
      { title: 'Cleaner', reason: null, route: null },
    ]);
  });
});
