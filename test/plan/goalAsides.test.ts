// Play-testing goal setting (Monday 8 June 2026), over real HTTP on the database under test. Each had
// been kept as an answer or misheard: "Hairdressing" where a smaller step was asked (kept as the
// step), "ask my mate at dhl if they are hiring" (refused as someone else's step), "actually no make
// it thursday" and "wait go back" at the next question (kept), "after the kids go back to school" at
// the date question (no clue what to type), "what is a smart goal?" at the menu (started a goal) and
// "is this saved?" (answered "let us keep it kind").
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import * as say from '../../src/messages/en/smartGoal.ts';
import { coachQuestionAnswers, keepItKind, whatASmartGoalIs } from '../../src/messages/en/listening.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const londonMidnight = (day: string) => new Date(`${day}T00:00:00+01:00`);
const ASK_WHEN = /When will you have it done by\?/;
const HOW_SURE = /How sure are you that you will do it, from 1 to 10\?/;

describe(`goal answers found by play-testing, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const planOf = (clientId: string) => new PlanRepository(bot.app.database.db, clock).currentPlan(clientId);
  const joined = (replies: string[]) => replies.join('\n');

  async function atTheMenu() {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'internal', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    return { seeded, user };
  }

  /** At "How sure are you?" for "Look at 2 hairdressing jobs online", by Friday. */
  async function atHowSure() {
    const { seeded, user } = await atTheMenu();
    await user.say('Set a goal');
    await user.say('get a job in hairdressing');
    await user.say('look at hairdressing jobs online');
    expect(joined(await user.say('2'))).toMatch(ASK_WHEN);
    expect(joined(await user.say('friday'))).toMatch(HOW_SURE);
    return { seeded, user };
  }

  /** The goal kept once the job is picked and it is agreed: its steps and the ratings. */
  async function keep(user: ChatUser, clientId: string) {
    expect(joined(await user.say('Cleaner'))).toMatch(/Is that right\?/);
    await user.say('Yes');
    const plan = await planOf(clientId);
    const ratings = await bot.app.database.db.confidenceRating.findMany({ where: { clientId, context: 'goal' } });
    return { items: plan!.items.map((item) => [item.text, item.dueAt]), ratings: ratings.map((rating) => rating.value).sort((a, b) => a - b) };
  }

  it.each([
    ['Hairdressing', 'hairdressing', '[Look up hairdressing courses] [Look at 2 hairdressing jobs] [Keep my step]', 'Look up hairdressing courses'],
    ['cv', 'CV', '[Update my CV] [Print 5 copies of my CV] [Keep my step]', 'Update my CV'],
  ])('%j at "What is a smaller first step?" is asked what they will do about it, with ideas in its word', async (typed, thing, buttons, idea) => {
    const { seeded, user } = await atHowSure();
    expect(joined(await user.say('3'))).toMatch(/What is a smaller first step\?/);
    const asked = joined(await user.say(typed));
    expect(asked).toContain(say.whatToDoAbout(thing));
    expect(asked).toContain(buttons);
    expect(asked).not.toMatch(/how sure are you now/);
    expect(joined(await user.say(idea))).toMatch(/how sure are you now/);
    await user.say('8');
    expect(await keep(user, seeded.id)).toEqual({ items: [[idea, londonMidnight('2026-06-12')]], ratings: [3, 8] });
  });

  it('"ask my mate at dhl if they are hiring" is the client\'s own step; "my mate will do it" is not', async () => {
    const { seeded, user } = await atTheMenu();
    await user.say('Set a goal');
    await user.say('get a job');
    expect(joined(await user.say('my mate will do it'))).toMatch(/That part is up to them/);
    const taken = joined(await user.say('ask my mate at dhl if they are hiring'));
    expect(taken).not.toMatch(/That part is up to them/);
    expect(taken).toMatch(ASK_WHEN);
    await user.say('friday');
    await user.say('8');
    expect((await keep(user, seeded.id)).items).toEqual([['Ask my mate at dhl if they are hiring', londonMidnight('2026-06-12')]]);
  });

  it('"actually no make it thursday" at the next questions moves the day, is never kept, and the question is asked again', async () => {
    const { seeded, user } = await atHowSure();
    const replies = await user.say('actually no make it thursday');
    // One message: the day moved, then the question with its buttons.
    expect(replies).toHaveLength(1);
    const moved = joined(replies);
    expect(moved).toMatch(/OK\. "Look at 2 hairdressing jobs online" is now by Thursday 11 June\.[\s\S]*How sure are you/);
    expect(moved).not.toMatch(/Please pick a number/);
    expect(joined(await user.say('3'))).toMatch(/What is a smaller first step\?/);
    // Where a step is asked, it is not the step ("Actually no make it", by Wednesday, had been kept).
    const again = joined(await user.say('no wait, wednesday'));
    expect(again).toMatch(/is now by Wednesday 10 June\.[\s\S]*What is a smaller first step\?/);
    expect(again).not.toMatch(/how sure are you now/);
    await user.say('look at 1 hairdressing job online');
    await user.say('8');
    expect(await keep(user, seeded.id)).toEqual({ items: [['Look at 1 hairdressing job online', londonMidnight('2026-06-10')]], ratings: [3, 8] });
  });

  it('a new day typed before the day is asked ("How many will you do?") is kept as the step\'s day, and the day is not asked again', async () => {
    const { seeded, user } = await atTheMenu();
    await user.say('Set a goal');
    await user.say('get a job in hairdressing');
    expect(joined(await user.say('look at hairdressing jobs online'))).toMatch(/How many will you do\?/);
    const noted = joined(await user.say('actually no make it thursday'));
    expect(noted).toMatch(/OK, by Thursday 11 June\.[\s\S]*How many will you do\?/);
    expect(joined(await user.say('2'))).toMatch(HOW_SURE);
    await user.say('8');
    expect(await keep(user, seeded.id)).toEqual({ items: [['Look at 2 hairdressing jobs online', londonMidnight('2026-06-11')]], ratings: [8] });
  });

  it('"wait go back" goes back one question, lets its answer go, and is never kept', async () => {
    const { seeded, user } = await atHowSure();
    const back = joined(await user.say('wait go back'));
    expect(back).toMatch(/OK, let us go back a question\.[\s\S]*When will you have it done by\?/);
    expect(back).not.toMatch(/cannot go back/);
    expect(joined(await user.say('wednesday'))).toMatch(HOW_SURE);
    expect(joined(await user.say('8'))).toMatch(/Which job/);
    expect(joined(await user.say('no wait go back'))).toMatch(/go back a question\.[\s\S]*How sure are you/);
    await user.say('9');
    expect(await keep(user, seeded.id)).toEqual({ items: [['Look at 2 hairdressing jobs online', londonMidnight('2026-06-10')]], ratings: [9] });
  });

  it('goes back question by question as far as the last four, then says it cannot go further', async () => {
    const { user } = await atHowSure();
    expect(joined(await user.say('8'))).toMatch(/Which job/);
    expect(joined(await user.say('go back'))).toMatch(HOW_SURE);
    expect(joined(await user.say('go back'))).toMatch(ASK_WHEN);
    expect(joined(await user.say('go back'))).toMatch(/go back a question\.[\s\S]*How many will you do\?/);
    expect(joined(await user.say('go back'))).toMatch(/I cannot go back a question here\.[\s\S]*How many will you do\?/);
    expect(joined(await user.say('3'))).toMatch(ASK_WHEN);
  });

  it('"go back" from "Which would you like to do first?" asks for the step again, and at the first question says there is none before', async () => {
    const { user } = await atTheMenu();
    await user.say('Set a goal');
    expect(joined(await user.say('go back'))).toContain(say.nothingToGoBackTo);
    await user.say('get a job');
    expect(joined(await user.say('apply for 3 jobs and update my cv'))).toMatch(/Which would you like to do first\?/);
    expect(joined(await user.say('wait go back'))).toMatch(/go back a question\.[\s\S]*What's the first step you'll take/);
    expect(joined(await user.say('go back'))).toMatch(/go back a question\.[\s\S]*What would you like to work on\?/);
  });

  it('"after the kids go back to school" at the date question is asked for the day, and nothing is kept', async () => {
    const { seeded, user } = await atTheMenu();
    await user.say('Set a goal');
    expect(joined(await user.say('update my cv'))).toMatch(ASK_WHEN);
    const asked = joined(await user.say('after the kids go back to school'));
    expect(asked).toContain(say.schoolDayNotKnown);
    expect(asked).toMatch(ASK_WHEN);
    expect(asked).not.toMatch(/go back a question/);
    expect(joined(await user.say('when my laptop is fixed'))).toContain(say.eventDayNotKnown);
    expect(joined(await user.say('friday'))).toMatch(HOW_SURE);
    expect(await planOf(seeded.id)).toBeNull();
  });

  it('"what is a smart goal?" at the menu is answered and the menu offered again; no goal is started', async () => {
    const { user } = await atTheMenu();
    const replies = joined(await user.say('what is a smart goal?'));
    expect(replies).toContain(whatASmartGoalIs);
    expect(replies).toMatch(/What would you like to do\?/);
    expect(replies).not.toMatch(/What would you like to work on\?|Let us make a goal of that/);
    expect(joined(await user.say('Set a goal'))).toMatch(/What would you like to work on\?/);
  });

  it('"is this saved?" is told yes, and where it is seen: at the menu, and while a goal is being set', async () => {
    const { seeded, user } = await atTheMenu();
    const atMenu = joined(await user.say('is this saved?'));
    expect(atMenu).toContain(coachQuestionAnswers.saved);
    expect(atMenu).toMatch(/What would you like to do\?/);
    await user.say('Set a goal');
    await user.say('update my cv');
    const midGoal = joined(await user.say('is this saved?'));
    expect(midGoal).toContain(say.savedOnceAgreed);
    expect(midGoal).toMatch(ASK_WHEN);
    expect(`${atMenu}\n${midGoal}`).not.toContain(keepItKind);
    expect(await planOf(seeded.id)).toBeNull();
  });
});
