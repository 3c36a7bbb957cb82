// Setting a goal over real HTTP: from "get a job" to a SMART goal with an action item and dates in
// the plan, with the questions a client actually sees along the way.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';
import { validateAdaptiveCard } from '../support/adaptiveCards.ts';

// Monday 8 June 2026, 10am in London.
const MONDAY = new Date('2026-06-08T09:00:00Z');
const londonMidnight = (day: string) => new Date(`${day}T00:00:00+01:00`);

describe(`setting a SMART goal over HTTP on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);

  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  const db = () => bot.app.database.db;
  const last = (replies: string[]) => replies.at(-1) ?? '';

  it('goes from "get a job" to a goal with a dated action item in an agreed plan', async () => {
    const seeded = await seedReadyClient(db(), { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });

    expect((await user.say('hi')).join(' ')).toMatch(/What would you like to do\?/);
    expect(last(await user.say('Set a goal'))).toMatch(/What would you like to work on\?/);
    expect(last(await user.say('get a job'))).toMatch(/one small step you could take this week/);
    expect(last(await user.say('apply for cleaning jobs'))).toMatch(/How many will you do\? One or two is a good start/);

    const askWhen = last(await user.say('2'));
    expect(askWhen).toMatch(/When could you do it\?/);
    expect(askWhen).toContain('[Friday] [In a week] [End of the month]');

    const typo = last(await user.say('the 3oth'));
    expect(typo).toMatch(/I didn't catch that date/);
    expect(typo).toContain('[Friday] [In a week] [End of the month]');

    const confidence = last(await user.say('Friday'));
    expect(confidence).toMatch(/How sure do you feel that you can do this, from 1 to 10\?/);
    expect(confidence).toContain('[1] [2] [3] [4] [5] [6] [7] [8] [9] [10]');

    expect(last(await user.say('5'))).toMatch(/Let us make it smaller.*What is a smaller first step\?/);
    expect(last(await user.say('apply for 1 cleaning job'))).toMatch(/how sure are you now/);

    const whichJob = last(await user.say('8 out of 10'));
    expect(whichJob).toMatch(/Which job does this help you with\?/);
    expect(whichJob).toContain('[Cleaner]');

    const confirm = last(await user.say('Cleaner'));
    expect(confirm).toContain('"Get a job"');
    expect(confirm).toContain('Your first step: "Apply for 1 cleaning job", by Friday 12 June.');
    expect(confirm).toContain('[Yes] [Change]');

    const saved = await user.say('Yes');
    expect(saved.join('\n')).toMatch(/I have added it to your plan[\s\S]*Here is your plan\./);
    expect(user.replies().filter((a) => a.attachments?.length)).toHaveLength(1);
    expect(last(saved)).toContain('[I agree to this plan]');
    expect((await user.say('I agree to this plan')).join('\n')).toMatch(/you agreed to this plan today/);

    const [plan, ...older] = (await new PlanRepository(db()).planVersions(seeded.id)).reverse();
    expect(older).toEqual([]);
    expect(plan).toMatchObject({ version: 1, status: 'agreed', clientAgreedAt: MONDAY, createdBy: 'client', route: 'Apply to agencies' });
    expect(plan!.jobGoals.map((job) => job.title)).toEqual(['Cleaner']);
    expect(plan!.nextReviewAt).toEqual(londonMidnight('2026-06-15')); // external: check in every 7 days
    expect(plan!.goals).toEqual([
      // The day was asked for the step, not for "get a job": the goal has no day of its own.
      expect.objectContaining({ text: 'Get a job', jobGoal: 'Cleaner', confidence: 8, dueAt: null }),
    ]);
    expect(plan!.items).toEqual([
      expect.objectContaining({
        text: 'Apply for 1 cleaning job',
        owner: 'client',
        status: 'open',
        createdBy: 'client',
        dueAt: londonMidnight('2026-06-12'),
        goalLineageId: plan!.goals[0]!.lineageId,
      }),
    ]);
    const ratings = await db().confidenceRating.findMany({ where: { clientId: seeded.id }, orderBy: { value: 'asc' } });
    expect(ratings.map((r) => [r.value, r.context])).toEqual([[5, 'goal'], [8, 'goal']]);
    expect(ratings.every((r) => r.recordedAt instanceof Date && !Number.isNaN(r.recordedAt.getTime()))).toBe(true);

    const shown = await user.say('My plan');
    expect(shown[0]).toBe('Here is your plan.');
    const cardActivity = user.replies().filter((a) => a.attachments?.length).at(-1)!;
    const card = cardActivity.attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(validateAdaptiveCard(card.content).errors).toEqual([]);
    expect(card.content.fallbackText).toContain('What you will do:\n- Apply for 1 cleaning job (To do. By Friday 12 June)');
    expect(card.content.fallbackText).toContain('We will look at your plan again on Monday 15 June.');
    expect(shown.join('\n')).not.toMatch(/I agree to this plan/); // already agreed
  });

  it('offers a nearer first step to a client with an external locus, but not to one with an internal locus', async () => {
    const external = await seedReadyClient(db(), { band: 'external', now: MONDAY });
    const outer = new ChatUser(bot, { userId: external.userId });
    await outer.say('hi');
    expect(last(await outer.say('Set a goal'))).toMatch(/Any size is fine/);
    expect(last(await outer.say('update my CV'))).toMatch(/When could you do it\? A day in the next week or so works well/);
    expect(last(await outer.say('in 10 days'))).toMatch(/Small steps help\. Could you do a first step by Monday 15 June\?.*\[Yes\] \[No, keep my date\]/);
    expect(last(await outer.say('Yes'))).toMatch(/What could that first step be\?/);
    expect(last(await outer.say('write down my last two jobs'))).toMatch(/How sure do you feel/);
    await outer.say('9');
    const confirm = last(await outer.say('Cleaner'));
    expect(confirm).toContain('"Update my CV"');
    expect(confirm).toContain('Your first step: "Write down my last two jobs", by Monday 15 June.');
    await outer.say('yes');
    await outer.say('not yet');
    const outerPlan = await new PlanRepository(db()).currentPlan(external.id);
    expect(outerPlan).toMatchObject({ status: 'draft', clientAgreedAt: null });
    expect(outerPlan!.goals[0]!.dueAt).toEqual(londonMidnight('2026-06-18'));
    expect(outerPlan!.items[0]).toMatchObject({ text: 'Write down my last two jobs', dueAt: londonMidnight('2026-06-15'), owner: 'client' });

    const internal = await seedReadyClient(db(), { band: 'internal', now: MONDAY });
    const inner = new ChatUser(bot, { userId: internal.userId });
    await inner.say('hi');
    expect(last(await inner.say('Set a goal'))).not.toMatch(/Any size is fine/);
    expect(last(await inner.say('update my CV'))).toMatch(/When will you have it done by\?/);
    expect(last(await inner.say('in 10 days'))).toMatch(/How sure are you that you will do it, from 1 to 10\?/);
    await inner.say('7');
    const readBack = last(await inner.say('Cleaner'));
    // The goal is its own first step: said once, with its day.
    expect(readBack).toContain('"Update my CV", by Thursday 18 June.');
    expect(readBack).not.toContain('Your first step');
    await inner.say('yes');
    const innerPlan = await new PlanRepository(db()).currentPlan(internal.id);
    expect(innerPlan!.items[0]).toMatchObject({ text: 'Update my CV', dueAt: londonMidnight('2026-06-18') });
    expect(innerPlan!.nextReviewAt).toEqual(londonMidnight('2026-06-22')); // internal: every 14 days
  });

  // Play-testing: "bad" at "how sure" had "That is good to hear. I am glad."
  it('reads a word at "how sure" for what it says: "bad" is low, so the step is made smaller, never cheered', async () => {
    const seeded = await seedReadyClient(db(), { band: 'internal', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('update my CV');
    expect(last(await user.say('in 10 days'))).toMatch(/How sure are you that you will do it, from 1 to 10\?/);
    const replies = (await user.say('bad')).join('\n');
    expect(replies).not.toMatch(/good to hear|glad|didn't catch/i);
    expect(replies).toMatch(/Let us find a step you feel sure of/);
  });

  it('keeps the step the client made specific after the nearer first step they agreed to, not only the first step', async () => {
    const seeded = await seedReadyClient(db(), { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('get a job');
    await user.say('apply for cleaning jobs');
    await user.say('2');
    expect(last(await user.say('in 10 days'))).toMatch(/Could you do it sooner, by Monday 15 June\?/);
    await user.say('look at jobs on indeed');
    await user.say('9');
    const confirm = last(await user.say('Cleaner'));
    expect(confirm).toContain('Your first step: "Look at jobs on indeed", by Monday 15 June.');
    expect(confirm).toContain('Then: "Apply for 2 cleaning jobs", by Thursday 18 June.');
    await user.say('yes');
    const plan = await new PlanRepository(db()).currentPlan(seeded.id);
    expect(plan!.items.map((item) => [item.text, item.dueAt])).toEqual([
      ['Look at jobs on indeed', londonMidnight('2026-06-15')],
      ['Apply for 2 cleaning jobs', londonMidnight('2026-06-18')],
    ]);
  });

  it('uses stretch wording for an internal client and asks which job when the profile has none', async () => {
    const seeded = await seedReadyClient(db(), { band: 'internal', now: MONDAY, jobGoals: [] });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    expect(last(await user.say('get a job'))).toMatch(/Pick one that stretches you a bit/);
    expect(last(await user.say('apply for warehouse jobs'))).toMatch(/Pick a number that stretches you a bit/);
    await user.say('five');
    await user.say('by Friday');
    expect(last(await user.say('not sure, maybe 6'))).toMatch(/smaller first step/);
    await user.say('apply for 3 warehouse jobs');
    const askJob = last(await user.say('7'));
    expect(askJob).toMatch(/Which job would this help you get\?/);
    const confirm = last(await user.say('forklift driver'));
    expect(confirm).toContain('"Get a job"');
    expect(confirm).toContain('Your first step: "Apply for 3 warehouse jobs", by Friday 12 June.');
    expect(last(await user.say('Change'))).toMatch(/What would you like to change\?.*\[The date\] \[The step\] \[The whole goal\]/);
    expect(last(await user.say('The whole goal'))).toMatch(/Tell me the goal again, in your own words/);
    expect(await new PlanRepository(db()).currentPlan(seeded.id)).toBeNull();
  });

  it('keeps going after "help", and after three dates it cannot read suggests a near day', async () => {
    const seeded = await seedReadyClient(db(), { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('call the Co-op about the job');
    const help = await user.say('help');
    expect(help.join('\n')).toMatch(/Here is what you can type/);
    expect(last(help)).toMatch(/When could you do it\?/);
    expect(last(await user.say('whenever'))).toMatch(/I didn't catch that date/);
    expect(last(await user.say('dunno really'))).toMatch(/I didn't catch that date/);
    const fallback = await user.say('not sure');
    expect(fallback.join('\n')).toMatch(/Let us say Monday 15 June for now\. You can change it later\./);
    expect(last(fallback)).toMatch(/How sure do you feel/);
  });

  it('offers "Set a goal" from My plan when there is no plan yet', async () => {
    const seeded = await seedReadyClient(db(), { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    const replies = await user.say('My plan');
    expect(replies.join('\n')).toMatch(/You do not have a plan yet/);
    expect(last(replies)).toContain('[Set a goal] [Not now]');
    expect(last(await user.say('Set a goal'))).toMatch(/What would you like to work on\?/);
  });

  // Play-testing: "id rather keep it how it is" where a smaller step was asked became the step.
  it('a client who wants to keep their step, where a smaller one is asked, keeps it', async () => {
    const seeded = await seedReadyClient(db(), { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('get a job in a warehouse');
    await user.say('Look at 2 job adverts');
    await user.say('Friday');
    expect(last(await user.say('4'))).toContain('[Keep my step]');
    const kept = (await user.say('id rather keep it how it is')).join('\n');
    expect(kept).toMatch(/we will keep your step as it is/);
    expect(kept).toMatch(/Which job does this help you with\?/);
    expect(last(await user.say('Cleaner'))).toContain('Your first step: "Look at 2 job adverts", by Friday 12 June.');
  });
});
