// The set-up the goal's day tests share (goalDaySaidBack, goalDayFarAway, goalQuestionsTyped, stepDayRuledOut): a
// ready client on a clock the test sets, taken from "Set a goal" through the lines it types, each
// checked against what the coach's last messages say, and what no reply may say.
import { expect } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

/** What the client types, what the coach's last messages say, and what no reply may say. */
export type GoalStep = [typed: string, says: RegExp | string, never?: RegExp];

/** A step with no day in it, and the day question it is met with. */
export const STEP = 'call the Co-op about the job';
export const ASK_WHEN = /When could you do it\?/;

/** How far back "the last messages" go: enough for a reply, its note and the next question. */
const LAST_LINES = 20;

/** Call inside a describe: a bot with its clock at `start`, and walk(steps) for each new client. */
export function goalDayWalk(start: Date) {
  const clock = new TestClock(start);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const walk = async (steps: GoalStep[]) => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'mixed', now: start });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    for (const [typed, says, never] of steps) {
      const replies = (await user.say(typed)).join('\n');
      const last = replies.split('\n').slice(-LAST_LINES).join('\n');
      if (typeof says === 'string') expect(last, typed).toContain(says);
      else expect(last, typed).toMatch(says);
      if (never) expect(replies, typed).not.toMatch(never);
    }
  };
  return { clock, bot, walk };
}
