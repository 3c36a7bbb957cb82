// Round five: a day that has already gone, typed where the coach asks for a day, was met with "I
// didn't catch that date", as if the client had typed nonsense. It is now told that the day has gone,
// and asked again; a day the coach cannot read still gets "I didn't catch that date" and a second chance.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';
import { noDaySorry } from '../../dialogs/laterDayPrompt.ts';

// Monday 8 June 2026, 10am in London.
const MONDAY = new Date('2026-06-08T09:00:00Z');

describe('a day that has gone, at "When could you do it?"', () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const last = (replies: string[]) => replies.at(-1) ?? '';

  it('is told the day has gone, asked again, and a day typed with a slip is then kept', async () => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    expect(last(await user.say('call the Co-op about the job'))).toMatch(/When could you do it\?/);
    const gone = last(await user.say('yesterday'));
    expect(gone).toMatch(/That day has gone\. Try a day from today on/);
    expect(gone).toMatch(/When could you do it\?/);
    expect(gone).not.toMatch(/didn't catch/);
    expect(last(await user.say('1/6/2026'))).toMatch(/That day has gone/);
    expect(last(await user.say('frday'))).toMatch(/How sure do you feel/);
  });
});

describe('a day that has gone, when a step is moved to another day', () => {
  const context = { now: MONDAY, timeZone: 'Europe/London' };
  const words = { ask: 'Which day?', notCaught: "Sorry, I didn't catch that day." };

  it('is told the day has gone; words with no day still get "didn\'t catch that"', () => {
    expect(noDaySorry('last friday', context, words)).toMatch(/That day has gone/);
    expect(noDaySorry('2 days ago', context, words)).toMatch(/That day has gone/);
    expect(noDaySorry('the 3oth', context, words)).toBe(words.notCaught);
    expect(noDaySorry('whenever', context, words)).toBe(words.notCaught);
  });
});
