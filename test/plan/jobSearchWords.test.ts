// The job-search log as people type it, from a second play-test: a CV handed in is a contact with
// employers, and a client who has nothing to add (or typed something it could not read) can leave;
// they had been held at "Sorry, I didn't catch what you did" with no button out.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';
import { atTheMenu } from '../journey/journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const joined = (replies: string[]) => replies.join('\n');

describe(`the job-search log, said loosely, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  async function atTheLog() {
    const { seeded, user } = await atTheMenu(bot, MONDAY);
    expect(joined(await user.say('Log my job search'))).toMatch(/What did you do to find work\?.*\[Nothing to add\]/);
    const entries = () => bot.app.database.db.jobSearchEntry.findMany({ where: { clientId: seeded.id } });
    return { user, entries };
  }

  it('"handed my cv in at 4 shops in town" is four contacts with employers', async () => {
    const { user, entries } = await atTheLog();
    expect(joined(await user.say('handed my cv in at 4 shops in town'))).toMatch(/I have added 4 contacts to your job search/);
    expect((await entries()).map((entry) => entry.kind)).toEqual(Array(4).fill('employer-contact'));
  });

  it.each(['that is all', 'Nothing to add', 'nothing this week'])('"%s", even after a miss, leaves the log with nothing added', async (typed) => {
    const { user, entries } = await atTheLog();
    expect(joined(await user.say('erm the thing'))).toMatch(/I didn't catch what you did/);
    const replies = joined(await user.say(typed));
    expect(replies).toMatch(/That is OK\. You can add to your job search at any time\./);
    expect(replies).toMatch(/What would you like to do next\?/);
    expect(await entries()).toEqual([]);
  });

  it('an interview already had is logged without a day ahead', async () => {
    const { user, entries } = await atTheLog();
    const replies = joined(await user.say('had an interview at b&q this morning, went ok'));
    expect(replies).toMatch(/I have added an interview at B&Q to your job search\./);
    expect(await entries()).toMatchObject([{ kind: 'interview', employer: 'B&Q', happensAt: null }]);
  });
});
