// Issue 16, item 3: debt, housing or a conviction said in passing puts a dated adviser step in the
// plan the client can see, once, beside the specialist escalation.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z'); // 10am in London

describe(`specialist hand-offs in the plan, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('adds the adviser step for a conviction and for debts, once each, and says so', async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    await plans.addGoalWithItems(seeded.id, { text: 'Get a job in a warehouse', dueAt: null, items: [{ text: 'Make a CV', owner: 'client', dueAt: new Date('2026-06-20T23:00:00Z') }] });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');

    const said = (await user.say('I have a criminal record')).join('\n');
    expect(said).toMatch(/I have asked your adviser to help with that\. It is in your plan for \w+day \d+ June\./);
    await user.say('I have a criminal record from years ago');
    // Said as a worry (concern): heard, and the debt step goes in the plan without asking first.
    const debt = (await user.say('I have a ccj and some arrears')).join('\n');
    expect(debt).toMatch(/It is in your plan for \w+day \d+ June\./);
    expect(debt).not.toMatch(/get in touch\?/);

    const adviserSteps = (await plans.currentPlan(seeded.id))!.items.filter((item) => item.owner === 'adviser').map((item) => item.text);
    expect(adviserSteps.sort()).toEqual([
      'Your adviser will help with a letter and what to tell bosses about your record',
      'Your adviser will help you find free debt advice',
    ]);
    expect(await db.escalation.count({ where: { clientId: seeded.id, reason: 'specialist-barrier' } })).toBe(1);
  });

  it('answers a question about telling employers of a record with the one conviction step', async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    await plans.addGoalWithItems(seeded.id, { text: 'Get a job in a kitchen', dueAt: null, items: [{ text: 'Make a CV', owner: 'client', dueAt: new Date('2026-06-20T23:00:00Z') }] });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');

    expect((await user.say('do i have to tell employers about my criminal record?')).join('\n')).toMatch(/your adviser/i);
    const adviserSteps = (await plans.currentPlan(seeded.id))!.items.filter((item) => item.owner === 'adviser').map((item) => item.text);
    expect(adviserSteps).toEqual(['Your adviser will help with a letter and what to tell bosses about your record']);
  });
});
