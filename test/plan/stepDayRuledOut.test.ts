// At "When could you do it?", a day the client rules out ("any day except monday") is never kept:
// the coach says it did not catch a date and asks again; "start mon" is Monday (shared date reader).
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

// Monday 8 June 2026, 10am in London.
const MONDAY = new Date('2026-06-08T09:00:00Z');
const STEP = 'call the Co-op about the job';
const ASK_WHEN = /When could you do it\?/;
const HOW_SURE = /How sure do you feel/;
const NOT_CAUGHT = /I didn't catch that date\./;

describe('the step day question', () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  const start = async () => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    expect((await user.say(STEP)).join('\n')).toMatch(ASK_WHEN);
    return user;
  };

  it.each([
    ['any day except monday', 'friday'],
    ['anything but fri', 'start mon'],
    ["can't do sat", 'sun!'],
  ])('%j keeps no day and asks again; then %j is kept', async (ruledOut, answer) => {
    const user = await start();
    const again = (await user.say(ruledOut)).join('\n');
    expect(again).toMatch(NOT_CAUGHT);
    expect(again).toMatch(ASK_WHEN);
    expect(again).not.toMatch(HOW_SURE);
    const kept = (await user.say(answer)).join('\n');
    expect(kept).not.toMatch(NOT_CAUGHT);
    expect(kept).toMatch(HOW_SURE);
  });
});
