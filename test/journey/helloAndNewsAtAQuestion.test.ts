// A hello or news where a question is waiting: heard, never kept as an answer. Never "Hello again!"
// to someone the coach met only today (a brand-new client's first "hi" had been answered so), and
// "got an interview on thursday!" at the goal question is not the goal (play-testing found both).
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { ASK_GOAL, atGoalQuestion, joined } from './journey.ts';
import { PlanRepository } from '../../src/db/plans.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

describe(`a hello or news at a question, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('a new person\'s "hi" at the consent question is a plain hello, and the question comes back', async () => {
    clock.current = MONDAY;
    const user = new ChatUser(bot);
    await user.join();
    const replies = joined(await user.say('hi'));
    expect(replies).toMatch(/^Hi there!/);
    expect(replies).not.toMatch(/Hello again/);
    expect(replies).toMatch(/Is it OK for me to keep your answers\?/);
  });

  it('"hiya" at the goal question from a client met days ago is "Hello again!", and is not kept as a goal', async () => {
    clock.current = MONDAY;
    const { seeded, user } = await atGoalQuestion(bot, MONDAY);
    await bot.app.database.db.client.update({ where: { id: seeded.id }, data: { createdAt: new Date(MONDAY.getTime() - 3 * DAY_MS) } });
    const replies = joined(await user.say('hiya'));
    expect(replies).toMatch(/Hello again!/);
    expect(replies).toMatch(ASK_GOAL);
  });

  it('the same "hiya" from a client who signed up this morning is a plain hello', async () => {
    clock.current = MONDAY;
    const { seeded, user } = await atGoalQuestion(bot, MONDAY);
    await bot.app.database.db.client.update({ where: { id: seeded.id }, data: { createdAt: new Date(MONDAY.getTime() - 60 * 60 * 1000) } });
    const replies = joined(await user.say('hiya'));
    expect(replies).toMatch(/Hi there!/);
    expect(replies).not.toMatch(/Hello again/);
    expect(replies).toMatch(ASK_GOAL);
  });

  it('"got an interview on thursday!" at the goal question gets good luck and the question again; the goal typed next is the one kept', async () => {
    clock.current = MONDAY;
    const { seeded, user } = await atGoalQuestion(bot, MONDAY);
    const replies = joined(await user.say('got an interview on thursday!'));
    expect(replies).toMatch(/Good luck with your interview!/);
    expect(replies).toMatch(ASK_GOAL);
    expect(joined(await user.say('get a job in a shop'))).toMatch(/one small step/);
    const stored = JSON.stringify(await bot.app.database.db.botState.findMany());
    expect(stored).toContain('get a job in a shop');
    expect(stored).not.toContain('interview on thursday');
    expect(await new PlanRepository(bot.app.database.db, clock).currentPlan(seeded.id)).toBeNull();
  });

  // Play-testing, round eight: "after payday" had "I didn't catch that date" with no clue what to say.
  it('"after payday" at the date question asks for that day in its own terms, and the day typed next is kept', async () => {
    clock.current = MONDAY;
    const { user } = await atGoalQuestion(bot, MONDAY);
    expect(joined(await user.say('update my cv'))).toMatch(/When could you do it\?/);
    const replies = joined(await user.say('after payday'));
    expect(replies).toMatch(/I do not know when your payday is\. Tell me that day/);
    expect(replies).not.toMatch(/didn't catch that date/);
    expect(replies).toMatch(/When could you do it\?/);
    expect(joined(await user.say('the 28th'))).not.toMatch(/payday|didn't catch/);
  });
  // Play-testing, round nine: "every week" had "That sounds hard", "every monday" "I didn't catch that
  // date", and "i will do it every day" a check-in about drinking.
  it.each([
    ['every week', 'Monday 15 June'],
    ['every monday', 'Monday 15 June'],
    ['i will do it every day', 'Tuesday 9 June'],
    ['each fri', 'Friday 12 June'],
  ])('"%s" at the date question keeps the first time, %s, and says so', async (said, first) => {
    clock.current = MONDAY;
    const { user } = await atGoalQuestion(bot, MONDAY);
    expect(joined(await user.say('update my cv'))).toMatch(/When could you do it\?/);
    const replies = joined(await user.say(said));
    expect(replies).toMatch(new RegExp(`I will put the first time in your plan: ${first}\\.`));
    expect(replies).not.toMatch(/sounds|didn't catch|adviser to get in touch/);
    expect(replies).toMatch(/from 1 to 10/);
  });
  // Play-testing, round nine: "asap" had "I didn't catch that date" three times, then a day a week
  // away; "monday 3rd" (the 3rd a Friday) had become Friday 3 July with no check.
  it('"asap" at the date question is tomorrow, said so; "monday 3rd" asks which day', async () => {
    clock.current = MONDAY;
    const { user } = await atGoalQuestion(bot, MONDAY);
    await user.say('update my cv');
    expect(joined(await user.say('asap'))).toMatch(/I will put tomorrow in your plan: Tuesday 9 June\./);
    const other = await atGoalQuestion(bot, MONDAY);
    await other.user.say('update my cv');
    const replies = joined(await other.user.say('monday 3rd'));
    expect(replies).toMatch(/Friday 3 July is not a Monday\. Which day do you mean\?/);
    expect(replies).toMatch(/When could you do it\?/);
  });
});
