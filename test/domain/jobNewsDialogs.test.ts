// One reader of job news (src/domain/jobNews.ts) at the menu and in a review: "i started working on
// my cv" had sent a client into in-work support from the menu, and "my mate got a job" had been
// kept as the client's own job. News said in other words ("got taken on at the warehouse") had
// been missed, and the client asked about it no further.
import { describe, expect, it } from 'vitest';
import * as inWorkSay from '../../src/messages/en/inWork.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { atTheMenu, joined } from '../journey/journey.ts';
import { juneDay, MONDAY_8_JUNE, clientAtTheReview } from '../review/playTestClients.ts';

const WELL_DONE = /That is brilliant news! Well done|Well done on the job/;

describe(`news of a job at the menu, read once, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY_8_JUNE);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it.each([
    ['i started working on my cv'],
    ['started looking for work'],
    ['my mate got a job at the warehouse'],
    ['started volunteering at oxfam'],
    ['i started my new meds'],
    ['i wish i had a job'],
  ])('%j is no job: no "well done", and no job kept', async (typed) => {
    const { seeded, user } = await atTheMenu(bot, MONDAY_8_JUNE);
    const replies = joined(await user.say(typed));
    expect(replies).not.toMatch(WELL_DONE);
    expect(replies).not.toContain(inWorkSay.askWhere);
    expect(await bot.app.database.db.employment.findMany({ where: { clientId: seeded.id } })).toEqual([]);
  });

  it.each([
    ['got taken on at the warehouse', inWorkSay.congratulations('The warehouse')],
    ['starting monday at asda', inWorkSay.congratulations('Asda')],
    ["i'm a cleaner now 16 hours", inWorkSay.askWhere],
    ['signed my contract today', inWorkSay.askWhere],
    ['back at work!!', inWorkSay.askWhere],
  ])('%j is news of a job: in-work support begins', async (typed, next) => {
    const { user } = await atTheMenu(bot, MONDAY_8_JUNE);
    const replies = joined(await user.say(typed));
    expect(replies).toMatch(WELL_DONE);
    expect(replies).toContain(next);
  });
});

describe(`news of a job in a review, read by the same reader, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY_8_JUNE);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  const atTheReview = () => clientAtTheReview(bot, clock);

  it.each(['my mate got a job at the warehouse', 'i started working on my cv'])('%j at "How did it go?" is no job: the review goes on', async (typed) => {
    const client = await atTheReview();
    const replies = (await client.user.say(typed)).join('\n');
    expect(replies).not.toMatch(WELL_DONE);
    expect(await client.db.employment.findMany({ where: { clientId: client.seeded.id } })).toEqual([]);
  });

  it('"got taken on at the warehouse" at "How did it go?" is a job, with where', async () => {
    const client = await atTheReview();
    expect((await client.user.say('got taken on at the warehouse')).join('\n')).toContain(inWorkSay.congratulations('The warehouse'));
  });
});
