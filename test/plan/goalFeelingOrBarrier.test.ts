// Round seven: a feeling or a barrier said after the goal ("ring the college, feeling a bit unsure about it",
// "apply for jobs but i have no childcare") had been kept in the goal and never answered.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const joined = (replies: string[]) => replies.join('\n');

describe(`a feeling or a barrier after the goal, in conversation, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const db = () => bot.app.database.db;

  it.each([
    ['apply for the care job but i have no childcare', /Thank you for telling me what makes it hard\./, 'childcare'],
    ['ring the college, feeling a bit unsure about it', /Thank you for telling me how you feel about it\./, 'unsure'],
  ])('%j hears what was said, and the goal is kept without it', async (said, answer, leftOut) => {
    clock.current = new Date(MONDAY);
    const seeded = await seedReadyClient(db(), { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    const replies = joined(await user.say(said));
    expect(replies).toMatch(answer);
    expect(replies).not.toMatch(/It is normal to feel nervous/);
    expect(replies).not.toContain(leftOut);
  });
});
