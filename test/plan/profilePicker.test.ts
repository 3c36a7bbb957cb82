// "Update my profile" picks a part from the words people type, and "keep it" leaves it: play-testing
// found "keep it" and "no thats all" answered as a low mood, and "jobs" not understood.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';
import { atTheMenu, joined } from '../journey/journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

describe(`the profile's part picker, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it.each([
    ['jobs', /Jobs you would like[\s\S]*What kind of job would you like most\?/],
    ['my hours', /How you like to work[\s\S]*How many hours a week would you like to work\?/],
  ])('"%s" opens that part', async (typed, opened) => {
    const { user } = await atTheMenu(bot, MONDAY);
    expect(joined(await user.say('Update my profile'))).toMatch(/Which part would you like to change\?/);
    expect(joined(await user.say(typed))).toMatch(opened);
  });

  it.each(['keep it', 'no thats all', 'oops wrong button'])('"%s" leaves the answers as they are', async (typed) => {
    const { user } = await atTheMenu(bot, MONDAY);
    await user.say('Update my profile');
    const replies = joined(await user.say(typed));
    expect(replies).toMatch(/OK\. Your answers stay as they are\.[\s\S]*What would you like to do next\?/);
    expect(replies).not.toMatch(/That sounds really hard/);
  });
});
