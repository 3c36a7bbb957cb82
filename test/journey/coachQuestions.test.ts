// Questions to the coach itself, asked in the middle of goal setting, over real HTTP on the
// database under test: each gets an answer and the goal question back, never the crisis contacts
// or an escalation (the risk model alone used to read them as crisis: see
// src/domain/risk/coachQuestionsPatterns.ts). The same question with danger in it still opens the
// safety window.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { ASK_GOAL, atGoalQuestion as goalQuestionFor, joined } from './journey.ts';

// Monday 8 June 2026, 10am in London.
const MONDAY = new Date('2026-06-08T09:00:00Z');
const SAFETY = /Carry on/;

describe(`questions to the coach in the middle of goal setting, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);

  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  const db = () => bot.app.database.db;

  const atGoalQuestion = () => goalQuestionFor(bot, MONDAY);

  it.each(['what does measurable mean?', 'How does this work exactly?', 'who actually reads these messages'])(
    '"%s" is answered as a question, with no safety window and no escalation',
    async (question) => {
      const { seeded, user } = await atGoalQuestion();
      const reply = joined(await user.say(question));
      expect(reply).not.toMatch(SAFETY);
      expect(reply).toMatch(ASK_GOAL);
      expect(await db().escalation.count({ where: { clientId: seeded.id } })).toBe(0);
    },
  );

  it('the same question with danger in it opens the safety window and tells the adviser', async () => {
    const { seeded, user } = await atGoalQuestion();
    const reply = joined(await user.say('who reads these messages? he checks my phone every night and i am scared'));
    expect(reply).toMatch(SAFETY);
    expect(reply).not.toMatch(ASK_GOAL);
    expect(await db().escalation.count({ where: { clientId: seeded.id, reason: 'crisis' } })).toBe(1);
  });
});
