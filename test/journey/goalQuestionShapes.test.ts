// Play-testing the goal question: a how-to question about a step ("how do i update my cv?") is taken
// as the goal, after any feeling said first; a question about an appointment is answered and nothing
// is planned; a vague goal ("be better") is taken gently and made specific, never heard as a feeling;
// "txt my adviser bout the course" is a step, not a request for the adviser. Rows: corpus/goals/goalQuestionShapes.ts.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { reflectGood, reflectLow, sayItAnotherWay } from '../../src/messages/en/listening.ts';
import { askOneStep, goalAskedForReply } from '../../src/messages/en/smartGoal.ts';
import { lowBeforeTheQuestion, vagueGoalWelcome } from '../../src/messages/en/goalQuestionReplies.ts';
import { ASK_GOAL, atGoalQuestion, joined } from './journey.ts';
import { GOAL_QUESTION_SHAPES, heldOutByHash, type ShapeRow } from '../corpus/goals/goalQuestionShapes.ts';

const MONDAY = new Date('2026-11-23T09:30:00Z');
const MOVED_ON = /pick one small step|first step you'll take|How many will you do\?|When could you do it\?|When will you|How sure/;
const LOW = Object.values(reflectLow);
// "Your adviser will set one" (the answer to "when is my review" with none booked) is not contact asked for.
const ADVISER_CONTACT = /adviser (?:know|knows|will (?:get in touch|be in touch|contact|call|ring|message|phone)|has been)|asked your adviser|passed/i;

/** What went wrong with the replies to one row, or null when they are what the row asks for. */
export function whatWentWrong(row: ShapeRow, replies: string, planned: boolean): string | null {
  if (replies.includes(sayItAnotherWay)) return 'not clear';
  if (row.kind === 'question') {
    if (planned || MOVED_ON.test(replies)) return 'taken as a goal';
    return ADVISER_CONTACT.test(replies) ? 'heard as asking for contact' : null;
  }
  if (!MOVED_ON.test(replies)) return 'goal not taken';
  if (replies.includes(reflectGood)) return 'heard as good news';
  const heardLow = LOW.some((low) => replies.includes(low)) || /feel|sorry|hard/i.test(replies.split('\n')[0] ?? '');
  if (row.kind === 'feeling-goal' && !heardLow) return 'feeling not heard';
  if (row.kind !== 'feeling-goal' && LOW.some((low) => replies.includes(low))) return 'heard as low mood';
  if (ADVISER_CONTACT.test(replies)) return 'heard as asking for contact';
  return null;
}

describe(`goal question shapes, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const planOf = (clientId: string) => new PlanRepository(bot.app.database.db, clock).currentPlan(clientId);

  it.each(GOAL_QUESTION_SHAPES.filter((row) => !row.concernFirst).map((row) => [row.text, row.kind, heldOutByHash(row.text) ? 'held out' : 'tuning', row] as const))(
    '%j (%s, %s)',
    async (_text, _kind, _half, row) => {
      const { seeded, user } = await atGoalQuestion(bot, MONDAY, 'internal');
      const replies = joined(await user.say(row.text));
      const planned = (await planOf(seeded.id)) !== null;
      if (process.env.GOAL_SHAPES_LOG) console.log(`ROW\t${heldOutByHash(row.text) ? 'held' : 'tune'}\t${row.text}\t${whatWentWrong(row, replies, planned) ?? 'ok'}\t${replies.replace(/\n/g, ' | ')}`);
      expect(whatWentWrong(row, replies, planned)).toBeNull();
      if (row.kind === 'question') expect(replies).toMatch(ASK_GOAL);
      if (row.kind === 'vague') expect(replies).toContain(vagueGoalWelcome);
      if (row.kind === 'feeling-goal') expect(replies).toContain(lowBeforeTheQuestion);
      if (row.goal && /^how|\. how|, how/i.test(row.text)) expect(replies).toContain(goalAskedForReply('how', row.goal));
    },
  );

  it('"get out the house more" after the offer of the adviser: "Carry on" takes it gently as the goal', async () => {
    const { seeded, user } = await atGoalQuestion(bot, MONDAY, 'internal');
    expect(joined(await user.say('get out the house more'))).toMatch(/adviser to get in touch\?/);
    const replies = joined(await user.say('Carry on'));
    expect(replies).toContain(vagueGoalWelcome);
    expect(replies).toContain(askOneStep['self-directed']);
    expect(await planOf(seeded.id)).toBeNull();
  });
});
