// Round ten: unsure and partial answers at "What would you like to work on?". Not knowing ("dunno",
// "no idea tbh", "?") gets a short kind answer and ideas as buttons, then the same question; a question
// about what a goal can be ("does it have to be a job") is answered first; a loose direction
// ("something with animals maybe") is kept without its hedges and narrowed with one question; a real
// goal said with doubt is kept. Rows: goalQuestionRoundTenLines.ts.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';
import { answersUpToTheReadBack } from './goalReadBack.ts';
import { sayItAnotherWay } from '../../src/messages/en/listening.ts';
import { goalIdeaButtons, goalIdeasAfterAFeeling, ideaFromSomeoneElseOffered, noGoalInMindYet, whatAGoalCanBe } from '../../src/messages/en/goalQuestionReplies.ts';
import { heldGoalNoLabel, heldGoalYesLabel } from '../../src/messages/en/concernOffer.ts';
import { ASK_GOAL, atGoalQuestion, joined } from '../journey/journey.ts';
import { ROUND_TEN, heldOutRoundTen, type RoundTenRow } from './goalQuestionRoundTenLines.ts';

const MONDAY = new Date('2026-11-23T09:30:00Z');
const MOVED_ON = /pick one small step|first step you'll take|How many will you do\?|When could you do it\?|When will you|How sure/;
const KIND_WORD = /thank you for telling me|sorry you feel|normal to feel|that sounds|it is OK to feel/i;
const ADVISER_OFFER = /adviser to get in touch\?|adviser (?:know|knows|will|has been)|asked your adviser|passed/i;
const TOLD_WHAT_COUNTS = /(?:does not|doesn't) have to be|any size|can be small|small is fine/i;

/** Answers the goal's next questions up to the read-back (goalReadBack.ts). */
const goalReadBack = (user: { say(text: string): Promise<string[]> }, replies: string) => answersUpToTheReadBack(user, replies, 'Look at 2 job adverts');

const ideasShown = (replies: string) => goalIdeaButtons.every((idea) => replies.includes(`[${idea}]`));
/** Questions asked, buttons aside. */
const questionsIn = (replies: string) => (replies.replace(/\[[^\]]*\]/g, '').match(/\?/g) ?? []).length;

/** What went wrong with the replies to one row (and the goal read back), or null when they are what a good coach would do. */
export function whatWentWrong(row: RoundTenRow, replies: string, planned: boolean, readBack = ''): string | null {
  if (replies.includes(sayItAnotherWay)) return 'not clear';
  if (ADVISER_OFFER.test(replies)) return 'offered the adviser';
  if (row.kind === 'offered') {
    if (planned || MOVED_ON.test(replies)) return 'taken without a yes';
    return replies.includes(`[${heldGoalYesLabel}] [${heldGoalNoLabel}]`) ? null : 'idea not offered back';
  }
  if (row.kind === 'ideas' || row.kind === 'what-counts' || row.kind === 'feeling-unsure' || row.kind === 'again') {
    if (planned || MOVED_ON.test(replies)) return 'taken as a goal';
    if (!ASK_GOAL.test(replies)) return 'question not asked again';
    if (row.kind === 'again') return null;
    if (!ideasShown(replies)) return 'no ideas as buttons';
    if (row.kind === 'what-counts' && !TOLD_WHAT_COUNTS.test(replies.split('\n')[0] ?? '')) return 'question not answered';
    if (row.kind === 'feeling-unsure' && !KIND_WORD.test(replies.split('\n')[0] ?? '')) return 'feeling not heard';
    return null;
  }
  if (!MOVED_ON.test(replies) || ASK_GOAL.test(replies)) return 'goal not taken';
  if (questionsIn(replies) !== 1) return 'more than one question';
  if (row.keep && !row.keep.test(readBack)) return 'goal words lost';
  if (row.leftOut?.test(readBack)) return 'doubt kept in the goal';
  return null;
}

describe(`goal question round ten, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const planOf = (clientId: string) => new PlanRepository(bot.app.database.db, clock).currentPlan(clientId);

  it.each(ROUND_TEN.map((row) => [row.text, row.kind, heldOutRoundTen(row.text) ? 'held out' : 'tuning', row] as const))('%j (%s, %s)', async (_text, _kind, half, row) => {
    clock.current = new Date(MONDAY);
    const { seeded, user } = await atGoalQuestion(bot, MONDAY, 'internal');
    const replies = joined(await user.say(row.text));
    const planned = (await planOf(seeded.id)) !== null;
    const readBack = (row.kind === 'direction' || row.kind === 'keep') && MOVED_ON.test(replies) ? await goalReadBack(user, replies) : '';
    const wrong = whatWentWrong(row, replies, planned, readBack);
    if (process.env.ROUND_TEN_LOG && (half === 'tuning' || process.env.ROUND_TEN_LOG === 'all'))
      console.log(`ROW\t${half}\t${row.kind}\t${row.text}\t${wrong ?? 'ok'}\t${replies.replace(/\n/g, ' | ')}\t${readBack}`);
    if (process.env.ROUND_TEN_LOG) console.log(`SCORE\t${half}\t${row.kind}\t${wrong ? 0 : 1}`);
    if (row.miss) return;
    expect(wrong).toBeNull();
  });

  it('"no idea tbh" has the ideas as buttons, then the same question; an idea tapped is the goal', async () => {
    clock.current = new Date(MONDAY);
    const { seeded, user } = await atGoalQuestion(bot, MONDAY, 'internal');
    const replies = joined(await user.say('no idea tbh')).split('\n');
    expect(replies[0]).toBe(noGoalInMindYet);
    expect(replies.at(-1)).toMatch(ASK_GOAL);
    for (const idea of goalIdeaButtons) expect(replies.at(-1)).toContain(`[${idea}]`);
    expect(await planOf(seeded.id)).toBeNull();
    expect(joined(await user.say(goalIdeaButtons[1]!))).toMatch(MOVED_ON);
  });

  it('"does it have to be a job" is answered, then the ideas and the same question', async () => {
    clock.current = new Date(MONDAY);
    const { user } = await atGoalQuestion(bot, MONDAY, 'internal');
    const replies = joined(await user.say('does it have to be a job')).split('\n');
    expect(replies[0]).toBe(whatAGoalCanBe);
    expect(replies.at(-1)).toMatch(ASK_GOAL);
    expect(replies.at(-1)).toContain(`[${goalIdeaButtons[0]}]`);
  });

  it('"dunno, bit lost tbh": a kind word, the ideas, and nothing planned', async () => {
    clock.current = new Date(MONDAY);
    const { seeded, user } = await atGoalQuestion(bot, MONDAY, 'internal');
    const replies = joined(await user.say('dunno, bit lost tbh')).split('\n');
    expect(replies[0]).toBe(goalIdeasAfterAFeeling);
    expect(replies.at(-1)).toContain(`[${goalIdeaButtons[0]}]`);
    expect(await planOf(seeded.id)).toBeNull();
  });

  it('"something with animals maybe": kept as "Something with animals", then one question', async () => {
    clock.current = new Date(MONDAY);
    const { user } = await atGoalQuestion(bot, MONDAY, 'internal');
    const replies = joined(await user.say('something with animals maybe'));
    expect(replies).toMatch(MOVED_ON);
    expect(questionsIn(replies)).toBe(1);
    const readBack = await goalReadBack(user, replies);
    expect(readBack).toMatch(/animals/i);
    expect(readBack).not.toMatch(/maybe/i);
  });

  it('"my mum says i should do care work": the idea is offered back, and is the goal on a yes, without "my mum says"', async () => {
    clock.current = new Date(MONDAY);
    const { seeded, user } = await atGoalQuestion(bot, MONDAY, 'internal');
    const replies = joined(await user.say('my mum says i should do care work'));
    expect(replies).toContain(ideaFromSomeoneElseOffered('Do care work'));
    expect(replies).not.toMatch(MOVED_ON);
    expect(await planOf(seeded.id)).toBeNull();
    const afterYes = joined(await user.say('yes'));
    expect(afterYes).toMatch(MOVED_ON);
    expect(await goalReadBack(user, afterYes)).toContain('"Do care work"');
  });

  it('"my support worker thinks i should try cleaning", then no: nothing planned, and the goal question again', async () => {
    clock.current = new Date(MONDAY);
    const { seeded, user } = await atGoalQuestion(bot, MONDAY, 'internal');
    expect(joined(await user.say('my support worker thinks i should try cleaning'))).toContain(`[${heldGoalYesLabel}] [${heldGoalNoLabel}]`);
    const afterNo = joined(await user.say(heldGoalNoLabel));
    expect(afterNo).toMatch(ASK_GOAL);
    expect(afterNo).not.toMatch(MOVED_ON);
    expect(await planOf(seeded.id)).toBeNull();
  });
});
