// "nah leave it" where the question on screen offers to keep something as it is ("No, keep my
// date", "Keep my plan as it is"): the keep answered, not the whole goal stopped (first
// conversations, December: "OK, I have stopped that." and the goal lost). "stop" still stops.
// Over real HTTP on the database under test.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { joined } from './journey.ts';

// Monday 8 June 2026, 10am in London.
const MONDAY = new Date('2026-06-08T09:00:00Z');
const FIRST_STEP = /Could you do a first step by .*\[Yes\] \[No, keep my date\]/;
const HOW_SURE = /How sure do you feel/;
const STOPPED = /OK, I have stopped that\./;

describe(`"leave it" where the question offers to keep, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  async function readyClient() {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    return { user, seeded, plans: new PlanRepository(bot.app.database.db, clock) };
  }

  async function atTheFirstStepQuestion() {
    const client = await readyClient();
    await client.user.say('Set a goal');
    await client.user.say('call the Co-op about the job');
    expect(joined(await client.user.say('1/7'))).toMatch(FIRST_STEP);
    return client;
  }

  it.each(['nah leave it', 'leave it', 'just leave it lol', 'leave it as it is'])('"%s" at "Could you do a first step by ...?" keeps the date and goes on', async (typed) => {
    const { user } = await atTheFirstStepQuestion();
    const replies = joined(await user.say(typed));
    expect(replies).not.toMatch(STOPPED);
    expect(replies).toMatch(HOW_SURE);
  });

  it('"stop" at the same question still stops, and nothing is planned', async () => {
    const { user, seeded, plans } = await atTheFirstStepQuestion();
    expect(joined(await user.say('stop'))).toMatch(STOPPED);
    expect(await plans.currentPlan(seeded.id)).toBeNull();
  });

  it('"nah leave it" at "Which step would you like to change?" keeps the plan as it is', async () => {
    const { user, seeded, plans } = await readyClient();
    await plans.addGoalWithItems(seeded.id, {
      text: 'Get a job as a cleaner',
      dueAt: null,
      items: [
        { text: 'Update my CV', owner: 'client', dueAt: new Date('2026-06-10T00:00:00+01:00') },
        { text: 'Ring the college about a course', owner: 'client', dueAt: new Date('2026-06-12T00:00:00+01:00') },
      ],
    });
    await plans.agree(seeded.id);
    expect(joined(await user.say('can i change my goal'))).toMatch(/Which step would you like to change\?/);
    const replies = joined(await user.say('nah leave it'));
    expect(replies).toMatch(/OK\. Your plan stays as it is\./);
    expect(replies).not.toMatch(STOPPED);
  });
});
