// Play-testing, first conversations (Monday 7 December 2026), over the real bot: a step the client
// gave, then a further-off day, is asked about once ("Could you do it sooner, by ...?"), never a
// second step; "i just told you" is said sorry to and their step and day kept; how sure, said in
// words, is said back as a number; "1 jobs" is "1 job". The lines are in firstGoalStepLines.ts.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';
import { HELD_OUT, SMALLER_HELD_OUT, SMALLER_TUNING, TUNING, type StepLine } from './firstGoalStepLines.ts';

const MONDAY = new Date('2026-12-07T12:00:00Z');
const flat = (text: string) => text.replace(/\n/g, ' ');

describe(`a step said with its day, in a first conversation, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** The replies of one line, answering the questions after it until the goal is read back. */
  async function play(line: StepLine): Promise<string[]> {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    const replies: string[] = [];
    for (const [typed, reply] of line.turns) {
      replies.push((await user.say(typed)).join('\n'));
      if (reply) expect(flat(replies.at(-1)!), typed).toMatch(reply);
    }
    for (let turn = 0; turn < 5 && !/Is that right\?/.test(replies.at(-1)!); turn++) {
      const last = replies.at(-1)!;
      const next = /How sure|how sure/.test(last) ? '8' : /Which job/.test(last) ? 'Cleaner' : /smaller first step/.test(last) ? 'Keep my step' : null;
      if (!next) break;
      replies.push((await user.say(next)).join('\n'));
    }
    return replies;
  }

  it.each([...TUNING, ...HELD_OUT, ...SMALLER_TUNING, ...SMALLER_HELD_OUT].map((line) => [line.turns.map(([typed]) => typed).join(' / '), line] as const))(
    '%s',
    async (_, line) => {
      const replies = await play(line);
      expect(replies.at(-1)).toContain(line.readBack);
      if (line.never) expect(flat(replies.join('\n'))).not.toMatch(line.never);
    },
  );
});
