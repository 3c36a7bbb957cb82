// "can you help me find a job" said just after the adviser was offered had been taken as a no to the
// offer ("OK. Your adviser is there if you want them.") and the request dropped (round twenty-eight).
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { ASK_GOAL, atTheMenu, joined } from '../journey/journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const OFFER = /Would you like your adviser to get in touch\?/;

describe('asking for help finding work at the adviser offer', () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it.each(['can you help me find a job', 'help me find work please'])('%j after the offer starts a goal, and is not a no', async (asked) => {
    const { user } = await atTheMenu(bot, MONDAY);
    expect(joined(await user.say('i feel so low and useless lately'))).toMatch(OFFER);
    const replies = joined(await user.say(asked));
    expect(replies).toMatch(ASK_GOAL);
    expect(replies).not.toMatch(/Your adviser is there if you want them/);
  });
});
