// Play-testing the goal questions (Monday 8 June 2026), over real HTTP on the database under test:
// "yes" at "Which job does this help you with?" had been refused again and again; two steps typed in
// one answer had been kept as one line; "every week" had been saved as a one-off with nothing said.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { CHOICE_RETRY } from '../../src/messages/en/prompts.ts';
import * as say from '../../src/messages/en/smartGoal.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const londonMidnight = (day: string) => new Date(`${day}T00:00:00+01:00`);
const CLEANER = { title: 'Cleaner', reason: 'I like things tidy', route: 'Apply to agencies' };
const SHOP = { title: 'Shop work', reason: 'I like people', route: 'Apply online' };

describe(`goal questions found by play-testing, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const planOf = (clientId: string) => new PlanRepository(bot.app.database.db, clock).currentPlan(clientId);
  const joined = (replies: string[]) => replies.join('\n');

  /** A client at "Which job does this help you with?", after a step by Friday and a sure 8. */
  async function atWhichJob(jobGoals = [CLEANER]) {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'internal', now: MONDAY, jobGoals });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('apply for 3 cleaning jobs by Friday');
    expect(joined(await user.say('8'))).toMatch(/Which job/);
    return { seeded, user };
  }

  it.each(['yes', 'yeah', 'yep', 'that one', 'sure'])('%j with one job on the buttons is that job', async (typed) => {
    const { seeded, user } = await atWhichJob();
    const replies = joined(await user.say(typed));
    expect(replies).not.toContain(CHOICE_RETRY);
    expect(replies).toMatch(/Is that right\?/);
    await user.say('Yes');
    expect((await planOf(seeded.id))!.goals[0]).toMatchObject({ jobGoal: 'Cleaner' });
  });

  it('"yes" with two jobs is asked kindly to pick one; a second miss keeps the goal with no job, not the question again', async () => {
    const { seeded, user } = await atWhichJob([CLEANER, SHOP]);
    const first = joined(await user.say('yes'));
    expect(first).toContain(say.pickOneJob);
    expect(first).not.toContain(CHOICE_RETRY);
    expect(first).toContain('[Cleaner] [Shop work] [Not sure]');
    const second = joined(await user.say('yeah'));
    expect(second).toContain(say.noJobForNow);
    expect(second).toMatch(/Is that right\?/);
    await user.say('Yes');
    expect((await planOf(seeded.id))!.goals[0]).toMatchObject({ jobGoal: null });
  });

  it('a job picked after a first miss is still taken', async () => {
    const { seeded, user } = await atWhichJob([CLEANER, SHOP]);
    expect(joined(await user.say('hmm'))).toContain(CHOICE_RETRY);
    expect(joined(await user.say('the shop one'))).toMatch(/Is that right\?/);
    await user.say('Yes');
    expect((await planOf(seeded.id))!.goals[0]).toMatchObject({ jobGoal: 'Shop work' });
  });

  it('with no jobs to tap, "yes" at "Which job would this help you get?" is kept as no job; a job typed is kept tidied', async () => {
    const { seeded, user } = await atWhichJob([]);
    await user.say('yes');
    await user.say('Yes');
    expect((await planOf(seeded.id))!.goals[0]).toMatchObject({ jobGoal: null });
    const other = await atWhichJob([]);
    await other.user.say('maybe forklift driver');
    await other.user.say('Yes');
    expect((await planOf(other.seeded.id))!.goals[0]).toMatchObject({ jobGoal: 'Forklift driver' });
  });

  it('two steps in one answer: "Which first?", each a button, and only the one picked is kept', async () => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('get a job');
    const which = joined(await user.say('apply for 3 jobs and update my cv'));
    expect(which).toContain(say.oneAtATime);
    expect(which).toContain('[Apply for 3 jobs] [Update my CV]');
    expect(joined(await user.say('yes'))).toContain(say.pickOneStep);
    expect(joined(await user.say('Update my CV'))).toMatch(/When could you do it\?/);
    await user.say('Friday');
    await user.say('8');
    const confirm = joined(await user.say('Cleaner'));
    expect(confirm).toContain('Your first step: "Update my CV", by Friday 12 June.');
    await user.say('Yes');
    expect((await planOf(seeded.id))!.items.map((item) => item.text)).toEqual(['Update my CV']);
  });

  it('"both" at "Which first?" keeps the words as typed; one step in words with "and" is not split', async () => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('get a job');
    expect(joined(await user.say('ring the agency and update my cv'))).toContain(say.oneAtATime);
    expect(joined(await user.say('both'))).toMatch(/When could you do it\?/);
    await user.say('Friday');
    await user.say('8');
    expect(joined(await user.say('Cleaner'))).toContain('Your first step: "Ring the agency and update my CV", by Friday 12 June.');

    const other = await seedReadyClient(bot.app.database.db, { band: 'external', now: MONDAY });
    const next = new ChatUser(bot, { userId: other.userId });
    await next.say('hi');
    await next.say('Set a goal');
    await next.say('get a job');
    expect(joined(await next.say('look for 2 jobs in retail and hospitality'))).toMatch(/When could you do it\?/);
  });

  it('a weekly step asks for the first time, keeps "every week", and says the plan holds the first one', async () => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('get a job');
    expect(joined(await user.say('apply for 2 jobs every week'))).toContain(say.askWhenFirst);
    await user.say('Friday');
    await user.say('8');
    const confirm = joined(await user.say('Cleaner'));
    expect(confirm).toContain('Your first step: "Apply for 2 jobs every week", by Friday 12 June.');
    expect(confirm).toMatch(/Your plan keeps one day for each step, so that day is the first time/);
    await user.say('Yes');
    expect((await planOf(seeded.id))!.items).toMatchObject([{ text: 'Apply for 2 jobs every week', dueAt: londonMidnight('2026-06-12') }]);
  });

  it('"call the agency every monday" keeps its words whole, and its first date is the next Monday', async () => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('get a job');
    expect(joined(await user.say('call the agency every monday'))).toMatch(/How sure/);
    const confirm = joined(await user.say('8'));
    expect(confirm).toMatch(/Which job/);
    expect(joined(await user.say('yes'))).toContain('Your first step: "Call the agency every monday", by Monday 15 June.');
    await user.say('Yes');
    expect((await planOf(seeded.id))!.items).toMatchObject([{ text: 'Call the agency every monday', dueAt: londonMidnight('2026-06-15') }]);
  });
});
