// "stop the reminders" and "start reminders" typed at any point, over real HTTP: off is kept (the
// adviser's caseload shows it), nothing is sent while off, and turned back on, a step's reminders
// held while off come as one, not all at once (play-testing, round nine: "can you stop the
// reminders pls" had "Here is my question again", and "stop texting me" a check-in).
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { clientAtTheMenuWithSteps } from './reminderClients.ts';
import * as say from '../../src/messages/en/reminderSwitch.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

describe(`the client turning reminders off and on, on ${testProvider}`, () => {
  const clock = new TestClock(new Date('2026-11-23T09:00:00Z'));
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  async function clientWithAStep() {
    const { seeded, user, db } = await clientAtTheMenuWithSteps(bot, clock, [{ text: 'Apply for 3 warehouse jobs', dueAt: '2026-11-25T00:00:00Z' }]);
    const pausedAt = async () => (await db.client.findUniqueOrThrow({ where: { id: seeded.id } })).remindersPausedAt;
    const later = async (days: number) => {
      clock.current = new Date(clock.current.getTime() + days * DAY_MS);
      const before = user.replies().length;
      await bot.app.reminders.tick(clock.now());
      return user.replies().slice(before).map((reply) => reply.text ?? '');
    };
    return { seeded, user, pausedAt, later };
  }

  it('"can you stop the reminders pls" turns them off with no check-in, and nothing is sent until "start reminders"', async () => {
    const { user, pausedAt, later } = await clientWithAStep();
    const replies = (await user.say('can you stop the reminders pls')).join('\n');
    expect(replies).toContain(say.remindersStopped);
    expect(replies).not.toMatch(/adviser to get in touch|sounds/);
    expect(await pausedAt()).not.toBeNull();
    expect(await later(2)).toEqual([]);
    expect(await later(3)).toEqual([]);
    expect((await user.say('start reminders')).join('\n')).toContain(say.remindersStarted);
    expect(await pausedAt()).toBeNull();
    const sent = (await later(1)).filter((text) => text.includes('Apply for 3 warehouse jobs'));
    expect(sent).toHaveLength(1);
  });

  it('"stop texting me" in the middle of a question turns them off and asks the question again', async () => {
    const { user, pausedAt } = await clientWithAStep();
    expect((await user.say('Set a goal')).join('\n')).toMatch(/What would you like to work on\?/);
    const replies = (await user.say('stop texting me')).join('\n');
    expect(replies).toContain(say.remindersStopped);
    expect(replies).toMatch(/What would you like to work on\?/);
    expect(await pausedAt()).not.toBeNull();
  });

  it('"start reminders" when they are on says so', async () => {
    const { user } = await clientWithAStep();
    expect((await user.say('start reminders')).join('\n')).toContain(say.remindersAlreadyOn);
  });

  it('reminders paused after a crisis are not turned back on by a typed word', async () => {
    const { user, pausedAt } = await clientWithAStep();
    await user.say('i want to end my life');
    await user.say('carry on');
    expect(await pausedAt()).not.toBeNull();
    expect((await user.say('start reminders')).join('\n')).toContain(say.remindersPausedForSafety);
    expect(await pausedAt()).not.toBeNull();
  });
});
