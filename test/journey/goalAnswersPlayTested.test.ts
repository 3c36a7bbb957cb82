// Play-testing SMART goal setting (Monday 8 June 2026), over real HTTP on the database under test:
// the count from "How many will you do?" kept out of the name of a thing, "a week on friday" read
// whole and taken off the step, and "k", "sometime" and "Same as before" asked again, never saved.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import type { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { ASK_GOAL, atGoalQuestion as goalQuestionFor, joined } from './journey.ts';
import * as say from '../../src/messages/en/listening.ts';
import { askOneStep } from '../../src/messages/en/smartGoal.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const londonMidnight = (day: string) => new Date(`${day}T00:00:00+01:00`);

describe(`goal answers found by play-testing, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const planOf = (clientId: string) => new PlanRepository(bot.app.database.db, clock).currentPlan(clientId);
  // The client feels in charge ('internal'), so the step question is put the self-directed way.
  const ASK_STEP = askOneStep['self-directed'];

  /** From "How sure" on: a rating, the job and "Yes" to the goal; returns the goal read back. */
  async function finish(user: ChatUser): Promise<string> {
    expect(joined(await user.say('8'))).toMatch(/Which job/);
    const confirm = joined(await user.say('Cleaner'));
    await user.say('Yes');
    return confirm;
  }

  it('"look up ban the box employers" + 3 keeps the name whole: "Look up 3 ban the box employers"', async () => {
    const { seeded, user } = await goalQuestionFor(bot, MONDAY, 'internal');
    expect(joined(await user.say('find work in security'))).toContain(ASK_STEP);
    expect(joined(await user.say('look up ban the box employers'))).toMatch(/How many will you do\?/);
    await user.say('3');
    expect(joined(await user.say('Friday'))).toMatch(/How sure/);
    expect(await finish(user)).toContain('"Look up 3 ban the box employers"');
    const plan = await planOf(seeded.id);
    expect(plan!.items).toMatchObject([{ text: 'Look up 3 ban the box employers', dueAt: londonMidnight('2026-06-12') }]);
  });

  // Renewing a licence is a step done or not (2026-12-06: "renew" is a doing word), so the day is asked
  // next; play-testing had it at "How will you know?", and the day is read the same at either.
  it('"a week on friday" to the day question is Friday 19 June, and none of it stays on the step', async () => {
    const { seeded, user } = await goalQuestionFor(bot, MONDAY, 'internal');
    await user.say('work in security');
    expect(joined(await user.say('Renew my SIA licence'))).toMatch(/When will you have it done by/);
    expect(joined(await user.say('a week on friday'))).toMatch(/How sure/);
    const confirm = await finish(user);
    expect(confirm).toContain('"Renew my SIA licence", by Friday 19 June');
    const plan = await planOf(seeded.id);
    expect(plan!.items).toMatchObject([{ text: 'Renew my SIA licence', dueAt: londonMidnight('2026-06-19') }]);
  });

  it('"Same as before" and "sometime" at the goal question, "k" and "sometime" at the step question: asked again, never saved', async () => {
    const { seeded, user } = await goalQuestionFor(bot, MONDAY, 'internal');
    let replies = joined(await user.say('Same as before'));
    expect(replies).toContain(say.sayItAgain);
    expect(replies).toMatch(ASK_GOAL);
    replies = joined(await user.say('sometime'));
    expect(replies).toContain(say.whenNotAStep);
    expect(replies).toMatch(ASK_GOAL);
    expect(joined(await user.say('find work in security'))).toContain(ASK_STEP);
    replies = joined(await user.say('k'));
    expect(replies).toContain(say.goalInWords);
    expect(replies).toContain(ASK_STEP);
    replies = joined(await user.say('sometime'));
    expect(replies).toContain(say.whenNotAStep);
    expect(replies).toContain(ASK_STEP);
    await user.say('ring the SIA helpline');
    await user.say('Friday');
    const confirm = await finish(user);
    expect(confirm).toContain('"Find work in security"');
    const plan = await planOf(seeded.id);
    expect(plan!.goals.map((goal) => goal.text)).toEqual(['Find work in security']);
    expect(plan!.items.map((item) => item.text)).toEqual(['Ring the SIA helpline']);
  });

  it('"k" where a smaller step is asked is asked again, not kept as the step', async () => {
    const { seeded, user } = await goalQuestionFor(bot, MONDAY, 'internal');
    await user.say('update my CV by Friday');
    expect(joined(await user.say('3'))).toMatch(/smaller/);
    const replies = joined(await user.say('k'));
    expect(replies).toContain(say.goalInWords);
    expect(replies).toMatch(/smaller/);
    expect(joined(await user.say('Keep my step'))).toMatch(/Which job/);
    await user.say('Cleaner');
    await user.say('Yes');
    expect((await planOf(seeded.id))!.items.map((item) => item.text)).toEqual(['Update my CV']);
  });
});
