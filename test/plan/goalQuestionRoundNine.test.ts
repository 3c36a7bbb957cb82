// Round nine: a feeling said before the goal ("im so stressed, i want to get a job in retail") gets a
// short kind word and only the goal is kept; help asked for a step ("can you help me write a cover
// letter?") is the goal; not knowing what to pick ("what should my goal be?") gets a short answer with
// example goals as buttons, then the same question. Rows: corpus/goals/goalQuestionRoundNine.ts.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';
import { answersUpToTheReadBack } from './goalReadBack.ts';
import { sayItAnotherWay } from '../../src/messages/en/listening.ts';
import { goalAskedForReply } from '../../src/messages/en/smartGoal.ts';
import { feelingBeforeTheGoal, goalIdeaButtons, goalIdeas } from '../../src/messages/en/goalQuestionReplies.ts';
import { ASK_GOAL, atGoalQuestion, joined } from '../journey/journey.ts';
import { ROUND_NINE, heldOutRoundNine, type RoundNineRow } from '../corpus/goals/goalQuestionRoundNine.ts';

const MONDAY = new Date('2026-11-23T09:30:00Z');
const MOVED_ON = /pick one small step|first step you'll take|How many will you do\?|When could you do it\?|When will you|How sure/;
const KIND_WORD = /thank you for telling me|sorry you feel|normal to feel|that sounds/i;
const ADVISER_OFFER = /adviser to get in touch\?|adviser (?:know|knows|will|has been)|asked your adviser|passed/i;

/** Answers the goal's next questions up to the read-back (goalReadBack.ts). */
const goalReadBack = (user: { say(text: string): Promise<string[]> }, replies: string) => answersUpToTheReadBack(user, replies, 'Update my CV');

/** What went wrong with the replies to one row (and the goal read back), or null when they are what a good coach would do. */
export function whatWentWrong(row: RoundNineRow, replies: string, planned: boolean, readBack = ''): string | null {
  if (replies.includes(sayItAnotherWay)) return 'not clear';
  if (ADVISER_OFFER.test(replies)) return 'offered the adviser';
  if (row.kind === 'unsure') {
    if (planned || MOVED_ON.test(replies)) return 'taken as a goal';
    if (!ASK_GOAL.test(replies)) return 'question not asked again';
    return (replies.match(/\[[^\]]+\]/g) ?? []).length >= 2 ? null : 'no example goals';
  }
  if (!MOVED_ON.test(replies) || ASK_GOAL.test(replies)) return 'goal not taken';
  if (row.keep && !row.keep.test(readBack)) return 'goal words lost';
  if (row.kind === 'help-with' && /\bhelp\b|\b(?:can|could|will|would) (?:you|u)\b/i.test(readBack)) return 'the asking kept in the goal';
  if (row.leftOut?.test(readBack) || row.leftOut?.test(replies.split('\n').at(-1) ?? '')) return 'feeling kept in the goal';
  if (row.kind === 'feeling-first' && !KIND_WORD.test(replies.split('\n')[0] ?? '')) return 'feeling not heard first';
  return null;
}

describe(`goal question round nine, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const planOf = (clientId: string) => new PlanRepository(bot.app.database.db, clock).currentPlan(clientId);

  it.each(ROUND_NINE.map((row) => [row.text, row.kind, heldOutRoundNine(row.text) ? 'held out' : 'tuning', row] as const))('%j (%s, %s)', async (_text, _kind, half, row) => {
    clock.current = new Date(MONDAY);
    const { seeded, user } = await atGoalQuestion(bot, MONDAY, 'internal');
    const replies = joined(await user.say(row.text));
    const planned = (await planOf(seeded.id)) !== null;
    const readBack = row.kind === 'unsure' || !MOVED_ON.test(replies) ? '' : await goalReadBack(user, replies);
    const wrong = whatWentWrong(row, replies, planned, readBack);
    if (process.env.ROUND_NINE_LOG && (half === 'tuning' || process.env.ROUND_NINE_LOG === 'all'))
      console.log(`ROW\t${half}\t${row.kind}\t${row.text}\t${wrong ?? 'ok'}\t${replies.replace(/\n/g, ' | ')}\t${readBack}`);
    if (process.env.ROUND_NINE_LOG) console.log(`SCORE\t${half}\t${row.kind}\t${wrong ? 0 : 1}`);
    if (row.riskFirst) return;
    expect(wrong).toBeNull();
    if (row.kind === 'feeling-first') expect(replies.split('\n')[0]).toBe(feelingBeforeTheGoal);
    if (row.kind === 'help-with') expect(replies).toMatch(/^Yes, I can help you with that\. Let us make a goal of that/);
  });

  it('"what should my goal be?" has a short answer and ideas as buttons, then the same question; an idea tapped is the goal', async () => {
    clock.current = new Date(MONDAY);
    const { seeded, user } = await atGoalQuestion(bot, MONDAY, 'internal');
    const replies = joined(await user.say('what should my goal be?')).split('\n');
    expect(replies[0]).toBe(goalIdeas);
    expect(replies.at(-1)).toMatch(ASK_GOAL);
    for (const idea of goalIdeaButtons) expect(replies.at(-1)).toContain(`[${idea}]`);
    expect(await planOf(seeded.id)).toBeNull();
    expect(joined(await user.say(goalIdeaButtons[0]!))).toMatch(MOVED_ON);
  });

  it('"can you help me write a cover letter?" is the goal "Write a cover letter"', async () => {
    clock.current = new Date(MONDAY);
    const { user } = await atGoalQuestion(bot, MONDAY, 'internal');
    const replies = joined(await user.say('can you help me write a cover letter?'));
    expect(replies).toContain(goalAskedForReply('help', 'Write a cover letter'));
    expect(replies).toMatch(MOVED_ON);
  });

  it('"im so stressed, i want to get a job in retail": a kind word first, and only the goal is kept', async () => {
    clock.current = new Date(MONDAY);
    const { user } = await atGoalQuestion(bot, MONDAY, 'internal');
    const replies = joined(await user.say('im so stressed, i want to get a job in retail'));
    expect(replies.split('\n')[0]).toBe(feelingBeforeTheGoal);
    expect(await goalReadBack(user, replies)).toContain('"I want to get a job in retail"');
  });
});
