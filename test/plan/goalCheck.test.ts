// Play-testing goal setting: a day typed where a nearer first step is offered, a new day or a part
// named where the goal is read back ("Is that right?"), and "go back" at a goal question. Each had
// "Sorry, I didn't catch that", a restart of the whole goal, or "OK. Let us carry on." and no going back.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

// Monday 8 June 2026, 10am in London.
const MONDAY = new Date('2026-06-08T09:00:00Z');
const londonMidnight = (day: string) => new Date(`${day}T00:00:00+01:00`);

describe('changing a goal before it is kept', () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const db = () => bot.app.database.db;
  const last = (replies: string[]) => replies.at(-1) ?? '';
  const joined = (replies: string[]) => replies.join('\n');

  async function atTheNearerQuestion() {
    const seeded = await seedReadyClient(db(), { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('get a job');
    await user.say('apply for cleaning jobs');
    await user.say('2');
    expect(last(await user.say('in 10 days'))).toMatch(/Could you do it sooner, by Monday 15 June\?/);
    return { seeded, user };
  }

  it('takes a day typed at "Could you do a first step by ...?" as the first step\'s day, and explains one after the goal\'s', async () => {
    // A goal that is its own step ("update my CV"): a first step is offered before its day.
    const seeded = await seedReadyClient(db(), { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('update my CV');
    expect(last(await user.say('in 10 days'))).toMatch(/Could you do a first step by Monday 15 June\?/);
    const later = joined(await user.say('the 25th'));
    expect(later).toMatch(/Thursday 25 June is after the day you picked, Thursday 18 June\. A first step comes before that/);
    expect(later).toMatch(/Could you do a first step by Monday 15 June\?/);
    expect(later).not.toMatch(/didn't catch/);
    const taken = joined(await user.say('thursday'));
    expect(taken).toMatch(/OK, a first step by Thursday 11 June\.[\s\S]*What could that first step be\?/);
    await user.say('look at jobs on indeed');
    await user.say('9');
    const confirm = last(await user.say('Cleaner'));
    expect(confirm).toContain('"Update my CV"');
    expect(confirm).toContain('Your first step: "Look at jobs on indeed", by Thursday 11 June.');
    await user.say('yes');
    const plan = await new PlanRepository(db()).currentPlan(seeded.id);
    expect(plan!.items.map((item) => item.dueAt)).toEqual([londonMidnight('2026-06-11')]);
    expect(plan!.goals[0]!.dueAt).toEqual(londonMidnight('2026-06-18'));
  });

  it('takes a later day typed at "Could you do it sooner?" as the client\'s new day, with no other step asked for', async () => {
    const { seeded, user } = await atTheNearerQuestion();
    const later = joined(await user.say('the 25th'));
    expect(later).toMatch(/OK, by Thursday 25 June\.[\s\S]*How sure/);
    await user.say('9');
    expect(last(await user.say('Cleaner'))).toContain('"Apply for 2 cleaning jobs", by Thursday 25 June.');
    await user.say('yes');
    const plan = await new PlanRepository(db()).currentPlan(seeded.id);
    expect(plan!.items.map((item) => [item.text, item.dueAt])).toEqual([['Apply for 2 cleaning jobs', londonMidnight('2026-06-25')]]);
  });

  it('reads a new day at "Is that right?" and reads the goal back again; a part named is asked for alone', async () => {
    const { seeded, user } = await atTheNearerQuestion();
    await user.say('look at jobs on indeed');
    await user.say('9');
    expect(last(await user.say('Cleaner'))).toContain('Your first step: "Look at jobs on indeed", by Monday 15 June.');

    const thursday = joined(await user.say('actually no make it thursday'));
    expect(thursday).not.toMatch(/didn't catch|Tell me the goal again/);
    expect(thursday).toMatch(/OK\. "Look at jobs on indeed" is now by Thursday 11 June\.[\s\S]*Your first step: "Look at jobs on indeed", by Thursday 11 June\.[\s\S]*Is that right\?/);
    expect(last(await user.say('no, friday'))).toContain('by Friday 12 June.');
    // After the later step's day, a day is that step's.
    expect(last(await user.say('can it be the 19th'))).toContain('Then: "Apply for 2 cleaning jobs", by Friday 19 June.');

    expect(last(await user.say('change the date'))).toMatch(/Which day would suit you\?/);
    expect(last(await user.say('wednesday'))).toContain('Your first step: "Look at jobs on indeed", by Wednesday 10 June.');
    expect(last(await user.say('the step is wrong'))).toMatch(/What is the step, in your own words\?/);
    const changed = joined(await user.say('ring an agency'));
    expect(changed).toMatch(/OK, I have changed the step\.[\s\S]*Your first step: "Ring an agency", by Wednesday 10 June\./);
    expect(last(await user.say('Change'))).toMatch(/What would you like to change\?/);
    expect(last(await user.say('go back'))).toMatch(/Is that right\?/);

    await user.say('yes');
    const plan = await new PlanRepository(db()).currentPlan(seeded.id);
    expect(plan!.items.map((item) => [item.text, item.dueAt])).toEqual([
      ['Ring an agency', londonMidnight('2026-06-10')],
      ['Apply for 2 cleaning jobs', londonMidnight('2026-06-19')],
    ]);
  });

  it('moves a goal that is its own step, and its own day with it', async () => {
    const seeded = await seedReadyClient(db(), { band: 'internal', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('update my CV');
    await user.say('in 10 days');
    await user.say('7');
    expect(last(await user.say('Cleaner'))).toContain('"Update my CV", by Thursday 18 June.');
    expect(last(await user.say('make it friday'))).toContain('"Update my CV", by Friday 12 June.');
    await user.say('yes');
    const plan = await new PlanRepository(db()).currentPlan(seeded.id);
    expect(plan!.goals[0]!.dueAt).toEqual(londonMidnight('2026-06-12'));
    expect(plan!.items[0]!.dueAt).toEqual(londonMidnight('2026-06-12'));
  });

  // It had said it could not go back, and asked the question on screen again (play-testing asked for
  // the question before: test/plan/goalAsides.test.ts).
  it('goes back a question: the one before is asked again', async () => {
    const seeded = await seedReadyClient(db(), { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('call the Co-op about the job');
    const back = joined(await user.say('go back'));
    expect(back).toMatch(/OK, let us go back a question\.[\s\S]*What would you like to work on\?/);
    expect(back).not.toMatch(/Let us carry on|When could you do it\?/);
  });
});
