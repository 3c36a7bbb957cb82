// Round eight's goals (test/corpus/goals/roundEight.tsv) typed at "What would you like to work on?" over
// real HTTP: is the goal taken (its next question asked, not the goal question again), and is a
// feeling, barrier or question said with it answered first? Before any change: tuning 80.3%, held-out
// 93.3%. After: tuning 91.8%, held-out (never read) 96.7%. The tuning lines still missed are heard
// before the goal question reads them (dialogs/listening.ts): "txt my adviser bout the course" as a
// request for the adviser, "just sort myself out really" and "get out the house more" as feeling low,
// "be better" as good news; "get my forklift licence, cant afford it tho" has its barrier unread.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { readRoundEight, type RoundEightRow } from '../corpus/goals/roundEightSplit.ts';
import * as say from '../../src/messages/en/smartGoal.ts';
import { ASK_GOAL, atGoalQuestion, joined } from './journey.ts';

const MONDAY = new Date('2026-11-23T09:30:00Z');
// The questions that follow a goal taken; "That's clear." opens some of them.
const NEXT = [
  ...Object.values(say.askOneStep), say.askHowMany, ...Object.values(say.askWhen), say.askWhenFirst,
  ...Object.values(say.askHowSure), say.askHowYouWillKnow, say.farAwayCheck,
];

/** "goal" when taken, "answered" when something was said before the next question, else "asked-again". */
function replyKind(replies: string): 'goal' | 'answered' | 'asked-again' {
  const at = NEXT.map((question) => replies.indexOf(question)).filter((index) => index >= 0);
  if (at.length === 0 || ASK_GOAL.test(replies)) return 'asked-again';
  return replies.slice(0, Math.min(...at)).replace(say.thatIsClear, '').trim() ? 'answered' : 'goal';
}

/** A goal is right taken, with or without a word first; a feeling, barrier or question must be answered. */
const rightReply = (row: RoundEightRow, kind: string) => (row.reply === 'goal' ? kind !== 'asked-again' : kind === 'answered');

describe(`round eight's goals at the goal question, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it.each([
    ['tuning', 0.918],
    ['held-out', 0.966],
  ] as const)('the %s part: taken, and answered first where it should be, at least as often as measured', async (half, floor) => {
    const rows = readRoundEight(half);
    let right = 0;
    for (const row of rows) {
      const { user } = await atGoalQuestion(bot, MONDAY, 'internal');
      if (rightReply(row, replyKind(joined(await user.say(row.text))))) right++;
    }
    expect(right / rows.length).toBeGreaterThanOrEqual(floor);
  }, 120_000);
});
