// Words in a review that are not what was asked, found by play-testing: a day typed where the next
// step is asked, a day the coach cannot read (it had saved the step with no day), and "no" or a
// stray button where the back-up plan is asked (it had become the plan's back-up). Real HTTP.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const joined = (replies: string[]) => replies.join('\n');

describe(`next steps and back-up plans in a review, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** A client whose step was due last Friday, at the review's "What could you do next?". */
  async function atTheNextStep() {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    await plans.addGoalWithItems(seeded.id, { text: 'Get a job', dueAt: null, items: [{ text: 'Update my CV', owner: 'client', dueAt: new Date('2026-06-05T09:00:00Z') }] });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    for (const answer of ['Review my plan', 'not done', 'my laptop broke', 'not great', 'no laptop', 'nothing']) await user.say(answer);
    const nextStep = async () => (await plans.currentPlan(seeded.id))!.items.find((item) => item.text !== 'Update my CV');
    return { user, plans, seeded, nextStep };
  }

  it('hears a day typed as the next step, asks for the step, and gives an unread day a second chance', async () => {
    const { user, nextStep } = await atTheNextStep();
    const day = joined(await user.say('friday'));
    expect(day).toMatch(/That sounds like a day\. I will ask for the day in a moment\. First, what will you do next\?/);
    expect(day).toMatch(/What could you do next\?/);
    expect(joined(await user.say('finish my cv'))).toMatch(/When will you do it\?/);
    // A day that waits on something is no day yet: told any day will do, and can change (round twenty-seven).
    const unread = joined(await user.say('when my laptop is back'));
    expect(unread).toMatch(/That is OK\. Pick a day that might work\. You can change it later\./);
    expect(joined(await user.say('soonish maybe'))).toMatch(/I didn't catch that date\. Try a day, like "Friday" or "in two weeks"\.[\s\S]*When will you do it\?/);
    expect(await nextStep()).toBeUndefined();
    expect(joined(await user.say('15/6'))).toMatch(/I have added it to your plan for Monday 15 June/);
    expect(await nextStep()).toMatchObject({ text: 'Finish my CV', dueAt: new Date('2026-06-14T23:00:00Z') });
  });

  it.each(['no', 'idk', 'no more steps'])('"%s" where the back-up plan is asked is not kept as one', async (typed) => {
    const { user, plans, seeded } = await atTheNextStep();
    await user.say('no more steps');
    const replies = joined(await user.say(typed));
    expect(replies).not.toMatch(/as your back-up/);
    expect(replies).toMatch(/How sure do you feel about reaching your goal now, from 1 to 10\?/);
    expect((await plans.currentPlan(seeded.id))!.backupPlan).toBe('');
  });

  it('takes ratings typed the way people type them ("about a 6", "4 out of 5")', async () => {
    const { user, seeded } = await atTheNextStep();
    await user.say('no more steps');
    expect(joined(await user.say('not sure'))).toMatch(/How sure do you feel about reaching your goal now, from 1 to 10\?/);
    expect(joined(await user.say('about a 6'))).toMatch(/How useful is your plan for you, from 1 to 5\?/);
    expect(joined(await user.say('4 out of 5'))).toMatch(/next review is on/);
    const db = bot.app.database.db;
    expect(await db.confidenceRating.findMany({ where: { clientId: seeded.id, context: 'review' } })).toMatchObject([{ value: 6 }]);
    expect((await db.review.findFirstOrThrow({ where: { clientId: seeded.id } })).usefulness).toBe(4);
  });

  it('"they might ring back" is not the client\'s step; a step with its day is kept whole', async () => {
    const { user, nextStep } = await atTheNextStep();
    const replies = joined(await user.say('they might ring back'));
    expect(replies).toMatch(/That part is up to them\. What is one thing you could do\?/);
    expect(replies).toMatch(/What could you do next\?/);
    expect(joined(await user.say('ring again thursday'))).toMatch(/I have added it to your plan for Thursday 11 June/);
    expect(await nextStep()).toMatchObject({ text: 'Ring again' });
  });
});
