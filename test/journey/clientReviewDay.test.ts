// A client coming back, and their own review day, over HTTP on the database under test. Play-testing,
// December: a plain question typed as the first words of a visit ("when is my review", "wots my next
// step", "who is my adviser again") had "Welcome back" and the menu, not the answer; and "I want to
// move my review", "can i move my review to friday", "cant make my review next week" had no route
// (only the adviser's "move Sam review"). Now the question is answered first, then the menu; and the
// client moves their review, asked the day when they did not say it, with the adviser told.
import { describe, expect, it } from 'vitest';
import { AdviserRepository } from '../../src/db/advisers.ts';
import { helpMessage } from '../../src/messages/en/common.ts';
import { menuAgainQuestion, menuQuestion } from '../../src/messages/en/menu.ts';
import * as say from '../../src/messages/en/reviewMove.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { juneDay, MONDAY_8_JUNE, playClient } from '../review/playTestClients.ts';
import { TestClock as AdviserClock, useAdviserBot } from '../escalation/harness.ts';
import { priyaWithAReview } from './priyaWithAReview.ts';
import { FIRST_QUESTIONS, type FirstQuestion } from './clientReviewDayLines.ts';

const ANSWERS: Record<FirstQuestion[1], RegExp> = {
  'review-day': /Your next review is on Monday 15 June\./,
  'my-steps': /Your steps are:\n- Ring the agency, by Wednesday 10 June/,
  'adviser-name': /Your adviser is Ann\./,
  'adviser-steps': /I cannot see a step for your adviser in your plan\./,
};
const joined = (replies: string[]) => replies.join('\n');

describe(`a client coming back, and their own review day, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY_8_JUNE);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** Ann's client at the menu on Monday 8 June, review Monday 15 June; `visit()`: a later visit, its conversation new. */
  async function annsClient() {
    const client = await playClient(bot, clock, [{ text: 'Ring the agency', due: juneDay(10) }], juneDay(15));
    const ann = await new AdviserRepository(client.db).register({ name: 'Ann', inviteCode: `ANN${Math.floor(Math.random() * 1e6)}` });
    await client.db.client.update({ where: { id: client.seeded.id }, data: { adviserId: ann.id } });
    const review = async () => (await client.plans.currentPlan(client.seeded.id))!.nextReviewAt;
    return { ...client, review, visit: () => new ChatUser(bot, { userId: client.seeded.userId }) };
  }

  async function firstWordsAnswered(lines: FirstQuestion[]): Promise<string[]> {
    const missed: string[] = [];
    for (const [typed, asks] of lines) {
      const replies = await (await annsClient()).visit().say(typed);
      const answered = ANSWERS[asks].test(joined(replies)) && !/Welcome back/.test(joined(replies)) && (replies.at(-1) ?? '').includes(menuQuestion);
      if (!answered) missed.push(`${typed}: ${joined(replies)}`);
    }
    return missed;
  }

  it('answers a question about their plan typed as the first words of a visit, with no welcome before it, then the menu', async () => {
    expect(await firstWordsAnswered(FIRST_QUESTIONS.own)).toEqual([]);
  });

  it('answers the held-out questions the same way', async () => {
    expect(await firstWordsAnswered(FIRST_QUESTIONS.heldOut)).toEqual([]);
  });

  it('moves the review to the day said in the first words, and the menu follows', async () => {
    const client = await annsClient();
    const replies = await client.visit().say('can i move my review to friday');
    expect(joined(replies)).toContain(say.reviewMoved('Friday 12 June', true));
    expect(joined(replies)).not.toMatch(/Welcome back|interview/);
    expect(replies.at(-1)).toContain(menuAgainQuestion);
    expect(await client.review()).toEqual(juneDay(12));
  });

  it('at the menu with no day: says the day it has, asks once, gives a second chance for a day not caught, then moves it', async () => {
    const client = await annsClient();
    expect(joined(await client.user.say('cant make my review next week'))).toContain(say.askWhichDay('Monday 15 June'));
    const again = joined(await client.user.say('the blue one'));
    expect(again).toContain(say.dayNotCaught);
    expect(again).toContain(say.askWhichDay('Monday 15 June'));
    const moved = await client.user.say('thursday');
    expect(joined(moved)).toContain(say.reviewMoved('Thursday 11 June', true));
    expect(moved.at(-1)).toContain(menuAgainQuestion);
    expect(await client.review()).toEqual(juneDay(11));
  });

  it('keeps help, "talk to my adviser" and cancel working at the day question, and cancel moves nothing', async () => {
    const client = await annsClient();
    await client.user.say('I want to move my review');
    const help = joined(await client.user.say('help'));
    expect(help).toContain(helpMessage);
    expect(help).toContain(say.askWhichDay('Monday 15 June'));
    const adviser = joined(await client.user.say('talk to my adviser'));
    expect(adviser).toMatch(/asked your adviser to get in touch/);
    expect(adviser).toContain(say.askWhichDay('Monday 15 June'));
    expect(joined(await client.user.say('cancel'))).toMatch(/What would you like to do/);
    expect(await client.review()).toEqual(juneDay(15));
  });

  it('asks again for a day more than four weeks after the review, and moves it to the next day said', async () => {
    const client = await annsClient();
    const far = joined(await client.user.say('move my review to 20 august'));
    expect(far).toContain(say.dayTooFar('Monday 13 July'));
    expect(far).toContain(say.whichDay);
    expect(joined(await client.user.say('next tuesday'))).toContain(say.reviewMoved('Tuesday 16 June', true));
  });

  it('moves it where a goal question waits, then asks that question again with nothing kept', async () => {
    const client = await annsClient();
    const question = (await client.user.say('Set a goal')).at(-1)!;
    const replies = await client.user.say('can i move my review to friday');
    expect(joined(replies)).toContain(say.reviewMoved('Friday 12 June', true));
    expect(replies.at(-1)!.endsWith(question.split('\n\n').at(-1)!)).toBe(true);
    expect(await client.review()).toEqual(juneDay(12));
    expect((await client.plans.currentPlan(client.seeded.id))!.goals).toHaveLength(1);
  });
});

describe(`the adviser sees a client's review moved, on ${testProvider}`, () => {
  // Monday 15 June 2026, 9:30am in London.
  const clock = new AdviserClock(new Date('2026-06-15T08:30:00Z'));
  const kit = useAdviserBot(clock);

  it('tells the adviser in her own chat, with the day it had and how to see the plan', async () => {
    const { seeded, toAnn, before } = await priyaWithAReview(kit, clock);
    const replies = joined(await new ChatUser(kit.bot(), { userId: seeded.userId }).say('can i move my review to friday'));
    expect(replies).toContain(say.reviewMoved('Friday 19 June', true));
    expect(toAnn().slice(before)).toEqual([say.clientMovedTheirReview('Priya', 'Monday 22 June', 'Friday 19 June')]);
  });
});
