// A client changes a step of their own from the menu, over real HTTP on the database under test:
// moved to a later day, or taken off the plan after asking once more. Which step and what change
// are read from the words where they say so and asked where they do not; the plan is then shown
// to agree again. Nothing changes on a guess, and an adviser's step is not the client's to change.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { ASK_GOAL, joined } from './journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const londonMidnight = (day: string) => new Date(`${day}T00:00:00+01:00`);
const WEDNESDAY = londonMidnight('2026-06-10');
const FRIDAY = londonMidnight('2026-06-12');
const AGREE_AGAIN = /Your plan has changed, so here it is again\.[\s\S]*If it feels right, tap "I agree to this plan"/;

describe(`changing a step of the plan, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** A client at the menu with two steps of their own and one of the adviser's, all agreed. */
  async function clientWithSteps() {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    await plans.addGoalWithItems(seeded.id, {
      text: 'Get a job as a cleaner',
      dueAt: null,
      items: [
        { text: 'Update my CV', owner: 'client', dueAt: WEDNESDAY },
        { text: 'Ring the college about a course', owner: 'client', dueAt: FRIDAY },
      ],
    });
    await plans.addAdviserItem(seeded.id, 'Find out about evening shifts', FRIDAY);
    await plans.agree(seeded.id);
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    const step = async (text: string) => (await plans.currentPlan(seeded.id))!.items.find((item) => item.text === text)!;
    return { user, plans, seeded, step };
  }

  it('"move my cv step to friday" moves that step at once, and the plan is shown to agree again', async () => {
    const { user, plans, seeded, step } = await clientWithSteps();
    const replies = joined(await user.say('move my cv step to friday'));
    expect(replies).toMatch(/Done\. "Update my CV" is now due Friday 12 June\./);
    expect(replies).toMatch(AGREE_AGAIN);
    expect((await step('Update my CV')).dueAt).toEqual(FRIDAY);
    expect((await step('Ring the college about a course')).dueAt).toEqual(FRIDAY);
    expect(await plans.currentPlan(seeded.id)).toMatchObject({ status: 'draft', clientAgreedAt: null });
    expect(joined(await user.say('I agree to this plan'))).toMatch(/you agreed to this plan today/);
  });

  it('asks which step and which day when the words do not say, hears the change said first, and gives a typo a second chance', async () => {
    const { user, step } = await clientWithSteps();
    const first = joined(await user.say('can i change my goal'));
    expect(first).toMatch(/I can move one of your steps to another day, or take it off your plan\. Your adviser can change a goal with you\./);
    expect(first).toMatch(/Which step would you like to change\? \[Update my CV\] \[Ring the college about a course\] \[Keep my plan as it is\]/);
    expect(first).not.toMatch(/evening shifts/);
    expect(first).not.toMatch(ASK_GOAL);
    expect(joined(await user.say('move it to another day'))).toMatch(/^OK, a new day\.[\s\S]*Which step would you like to change\?/);
    expect(joined(await user.say('the college one'))).toMatch(/Which day would suit you better for "Ring the college about a course"\?/);
    expect(joined(await user.say('the twelth of jnue'))).toMatch(/I didn't catch that date\.[\s\S]*Which day would suit you better for "Ring the college about a course"\?/);
    expect((await step('Ring the college about a course')).dueAt).toEqual(FRIDAY);
    // Play-testing: a day before the one it has was refused; bringing a step forward is fine.
    const sooner = joined(await user.say('wendsday'));
    expect(sooner).toMatch(/Done\. "Ring the college about a course" is now due Wednesday 10 June\./);
    expect(sooner).not.toMatch(/before the day it has now/);
    expect((await step('Ring the college about a course')).dueAt).toEqual(WEDNESDAY);
    expect((await step('Update my CV')).dueAt).toEqual(WEDNESDAY);
  });

  it('takes a step off only after asking once more, and keeps the words that asked in its history', async () => {
    const { user, step } = await clientWithSteps();
    const lineageId = (await step('Update my CV')).lineageId;
    expect(joined(await user.say('i dont need the cv step any more'))).toMatch(/Shall I take "Update my CV" off your plan\? Your adviser will see that it came off\. \[Yes, take it off\] \[No, keep it\]/);
    expect(joined(await user.say('no keep it'))).toMatch(/OK\. Your plan stays as it is\.[\s\S]*What would you like to do next\?/);
    expect((await step('Update my CV')).status).toBe('open');

    await user.say('the cv step is not needed now, the jobcentre did it with me');
    const replies = joined(await user.say('yes'));
    expect(replies).toMatch(/Done\. "Update my CV" is off your plan\./);
    expect(replies).toMatch(AGREE_AGAIN);
    expect((await step('Update my CV')).status).toBe('dropped');
    const history = await bot.app.database.db.reviewEntry.findMany({ where: { itemLineageId: lineageId } });
    expect(history.map((entry) => [entry.outcome, entry.whatHappened])).toEqual([['dropped', 'the cv step is not needed now, the jobcentre did it with me']]);
  });

  it('"keep my plan as it is", or keeping the step picked, changes nothing', async () => {
    const { user, plans, seeded } = await clientWithSteps();
    const before = (await plans.planVersions(seeded.id)).length;
    await user.say('change a step');
    expect(joined(await user.say('keep my plan as it is'))).toMatch(/OK\. Your plan stays as it is\./);
    await user.say('change my plan');
    expect(joined(await user.say('1'))).toMatch(/What would you like to do with "Update my CV"\? \[Move it to another day\] \[Take it off my plan\] \[Keep it as it is\]/);
    expect(joined(await user.say('keep it as it is'))).toMatch(/OK\. Your plan stays as it is\.[\s\S]*What would you like to do next\?/);
    expect(await plans.planVersions(seeded.id)).toHaveLength(before);
  });

  it('a step picked by its button, then "take it off" and "yes", comes off with no words of theirs in its history', async () => {
    const { user, step } = await clientWithSteps();
    await user.say('change my plan');
    await user.say('Ring the college about a course');
    expect(joined(await user.say('take it off'))).toMatch(/Shall I take "Ring the college about a course" off your plan\?/);
    expect(joined(await user.say('yes'))).toMatch(/Done\. "Ring the college about a course" is off your plan\./);
    const college = await step('Ring the college about a course');
    expect(college.status).toBe('dropped');
    const history = await bot.app.database.db.reviewEntry.findMany({ where: { itemLineageId: college.lineageId } });
    expect(history.map((entry) => [entry.outcome, entry.whatHappened])).toEqual([['dropped', '']]);
  });

  it('says so when there is no step of their own to change', async () => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    expect(joined(await user.say('change my plan'))).toMatch(/You have no steps of your own to change right now\. To add one, tap "Set a goal"\.[\s\S]*What would you like to do next\?/);
  });

  it('change words where agreeing is asked make the change, then agreeing is asked again', async () => {
    const { user, plans, seeded } = await clientWithSteps();
    await plans.addItem(seeded.id, { text: 'Look at 2 job adverts', owner: 'client', dueAt: FRIDAY }, 'client');
    const shown = joined(await user.say('My plan'));
    expect(shown).toMatch(/I agree to this plan/);
    const replies = joined(await user.say('move my cv step to next week'));
    // Play-testing, return visits: "Let us finish this question first" had blocked the change.
    expect(replies).not.toMatch(/Let us finish this question first/);
    expect(replies).toMatch(/"Update my CV" is now due/);
    expect(replies).toMatch(/If it feels right, tap "I agree to this plan"/);
    expect((await plans.currentPlan(seeded.id))!.items.find((item) => item.text === 'Update my CV')!.dueAt).not.toEqual(WEDNESDAY);
  });

  it('"can we set a new goal" still starts one', async () => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    expect(joined(await user.say('can we set a new goal'))).toMatch(ASK_GOAL);
  });

  it('reads a day or a change where what to do is asked, and brings a step forward to an earlier day', async () => {
    const { user, step } = await clientWithSteps();
    await user.say('change my plan');
    await user.say('college');
    const question = joined(await user.say('what happens if i take it off'));
    expect(question).toMatch(/Taking it off means it is no longer in your plan\. Your adviser will see the change\./);
    expect(question).not.toMatch(/I have passed your question on/);
    const annoyed = joined(await user.say('will my adviser be annoyed'));
    expect(annoyed).toMatch(/Plans change, and that is OK\./);
    expect(annoyed).not.toMatch(/I have asked your adviser to get in touch/);
    expect(await bot.app.database.db.escalation.count()).toBe(0);
    const early = joined(await user.say('move it to thursday'));
    expect(early).toMatch(/Done\. "Ring the college about a course" is now due Thursday 11 June\./);
    expect(early).not.toMatch(/before the day it has now|Which day would suit you better/);
    expect((await step('Ring the college about a course')).dueAt).toEqual(londonMidnight('2026-06-11'));

    await user.say('I agree to this plan');
    await user.say('change my plan');
    expect(joined(await user.say('the cv one'))).toMatch(/What would you like to do with "Update my CV"\?/);
    expect(joined(await user.say('next friday'))).toMatch(/Done\. "Update my CV" is now due Friday 19 June\./);
    expect((await step('Update my CV')).dueAt).toEqual(londonMidnight('2026-06-19'));
  });

  it('moves the step named where the day for another is asked, and reads "the cv one" at the menu', async () => {
    const { user, step } = await clientWithSteps();
    expect(joined(await user.say('move the college step'))).toMatch(/Which day would suit you better for "Ring the college about a course"\?/);
    expect(joined(await user.say('move my cv step to friday'))).toMatch(/Done\. "Update my CV" is now due Friday 12 June\./);
    expect((await step('Ring the college about a course')).dueAt).toEqual(FRIDAY);
    await user.say('I agree to this plan');
    expect(joined(await user.say('can i move the cv one to monday'))).toMatch(/Done\. "Update my CV" is now due Monday 15 June\./);
  });
});
