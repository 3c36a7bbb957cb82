// Play-testing 2026-12-08: at "Shall we set a goal together? [Set a goal] [Not now]" (a client with no
// plan yet asks for their plan), a goal typed in words ("i want to be a hairdresser") had "Sorry, I
// didn't catch that" up to five times. It now starts the goal from those words, as at the menu.
import { describe, expect, it } from 'vitest';
import { askStartPlan } from '../../src/messages/en/plan.ts';
import { startingFromTheirWords } from '../../src/messages/en/smartGoal.ts';
import { startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { atTheMenu, joined } from './journey.ts';

describe('a goal typed where the coach offers to set one', () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  it.each([
    ['i want to be a hairdresser', 'i want to be a hairdresser'],
    ['get a job in a care home', 'get a job in a care home'],
  ])('%j starts the goal from those words', async (typed, aim) => {
    const { user } = await atTheMenu(bot, new Date());
    expect(joined(await user.say('My plan'))).toContain(askStartPlan);
    const replies = joined(await user.say(typed));
    expect(replies).not.toMatch(/didn't catch that/);
    expect(replies).toMatch(new RegExp(startingFromTheirWords(aim).slice(0, 30).replace(/[.?"()]/g, '\\$&'), 'i'));
  });

  it('"Set a goal" still starts one from its first question', async () => {
    const { user } = await atTheMenu(bot, new Date());
    expect(joined(await user.say('My plan'))).toContain(askStartPlan);
    expect(joined(await user.say('Set a goal'))).toMatch(/What would you like to work on\?/);
  });
});
