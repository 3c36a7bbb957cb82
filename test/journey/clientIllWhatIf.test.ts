// Illness asked about ahead, at the menu, over HTTP on the database under test. Play-testing,
// December: "what if im ill on my review day" had "I am sorry you are unwell" and the offer to pause
// reminders, for an illness that had not happened; "Hello, if I no can come for review, what I do?"
// had "Sorry, I didn't catch that". Now both are answered plainly and nothing is changed; illness
// told now is heard as before.
import { describe, expect, it } from 'vitest';
import * as say from '../../src/messages/en/reviewMove.ts';
import { offerPauseNoDay, timeAwayHeard } from '../../src/messages/en/reminderSwitch.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { juneDay, MONDAY_8_JUNE, playClient } from '../review/playTestClients.ts';
import { ILL_NOW, ILL_WHAT_IF, REVIEW_QUESTION } from './clientIllWhatIfLines.ts';

const joined = (replies: string[]) => replies.join('\n');
const REVIEW_DAY = 'Monday 15 June';

describe(`illness asked about ahead, at the menu, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY_8_JUNE);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** Each line said by a fresh client at the menu on Monday 8 June, review Monday 15 June: the lines whose reply lacks `expected`. */
  async function missed(lines: string[], expected: string, unlike?: string): Promise<string[]> {
    const misses: string[] = [];
    for (const typed of lines) {
      const client = await playClient(bot, clock, [{ text: 'Ring the agency', due: juneDay(10) }], juneDay(15));
      const replies = joined(await client.user.say(typed));
      if (!replies.includes(expected) || (unlike && replies.includes(unlike))) misses.push(typed);
      const row = await client.db.client.findFirst({ where: { id: client.seeded.id } });
      expect(row?.remindersPausedAt ?? null).toBeNull();
      expect((await client.plans.currentPlan(client.seeded.id))?.nextReviewAt).toEqual(juneDay(15));
    }
    return misses;
  }

  it('answers "what if im ill on my review day" plainly, and pauses and moves nothing (own / held out)', async () => {
    expect(await missed(ILL_WHAT_IF.own, say.ifIllOnTheDay(REVIEW_DAY), timeAwayHeard.unwell)).toEqual([]);
    expect(await missed(ILL_WHAT_IF.heldOut, say.ifIllOnTheDay(REVIEW_DAY), timeAwayHeard.unwell)).toEqual([]);
  });

  it('still hears illness told now: sorry, and the offer to pause reminders (own / held out)', async () => {
    expect(await missed(ILL_NOW.own, timeAwayHeard.unwell, say.ifIllOnTheDay(REVIEW_DAY))).toEqual([]);
    expect(await missed(ILL_NOW.heldOut, timeAwayHeard.unwell, say.ifIllOnTheDay(REVIEW_DAY))).toEqual([]);
  });

  it('answers the review question in second-language English and text-speak (own / held out)', async () => {
    expect(await missed(REVIEW_QUESTION.own, say.ifYouCantMakeIt(REVIEW_DAY))).toEqual([]);
    expect(await missed(REVIEW_QUESTION.heldOut, say.ifYouCantMakeIt(REVIEW_DAY))).toEqual([]);
  });

  it('offers the pause for "im ill today", with no day said', async () => {
    const client = await playClient(bot, clock, [{ text: 'Ring the agency', due: juneDay(10) }], juneDay(15));
    const told = joined(await client.user.say('im ill today'));
    expect(told).toContain(timeAwayHeard.unwell);
    expect(told).toContain(offerPauseNoDay);
  });
});
