// Benefits worries found by play-testing, round nine, over real HTTP: "worse off working" is a
// benefits worry (it had a stock line and nothing for the adviser), answered once; someone in work is
// not told to keep looking for work; an offer weighed up because of Universal Credit is an offer,
// not a job taken.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { atTheMenu, joined } from './journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

describe(`benefits worries, round nine, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const db = () => bot.app.database.db;

  it('"im scared ill be worse off working" gets the benefits answer once, and goes to the adviser', async () => {
    const { seeded, user } = await atTheMenu(bot, MONDAY);
    const replies = joined(await user.say('im scared ill be worse off working'));
    expect(replies.match(/I cannot give advice about benefits/g)).toHaveLength(1);
    expect(replies).not.toMatch(/Thank you for telling me what worries you/);
    const escalations = await db().escalation.findMany({ where: { clientId: seeded.id, reason: 'specialist-barrier' } });
    expect(escalations).toHaveLength(1);
  });

  it('a client in work asking about Universal Credit is not told to keep looking for work', async () => {
    const { user } = await atTheMenu(bot, MONDAY);
    await user.say('i got a job at tesco');
    await user.say('next monday');
    const replies = joined(await user.say('will i lose my universal credit now?'));
    expect(replies).toMatch(/I do not decide anything about benefits/);
    expect(replies).not.toMatch(/keep looking for work/);
  });

  it('"got offered a job at lidl but will my uc stop" is an offer to think through, and no job is kept', async () => {
    const { seeded, user } = await atTheMenu(bot, MONDAY);
    const replies = joined(await user.say('got offered a job at lidl but will my uc stop'));
    expect(replies).toMatch(/Well done on the offer! It is a big choice, and it is yours to make\./);
    expect(replies).not.toMatch(/Well done on the job at Lidl/);
    expect(await db().employment.findMany({ where: { clientId: seeded.id } })).toEqual([]);
  });
});
