// Round seven: a feeling or a barrier said after the goal ("ring the college, feeling a bit unsure about it",
// "apply for jobs but i have no childcare") had been kept in the goal and never answered.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { ASK_GOAL, atGoalQuestion } from '../journey/journey.ts';
import { startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const joined = (replies: string[]) => replies.join('\n');

describe(`a feeling or a barrier after the goal, in conversation, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it.each([
    ['apply for the care job but i have no childcare', /Thank you for telling me what makes it hard\./, 'childcare'],
    ['ring the college, feeling a bit unsure about it', /Thank you for telling me how you feel about it\./, 'unsure'],
    // The low-mood reply had come, and the goal asked for again: the goal was lost.
    ['update my cv, feeling rubbish about it', /Thank you for telling me how you feel about it\./, 'rubbish'],
    ['ring the agency. scared tbh', /Thank you for telling me how you feel about it\./, 'scared'],
    ['do my cv. kinda stressed out', /Thank you for telling me how you feel about it\./, 'stressed'],
  ])('%j hears what was said, and the goal is kept without it', async (said, answer, leftOut) => {
    clock.current = new Date(MONDAY);
    const { user } = await atGoalQuestion(bot, MONDAY, 'mixed');
    const replies = joined(await user.say(said));
    expect(replies).toMatch(answer);
    expect(replies).not.toMatch(/It is normal to feel nervous/);
    expect(replies).not.toContain(leftOut);
    expect(replies).not.toMatch(/That sounds really hard/);
    expect(replies).not.toMatch(ASK_GOAL);
  });
});
