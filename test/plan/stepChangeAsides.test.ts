// Play-testing (return visits): words that are not the answer to a question inside a plan change.
// - "i got a job!!" then "at the hilton, start on the 29th" at "Which day would suit you better?":
//   praised, then the step moved to Monday 29 June. Now the change ends and in-work support begins.
// - "i moved house, new address is 4 Elm Road Leeds" had been read as "Move it to another day".
// - At the goal read-back, "I agree to this plan" had "didn't catch that", "When is my next review,
//   please?" asked for a new day, and "I should like to add a step: ... by Friday week" moved the
//   first step to Friday 19 June.
// - At "I agree to this plan", a step's move, a goal's change and a question about the adviser's
//   step were all met with "Let us finish this question first" or the agreement explained.
// - At "Shall I take ... off your plan?", "friday 19th" and "the kitchens one" had "didn't catch
//   that"; "apply to 2 kitchens in leeds" (a new step) had been taken as the Bradford step to drop.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const londonMidnight = (day: string) => new Date(`${day}T00:00:00+01:00`);
const joined = (replies: string[]) => replies.join('\n');
type Step = [text: string, day: string];

describe(`changing a step, with other words said on the way, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  async function clientWith(steps: Step[], { agreed = true, adviserStep }: { agreed?: boolean; adviserStep?: Step } = {}) {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    await plans.addGoalWithItems(seeded.id, {
      text: 'Get a job',
      dueAt: londonMidnight('2026-07-31'),
      items: steps.map(([text, day]) => ({ text, owner: 'client' as const, dueAt: londonMidnight(day) })),
    });
    if (adviserStep) await plans.addAdviserItem(seeded.id, adviserStep[0], londonMidnight(adviserStep[1]));
    if (agreed) await plans.agree(seeded.id);
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    const items = async () => (await plans.currentPlan(seeded.id))!.items.filter((item) => item.owner === 'client');
    return { user, items, plan: () => plans.currentPlan(seeded.id) };
  }

  it('takes news of a job at the day question into in-work support, and never moves the step to the start day', async () => {
    const { user, items } = await clientWith([['Apply to the Premier Inn', '2026-06-12']]);
    await user.say('change my plan');
    expect(joined(await user.say('Move it to another day'))).toMatch(/Which day would suit you better for "Apply to the Premier Inn"\?/);
    const news = joined(await user.say('i got a job!!'));
    expect(news).toMatch(/Where is the job\?/);
    expect(news).not.toMatch(/Which day would suit you better/);
    const start = joined(await user.say('at the hilton, start on the 29th'));
    expect(start).not.toMatch(/is now due/);
    const [step] = await items();
    expect(step).toMatchObject({ status: 'open', dueAt: londonMidnight('2026-06-12') });
  });

  it('hears "i moved house" where the change is asked, and does not ask for a new day', async () => {
    const { user, items } = await clientWith([['Apply to the Premier Inn', '2026-06-12']]);
    await user.say('change my plan');
    const heard = joined(await user.say('i moved house, new address is 4 Elm Road Leeds'));
    expect(heard).toMatch(/Please give your new address to your adviser too/);
    expect(heard).toMatch(/What would you like to do with "Apply to the Premier Inn"\?/);
    expect(heard).not.toMatch(/Which day would suit you better/);
    expect((await items())[0]!.dueAt).toEqual(londonMidnight('2026-06-12'));
  });

  it('at the goal read-back, takes "I agree to this plan" as yes, and lets no question or new step change the first step', async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('I wish to obtain a position as a bookkeeper.');
    await user.say('I shall telephone three accountancy firms.');
    await user.say('Thursday');
    let readBack = joined(await user.say('8'));
    if (/Which job does this help you with\?/.test(readBack)) readBack = joined(await user.say('Not sure'));
    expect(readBack).toMatch(/by Thursday 11 June\.\nIs that right\?/);
    const asked = joined(await user.say('When is my next review, please?'));
    expect(asked).not.toMatch(/Which day would suit you\?|is now by/);
    const added = joined(await user.say('I should like to add a step: to update my curriculum vitae by Friday week.'));
    expect(added).toMatch(/I can add more steps once this goal is in your plan/);
    expect(added).toMatch(/by Thursday 11 June\.\nIs that right\?/);
    expect(added).not.toMatch(/is now by|Friday 19 June/);
    expect(joined(await user.say('I agree to this plan'))).not.toMatch(/didn't catch/);
    const plan = await new PlanRepository(db, clock).currentPlan(seeded.id);
    const step = plan!.items.find((item) => item.text === 'I shall telephone three accountancy firms');
    expect(step?.dueAt).toEqual(londonMidnight('2026-06-11'));
  });

  it('at "I agree to this plan", answers, takes the change asked for, and asks to agree again', async () => {
    const { user, items, plan } = await clientWith(
      [['Renew my driving licence photo', '2026-06-10'], ['Apply to DPD', '2026-06-11']],
      { agreed: false, adviserStep: ['Find out about CPC funding', '2026-06-14'] },
    );
    expect(joined(await user.say('My plan'))).toMatch(/tap "I agree to this plan"/);
    const funding = joined(await user.say('has my adviser found out about the funding yet?'));
    expect(funding).toMatch(/Your adviser's step is: Find out about CPC funding/);
    expect(funding).not.toMatch(/Agreeing means/);
    expect(funding).toMatch(/tap "I agree to this plan"/);
    const goal = joined(await user.say('change the goal, i want to do taxi driving instead'));
    expect(goal).toMatch(/Changing a goal is something you do with your adviser\./);
    expect(goal).toMatch(/I have asked your adviser/);
    expect(goal).not.toMatch(/Let us finish this question first/);
    const moved = joined(await user.say('can you move my licence one to next friday'));
    expect(moved).toMatch(/"Renew my driving licence photo" is now due Friday 19 June/);
    expect(moved).toMatch(/tap "I agree to this plan"/);
    expect((await items()).find((item) => item.text === 'Renew my driving licence photo')!.dueAt).toEqual(londonMidnight('2026-06-19'));
    await user.say('I agree to this plan');
    expect((await plan())!.clientAgreedAt).not.toBeNull();
  });

  it('at "Shall I take it off?", a day moves the step instead, and naming it again is answered', async () => {
    const { user, items } = await clientWith([['Visit the Bradford jobcentre', '2026-06-09'], ['Apply to 2 kitchens in Bradford', '2026-06-11']]);
    expect(joined(await user.say('take the kitchens step off'))).toMatch(/Shall I take "Apply to 2 kitchens in Bradford" off your plan\?/);
    const same = joined(await user.say('the kitchens one'));
    expect(same).toMatch(/Yes, I mean "Apply to 2 kitchens in Bradford"/);
    expect(same).not.toMatch(/didn't catch/);
    expect(joined(await user.say('friday 19th'))).toMatch(/"Apply to 2 kitchens in Bradford" is now due Friday 19 June/);
    const kitchens = (await items()).find((item) => item.text === 'Apply to 2 kitchens in Bradford')!;
    expect(kitchens).toMatchObject({ status: 'open', dueAt: londonMidnight('2026-06-19') });
  });

  it('never takes a new step ("apply to 2 kitchens in leeds") for the old one to take off', async () => {
    const { user, items } = await clientWith([['Visit the Bradford jobcentre', '2026-06-09'], ['Apply to 2 kitchens in Bradford', '2026-06-11']]);
    expect(joined(await user.say('drop that step'))).toMatch(/Which step would you like to change\?/);
    const added = joined(await user.say('apply to 2 kitchens in leeds'));
    expect(added).toMatch(/That sounds like a new step\./);
    expect(added).not.toMatch(/Shall I take/);
    expect((await items()).every((item) => item.status === 'open')).toBe(true);
  });
});
