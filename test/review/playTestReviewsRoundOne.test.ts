// Play-testing the reminders over four weeks, round one (December): a client who does every step
// late and says why in long messages, and one who goes quiet for two weeks. Each test names what
// the client typed and what had happened; the review side is in playTestReviewsRoundOneReview.
import { describe, expect, it } from 'vitest';
import * as listening from '../../src/messages/en/listening.ts';
import { keepsChasing } from '../../src/domain/reminderTiming.ts';
import { reasonNotDone } from '../../src/domain/reminderReplyReading.ts';
import * as say from '../../src/messages/en/reminders.ts';
import * as reviewSay from '../../src/messages/en/review.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { juneDay, MONDAY_8_JUNE, playClient } from './playTestClients.ts';

const CV = 'Update my CV';
const APPLY = 'Apply for 2 warehouse jobs';

describe(`play-testing reminders over four weeks, round one, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY_8_JUNE);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('"my daughter was off school poorly..." is someone else ill, not the client', async () => {
    // Had: "Sorry you have been ill. I hope you feel better."
    const client = await playClient(bot, clock, [{ text: CV, due: juneDay(10) }], null);
    await client.days(3);
    const typed =
      'sorry i didnt get round to it yet, my daughter was off school poorly all week so i couldnt get to the library to use the computer, i will try and do it on friday when she goes back';
    const replies = (await client.user.say(typed)).join('\n');
    expect(replies).toContain(say.notDoneHeard['someone-ill']);
    expect(replies).not.toContain(say.notDoneHeard.ill);
    expect(replies).toContain(say.movedTo('Friday 12 June'));
    expect(reasonNotDone('not yet, the kids have had a bug')).toBe('someone-ill');
    expect(reasonNotDone('didnt do it, was ill')).toBe('ill');
  });

  it('a reason told in a long message is heard, not "Thank you for telling me" as if none was given', async () => {
    // 259 letters: the reason had been read only in replies of 200 letters or fewer.
    const typed =
      'sorry i havent done it yet, it has been a busy couple of weeks, my mum has been poorly and i have been going over to hers every day to help her with her shopping and her tablets, so i have not been able to get to the library where the computers are';
    expect(typed.length).toBeGreaterThan(200);
    const client = await playClient(bot, clock, [{ text: CV, due: juneDay(10) }], null);
    await client.days(3);
    const replies = (await client.user.say(typed)).join('\n');
    expect(replies).toContain(say.notDoneHeard['someone-ill']);
    expect(replies).not.toContain(say.notDoneHeard.other);
    expect(replies).toContain(say.askDayAfterReason);
  });

  it('"i did the cv in the end but only half of it..." after two reminders answers the CV step, kept in their words', async () => {
    // Had: "I sent you reminders for more than one step. Which step do you mean?", and the words lost.
    const client = await playClient(bot, clock, [{ text: APPLY, due: juneDay(12) }, { text: CV, due: juneDay(12) }], null);
    expect((await client.days(5)).filter((text) => text.includes('How did it go?'))).toHaveLength(2);
    const typed = 'i did the cv in the end but only half of it because the library computers kept crashing and i ran out of time, ill finish it monday hopefully';
    const replies = (await client.user.say(typed)).join('\n');
    expect(replies).not.toContain(say.askWhichStep);
    expect(replies).toContain(say.partlyDone);
    expect(replies).toContain(say.movedTo('Monday 15 June'));
    const cv = await client.lineageOf(CV);
    expect((await client.items()).find((item) => item.lineageId === cv)!.dueAt).toEqual(juneDay(15));
    expect(await client.db.reviewEntry.findMany({ where: { itemLineageId: cv } })).toMatchObject([{ outcome: 'partly-done', whatHappened: typed }]);
  });

  it('"Review my plan" where "Which step do you mean?" waits runs the review', async () => {
    // Had: "Let us finish this question first", three days after the question was asked.
    const client = await playClient(bot, clock, [{ text: APPLY, due: juneDay(12) }, { text: CV, due: juneDay(12) }], juneDay(15));
    await client.days(5);
    expect((await client.user.say('done')).join('\n')).toContain(say.askWhichStepDone);
    await client.days(3);
    const replies = (await client.user.say('Review my plan')).join('\n');
    expect(replies).not.toMatch(/Let us finish this question first/);
    expect(replies).toMatch(/Your step was: (?:Apply for 2 warehouse jobs|Update my CV)\. It was for Friday 12 June\. How did it go\?/);
    expect(replies).not.toContain(reviewSay.noPlanYet);
  });

  it('a client quiet for two weeks is not chased every other day: overdue nudges stop once three reminders in a row go unanswered', async () => {
    // Had: ten reminders in sixteen days, the overdue nudges of two steps on alternate days.
    const client = await playClient(bot, clock, [{ text: 'Ring the agency', due: juneDay(10) }, { text: APPLY, due: juneDay(12) }], juneDay(22));
    const sent = await client.days(16);
    expect(sent.length).toBeLessThanOrEqual(7);
    expect(sent.filter((text) => text.includes('How did it go?'))).toHaveLength(2);
    expect(sent.filter((text) => text.includes('Just checking in'))).toEqual([]);
    expect(sent.at(-1)).toBe(say.reviewDueText);
    expect(keepsChasing('item-overdue', 4, 2, 3)).toBe(true);
    expect(keepsChasing('item-overdue', 4, 3, 3)).toBe(false);
    expect(keepsChasing('item-overdue', 1, 5, 3)).toBe(true);
    expect(keepsChasing('review-due', 0, 9, 3)).toBe(true);
  });

  it('"sorry been rubbish" after two weeks away is welcomed back and told there is no need to say sorry', async () => {
    // Had: "Welcome back!" with the sorry unanswered.
    const client = await playClient(bot, clock, [{ text: 'Ring the agency', due: juneDay(10) }], juneDay(22));
    await client.days(14);
    const replies = (await client.user.say('sorry been rubbish')).join('\n');
    expect(replies).toContain(listening.welcomeBackAfterAWhile);
    expect(replies).toContain(listening.noNeedForSorry);
  });
});
