// A client moving their own review, play-testing round two (December), over HTTP on the database
// under test: a day too soon or at a weekend was kept with no check ("can we do tuesday" with the
// review on Monday 15 June went to Tuesday 9 June, tomorrow); "any day except monday" took Monday;
// "actually never mind" was read as good news. Now such a day is said back for a Yes, a day ruled
// out is never taken, and "never mind" leaves the review as it is.
import { describe, expect, it } from 'vitest';
import { AdviserRepository } from '../../src/db/advisers.ts';
import * as say from '../../src/messages/en/reviewMove.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { juneDay, MONDAY_8_JUNE, playClient } from '../review/playTestClients.ts';

const joined = (replies: string[]) => replies.join('\n');

describe(`a client's review move checked before it is kept, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY_8_JUNE);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** Ann's client at the menu on Monday 8 June, review Monday 15 June. */
  async function annsClient(reviewDay = 15) {
    const client = await playClient(bot, clock, [{ text: 'Ring the agency', due: juneDay(10) }], juneDay(reviewDay));
    const ann = await new AdviserRepository(client.db).register({ name: 'Ann', inviteCode: `ANN${Math.floor(Math.random() * 1e6)}` });
    await client.db.client.update({ where: { id: client.seeded.id }, data: { adviserId: ann.id } });
    const review = async () => (await client.plans.currentPlan(client.seeded.id))!.nextReviewAt;
    return { ...client, review };
  }

  it('reads "can we do tuesday" as the Tuesday after the review, said back; a typed yes keeps it', async () => {
    const client = await annsClient();
    await client.user.say('I want to move my review');
    expect(joined(await client.user.say('can we do tuesday'))).toContain(say.doYouMean('Tuesday 16 June', 'after-review'));
    expect(await client.review()).toEqual(juneDay(15));
    expect(joined(await client.user.say('yeah'))).toContain(say.reviewMoved('Tuesday 16 June', true));
    expect(await client.review()).toEqual(juneDay(16));
  });

  it('says a weekend day back; "no" asks the day again and nothing is kept', async () => {
    const client = await annsClient();
    expect(joined(await client.user.say('can i move my review to saturday'))).toContain(say.doYouMean('Saturday 13 June', 'weekend'));
    expect(joined(await client.user.say('no'))).toContain(say.whichDay);
    expect(await client.review()).toEqual(juneDay(15));
    expect(joined(await client.user.say('friday'))).toContain(say.reviewMoved('Friday 12 June', true));
  });

  it('says tomorrow back before it is kept', async () => {
    const client = await annsClient();
    expect(joined(await client.user.say('move my review to tomorrow'))).toContain(say.doYouMean('Tuesday 9 June', 'soon'));
    expect(await client.review()).toEqual(juneDay(15));
  });

  it('never takes a day after "except", and "actually never mind" leaves the review as it is', async () => {
    const client = await annsClient();
    await client.user.say('I want to move my review');
    const except = joined(await client.user.say('any day except monday'));
    expect(except).toContain(say.whichOtherDay);
    expect(except).not.toMatch(/Done|Do you mean/);
    const left = joined(await client.user.say('actually never mind'));
    expect(left).toContain(say.moveLeft('Monday 15 June'));
    expect(left).not.toMatch(/good news|great|well done/i);
    expect(await client.review()).toEqual(juneDay(15));
  });

  it('moves it for a wish with a reason in the middle, and for "clashes with a job interview can we move it"', async () => {
    const client = await annsClient();
    const reason = joined(await client.user.say('I can not come to review on monday, my son is sick, is possible thursday?'));
    expect(reason).toContain(say.reviewMoved('Thursday 11 June', true));
    const clash = joined(await client.user.say('my review clashes with a job interview can we move it'));
    expect(clash).toContain(say.askWhichDay('Thursday 11 June'));
    expect(clash).not.toMatch(/Good luck with your interview/);
  });

  it('reads "cant do thurs can we do next tues" as a move only when the review is on a Thursday', async () => {
    const thursday = await annsClient(11);
    const moved = joined(await thursday.user.say('cant do thurs can we do next tues'));
    expect(moved).toContain(say.reviewMoved('Tuesday 16 June', true));
    expect(await thursday.review()).toEqual(juneDay(16));
    const monday = await annsClient(15);
    expect(joined(await monday.user.say('i cant make thursday'))).not.toMatch(/Your review is on|Which day would suit|Done\. Your review/);
    expect(await monday.review()).toEqual(juneDay(15));
    expect(joined(await monday.user.say('i cant make monday'))).toContain(say.askWhichDay('Monday 15 June'));
  });

  it('never takes a day ruled out in the wish itself', async () => {
    const client = await annsClient();
    const replies = joined(await client.user.say('can i move my review to any day except monday'));
    expect(replies).toContain(say.askWhichDay('Monday 15 June'));
    expect(await client.review()).toEqual(juneDay(15));
  });
});
