// "my plan" typed while a question is on screen shows the plan and asks the same question again;
// it is never kept as the answer (a play-tested client's back-up plan read "my plan").
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { isPlanRequest } from '../../dialogs/commands.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

describe('isPlanRequest', () => {
  it.each(['my plan', 'My plan', 'show my plan', 'can i see my plan', 'what is my plan?', 'what did i agree to'])('hears %j', (text) => {
    expect(isPlanRequest(text)).toBe(true);
  });
  it.each(['my plan is to apply for 3 jobs', 'plan', 'a cleaning job', 'help'])('leaves %j as an answer', (text) => {
    expect(isPlanRequest(text)).toBe(false);
  });
});

describe(`"my plan" in the middle of a question, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('shows the plan card, asks the same question again, and keeps nothing', async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    await plans.addGoalWithItems(seeded.id, { text: 'Get a job in a cafe', dueAt: null, items: [{ text: 'Make a CV', owner: 'client', dueAt: new Date('2026-06-20T23:00:00Z') }] });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    const question = (await user.say('Set a goal')).at(-1)!;
    expect(question).toMatch(/What would you like to work on\?/);

    const before = user.replies().length;
    const replies = await user.say('my plan');
    const sent = user.replies().slice(before);
    expect(sent.some((activity) => activity.attachments?.[0]?.contentType === 'application/vnd.microsoft.card.adaptive')).toBe(true);
    expect(replies.at(-1)).toBe(question);

    const plan = await plans.currentPlan(seeded.id);
    expect(plan!.goals.map((goal) => goal.text)).toEqual(['Get a job in a cafe']);
  });
});
