// Stopping goal setting the way people say it, and a bare number where a step is asked: play-testing
// found "forget it" kept as the plan's first step ("Forget it, once") and "8" accepted as a step.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { recogniseGlobalCommand } from '../../dialogs/commands.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const joined = (replies: string[]) => replies.join('\n');

describe('ways of saying stop', () => {
  it.each(['forget it', 'actually forget it', 'just forget about it', 'leave it for now', 'i dont want to do this', "I don't want to do it now", 'cancel that'])('%j stops', (text) => {
    expect(recogniseGlobalCommand(text)).toBe('cancel');
  });

  // "forgot it" answers "How did it go?"; wanting to stop everything is for the risk check.
  it.each(['forgot it', 'i forgot it', 'i dont want to do this any more', 'leave it with me', 'forget it, i did it yesterday'])('%j does not', (text) => {
    expect(recogniseGlobalCommand(text)).toBeNull();
  });
});

describe(`stopping a goal part way, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  async function atTheStepQuestion() {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    expect(joined(await user.say('get a job'))).toMatch(/What would you like to try\?/);
    return { user, plan: () => new PlanRepository(bot.app.database.db, clock).currentPlan(seeded.id) };
  }

  it.each(['forget it', 'leave it for now'])('"%s" at the step question stops, and nothing is planned', async (typed) => {
    const { user, plan } = await atTheStepQuestion();
    const replies = joined(await user.say(typed));
    expect(replies).toMatch(/OK, I have stopped that\./);
    expect(replies).toMatch(/What would you like to do\?/);
    expect(await plan()).toBeNull();
  });

  // "can i come back to it later" had stopped goal setting and dropped the goal already said.
  it.each(['can i come back to it later', 'sorry baby crying, can we do this later', 'gotta go'])('"%s" at the step question keeps the goal said, and the next hello asks the step again', async (typed) => {
    const { user, plan } = await atTheStepQuestion();
    const paused = joined(await user.say(typed));
    expect(paused).toMatch(/I have kept your place/);
    expect(paused).not.toMatch(/I have stopped that|What would you like to do\?/);
    expect(await plan()).toBeNull();
    expect(joined(await user.say('hi'))).toMatch(/What would you like to try\?/);
    expect(joined(await user.say('look at jobs online'))).not.toMatch(/What would you like to try\?|What would you like to do\?/);
  });

  it.each(['8', "ok that's fine", 'sounds good'])('"%s" at the step question is not a step', async (typed) => {
    const { user, plan } = await atTheStepQuestion();
    const replies = joined(await user.say(typed));
    expect(replies).toMatch(/That is OK\. Tell me in a few words what you could do/);
    expect(replies).toMatch(/What would you like to try\?/);
    expect(await plan()).toBeNull();
  });
});

describe('leaving for now, said as people say it (play-testing, December)', () => {
  it.each(['sorry baby crying, can we do this later', 'i have to go', 'gotta go', 'ok i have to go now sorry', 'can we finish this later', 'can i come back to it later'])('%j pauses', (text) => {
    expect(recogniseGlobalCommand(text)).toBe('leave-for-now');
  });

  it.each(['i have to go to the jobcentre', 'apply for jobs i have to go for'])('%j is an answer', (text) => {
    expect(recogniseGlobalCommand(text)).toBeNull();
  });
});
