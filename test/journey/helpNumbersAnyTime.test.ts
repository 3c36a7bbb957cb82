// The help numbers asked for at any point, outside a safety window (play-testing, round nine: after
// "carry on", "whats the samaritans number" had been kept as an answer to the self-assessment, and
// at the menu "what number was that again" had "didn't catch that").
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { ASK_GOAL, atGoalQuestion, atTheMenu, joined } from './journey.ts';
import { asksForHelpNumbers } from '../../src/domain/safetyWindow.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const NUMBERS = /You can call any of these, at any time:[\s\S]*Samaritans: call 116 123/;

describe('asksForHelpNumbers', () => {
  it.each(['whats the samaritans number', 'phone numbers', 'what number was that again', 'can i have the numbers again', 'is there a helpline', 'whats the shout number', 'shout number please'])('%j asks for them', (said) => {
    expect(asksForHelpNumbers(said)).toBe(true);
  });

  it.each(['my phone number is 07700 900123', 'i rang the samaritans last week and it helped', 'the numbers on the job ad were wrong', 'give me your number', 'what if they shout at me?', 'what if the manager shouts at me again'])('%j does not', (said) => {
    expect(asksForHelpNumbers(said)).toBe(false);
  });
});

describe(`the help numbers asked for at any point, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('at the menu, "what number was that again" gets the numbers and the menu again', async () => {
    const { user } = await atTheMenu(bot, MONDAY);
    const replies = joined(await user.say('what number was that again'));
    expect(replies).toMatch(NUMBERS);
    expect(replies).not.toMatch(/didn't catch that/);
  });

  it('at the goal question, "whats the samaritans number" gets the numbers, and is not kept as the goal', async () => {
    const { user } = await atGoalQuestion(bot, MONDAY);
    const replies = joined(await user.say('whats the samaritans number'));
    expect(replies).toMatch(NUMBERS);
    expect(replies).toMatch(ASK_GOAL);
    expect(JSON.stringify(await bot.app.database.db.botState.findMany())).not.toContain('samaritans number');
  });
});
