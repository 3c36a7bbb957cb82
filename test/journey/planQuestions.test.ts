// Plain questions about the client's own plan, over the real bot: "wen is my review", "what did i
// agree to", "who is my adviser", "what is my adviser doing for me". Play-testing, December: each had
// "Sorry, I didn't catch that", "Here is my question again" or a greeting; at a date question "when
// is my review" was read as no date, and at the reminder pause offer it kept reminders on. Each is
// answered from the plan, and the question on screen is asked again as it was.
import { describe, expect, it } from 'vitest';
import { AdviserRepository } from '../../src/db/advisers.ts';
import { ClientRepository } from '../../src/db/clients.ts';
import * as say from '../../src/messages/en/planQuestions.ts';
import * as pauseSay from '../../src/messages/en/reminderSwitch.ts';
import { askDayAfterReason } from '../../src/messages/en/reminders.ts';
import { menuQuestion } from '../../src/messages/en/menu.ts';
import { goalNotInPlanYet } from '../../src/messages/en/plan.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { clientAfterAReminder, juneDay, MONDAY_8_JUNE, playClient, type PlayStep } from '../review/playTestClients.ts';

const CV = 'Hand my CV in at Boots';
const COLLEGE = 'Ring the college for Sam';
const STEPS: PlayStep[] = [{ text: CV, due: juneDay(10) }, { text: COLLEGE, due: juneDay(12), owner: 'adviser' }];
const ANSWERS = [/Your next review/, /Your adviser is/, /Your steps are/, /Your adviser will do/, /review booked/];

describe(`questions about their own plan, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY_8_JUNE);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** A client at the menu, with a review on Monday 22 June and Ann as their adviser. */
  async function clientWithAnn(steps = STEPS, reviewAt: Date | null = juneDay(22)) {
    const client = await playClient(bot, clock, steps, reviewAt);
    const ann = await new AdviserRepository(client.db).register({ name: 'Ann', inviteCode: `ANN${Math.floor(Math.random() * 1e6)}` });
    await new ClientRepository(client.db).linkAdviser(client.seeded.id, ann.id);
    return client;
  }
  const last = (replies: string[]) => replies.at(-1) ?? '';

  it('at the menu: the review day, the steps with their days, the adviser and their steps, each with the menu again', async () => {
    const { user } = await clientWithAnn();
    const review = await user.say('wen is my review');
    expect(review.join('\n')).toContain(say.nextReviewOn('Monday 22 June'));
    expect(last(review)).toContain(menuQuestion);

    const steps = (await user.say('what did i agree to')).join('\n');
    expect(steps).toContain(`- ${CV}, by Wednesday 10 June`);
    expect(steps).toContain(`Your adviser will do these:\n- ${COLLEGE}, by Friday 12 June`);

    expect((await user.say('whats my advisers name')).join('\n')).toContain(say.adviserIs('Ann'));
    const theirs = (await user.say('what is my adviser doing for me')).join('\n');
    expect(theirs).toContain(`- ${COLLEGE}, by Friday 12 June`);
    expect(theirs).not.toContain(CV);
  });

  it('with no review day and no adviser yet, says so plainly', async () => {
    const { user } = await playClient(bot, clock, STEPS, null);
    expect((await user.say('when is my review')).join('\n')).toContain(say.noReviewYet);
    expect((await user.say('who is my adviser')).join('\n')).toContain(say.noAdviserYet);
  });

  it('at "When do you think you can do it?" after a reminder: answered, asked again, and the day said next still moves the step', async () => {
    const client = await clientAfterAReminder(bot, clock, STEPS);
    expect(last(await client.user.say('I need more time'))).toContain(askDayAfterReason);
    const asked = await client.user.say('when is my review');
    expect(asked.join('\n')).toContain(say.nextReviewOn('Monday 15 June'));
    expect(asked.join('\n')).not.toMatch(/did not get a date/);
    expect(last(asked)).toContain(askDayAfterReason);
    expect(last(await client.user.say('what are my steps'))).toContain(askDayAfterReason);
    await client.user.say('friday');
    const cv = (await client.items()).find((item) => item.text === CV)!;
    expect(cv.dueAt!.getTime()).toBeGreaterThan(juneDay(11).getTime());
  });

  it('while a goal is being set: the steps, said to be without the new goal, and the goal question again with nothing kept', async () => {
    const client = await clientWithAnn();
    const question = last(await client.user.say('Set a goal'));
    const replies = await client.user.say('what are my steps');
    expect(replies.join('\n')).toContain(goalNotInPlanYet);
    expect(replies.join('\n')).toContain(`- ${CV}`);
    expect(last(replies).endsWith(question.split('\n\n').at(-1)!)).toBe(true);
    expect((await client.plans.currentPlan(client.seeded.id))!.goals).toHaveLength(1);
  });

  it('at the reminder pause offer a question changes nothing: answered or asked again, and the reminders are not kept on by it', async () => {
    const client = await clientAfterAReminder(bot, clock, STEPS);
    expect((await client.user.say('im ill')).join('\n')).toContain(pauseSay.offerPauseNoDay);
    const review = (await client.user.say('when is my review')).join('\n');
    expect(review).toContain(say.nextReviewOn('Monday 15 June'));
    expect(review).not.toContain(pauseSay.remindersKeptOn);
    expect(review).toContain(pauseSay.offerPauseNoDay);
    // Another question, one no other part of the coach answers here, is not a "no" either.
    const other = (await client.user.say('when is my appointment')).join('\n');
    expect(other).not.toContain(pauseSay.remindersKeptOn);
    expect(other).toContain(pauseSay.offerPauseNoDay);
    expect((await client.user.say('back on the 25th')).join('\n')).toContain(pauseSay.pausedUntil('Thursday 25 June'));
  });

  it.each(['my adviser is ann', 'when is my review i need to move it', 'who is my adviser going to tell', 'my review went well'])(
    'at the menu, %j is not answered as a question about the plan',
    async (typed) => {
      const { user } = await clientWithAnn();
      const replies = (await user.say(typed)).join('\n');
      for (const answer of ANSWERS) expect(replies).not.toMatch(answer);
    },
  );
});
