// Odds and ends, round one: a job interview or a job search told in a review had been read as a job
// started, and the client sent into in-work support. News of a part-time job still is one, with where.
import { describe, expect, it } from 'vitest';
import * as inWorkSay from '../../src/messages/en/inWork.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { juneDay, MONDAY_8_JUNE, clientAtTheReview } from './playTestClients.ts';

describe(`news of a job in a review, odds and ends round one, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY_8_JUNE);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  const atTheReview = () => clientAtTheReview(bot, clock);

  it.each(['i got a job interview at tesco', 'i started my job search'])('%j at "How did it go?" is no job: the review goes on', async (text) => {
    const client = await atTheReview();
    const replies = (await client.user.say(text)).join('\n');
    expect(replies).not.toContain(inWorkSay.congratulations('Tesco'));
    expect(replies).not.toContain(inWorkSay.congratulations(null));
    expect(replies).not.toContain(inWorkSay.askWhen);
    expect(await client.db.employment.findMany({ where: { clientId: client.seeded.id } })).toEqual([]);
  });

  it('"ive got a new part-time job at the co op" is a job, with where, heard as the client said it', async () => {
    const client = await atTheReview();
    const replies = (await client.user.say('ive got a new part-time job at the co op')).join('\n');
    expect(replies).toContain(inWorkSay.congratulations('The co op'));
    expect(replies).not.toContain(inWorkSay.askWhere);
    await client.user.say(inWorkSay.alreadyStarted);
    expect(await client.db.employment.findMany({ where: { clientId: client.seeded.id } })).toMatchObject([{ employer: 'The co op' }]);
  });
});
