// Play-testing reviews and reminders, round three (December): replies as clients type them in a
// review and after a reminder. Each test names what the client typed and what had happened.
import { describe, expect, it } from 'vitest';
import * as inWorkSay from '../../src/messages/en/inWork.ts';
import * as reviewSay from '../../src/messages/en/review.ts';
import * as pauseSay from '../../src/messages/en/reminderSwitch.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { juneDay, MONDAY_8_JUNE, playClient, clientAtTheReview } from './playTestClients.ts';

const AGENCY = 'Ring the agency';
const CV = 'Update my CV';

describe(`play-testing reviews and reminders, round three, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY_8_JUNE);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** A client a week on, at Monday 15 June's review, with "How did it go?" about the agency on screen. */
  const atTheReview = (steps = [{ text: AGENCY, due: juneDay(10) }]) => clientAtTheReview(bot, clock, steps);
  const pausedAt = async (client: Awaited<ReturnType<typeof playClient>>) =>
    (await client.db.client.findUniqueOrThrow({ where: { id: client.seeded.id } })).remindersPausedAt;

  it('"im in hospital for two weeks" in a review: sorry first, reminders paused until that day, and back on by themselves after it', async () => {
    // Had: "Sorry, I didn't catch that" and "How did it go?" again; reminders went on every day.
    const client = await atTheReview();
    const heard = (await client.user.say('im in hospital for two weeks')).join('\n');
    expect(heard).toContain(pauseSay.timeAwayHeard.hospital);
    expect(heard).toContain(pauseSay.offerPauseUntil('Monday 29 June'));
    const paused = (await client.user.say('yes')).join('\n');
    expect(paused).toContain(pauseSay.pausedUntil('Monday 29 June'));
    expect(paused).toContain(pauseSay.reviewWhenBack);
    expect(await pausedAt(client)).not.toBeNull();
    expect(await client.days(13)).toEqual([]);
    const back = await client.days(2);
    expect(await pausedAt(client)).toBeNull();
    expect(back.length).toBeGreaterThan(0);
  });

  it('a crisis raised while paused keeps reminders paused after the day: the adviser turns them on with the client', async () => {
    const client = await atTheReview();
    await client.user.say('in hospital for 2 weeks');
    await client.user.say('yes');
    await client.db.escalation.create({ data: { clientId: client.seeded.id, reason: 'crisis', urgency: 'urgent', detail: 'test', summary: 'test', openKey: `${client.seeded.id}:crisis` } });
    await client.days(16);
    expect(await pausedAt(client)).not.toBeNull();
  });

  it('"no sorry away for a bit" after the review reminder: a day to start again is asked for, and kept', async () => {
    // Had: "Sorry, I didn't catch that" and the menu.
    const client = await playClient(bot, clock, [{ text: AGENCY, due: juneDay(10) }], juneDay(15));
    await client.days(7);
    const offer = (await client.user.say('no sorry away for a bit')).join('\n');
    expect(offer).toContain(pauseSay.timeAwayHeard.away);
    expect(offer).toContain(pauseSay.offerPauseNoDay);
    expect((await client.user.say('back on the 25th')).join('\n')).toContain(pauseSay.pausedUntil('Thursday 25 June'));
    const resume = await client.db.reminder.findMany({ where: { clientId: client.seeded.id, kind: 'reminders-resume', status: 'pending' } });
    expect(resume).toHaveLength(1);
    // Typed "start reminders" is the client's last word: no day turns them on again by itself.
    await client.user.say('start reminders');
    expect(await pausedAt(client)).toBeNull();
    expect(await client.db.reminder.count({ where: { clientId: client.seeded.id, kind: 'reminders-resume', status: 'pending' } })).toBe(0);
  });

  it('"im not well, off for 2 weeks" at "What happened?", then "no thanks": reminders stay on and the question comes back', async () => {
    const client = await atTheReview();
    await client.user.say('Not done');
    const heard = (await client.user.say('im not well, off for 2 weeks')).join('\n');
    expect(heard).toContain(pauseSay.timeAwayHeard.unwell);
    const kept = (await client.user.say('no thanks')).join('\n');
    expect(kept).toContain(pauseSay.remindersKeptOn);
    expect(kept).toContain(reviewSay.askWhatHappened);
    expect(await pausedAt(client)).toBeNull();
  });

  it('"i was ill last week" is a reason, not time away: no pause is offered', async () => {
    const client = await atTheReview();
    await client.user.say('Not done');
    const replies = (await client.user.say('i was ill last week')).join('\n');
    expect(replies).not.toContain(pauseSay.offerPauseNoDay);
    expect(replies).not.toMatch(/pause your reminders/);
  });

  it('"i started a part time job at tesco 16 hours a week" at "How did it go?" is news of a job, with where', async () => {
    // Had: "How did it feel?", the job kept as what happened to the step, and no job noted.
    const client = await atTheReview();
    const replies = (await client.user.say('i started a part time job at tesco 16 hours a week')).join('\n');
    expect(replies).toContain(inWorkSay.congratulations('Tesco'));
    expect(replies).not.toContain(reviewSay.askFeelings);
    expect(replies).not.toContain(inWorkSay.askWhere);
    expect(replies).toContain(inWorkSay.askWhen);
    await client.user.say(inWorkSay.alreadyStarted);
    expect(await client.db.employment.findMany({ where: { clientId: client.seeded.id } })).toMatchObject([{ employer: 'Tesco' }]);
  });

  it('"try again next week" at "What could you do next?" keeps the step just reviewed, on the new day', async () => {
    // Had: a new step called "Try again".
    const client = await atTheReview();
    for (const answer of ['Not done', 'nobody picked up', 'Not great', 'nobody answered', 'ring earlier in the day']) await client.user.say(answer);
    const kept = (await client.user.say('try again next week')).join('\n');
    expect(kept).toContain(reviewSay.sameStepAgain(AGENCY));
    expect(kept).not.toContain(reviewSay.askWhen);
    const texts = (await client.items()).map((item) => [item.text, item.status]);
    expect(texts).toEqual([[AGENCY, 'not-done'], [AGENCY, 'open']]);
  });

  it('"6" as the back-up plan gets a gentle second chance, and words after it are kept', async () => {
    // Had: "6" saved as the back-up plan.
    const client = await atTheReview();
    for (const answer of ['Done', 'they were nice', 'Skip', 'Nothing', 'No more steps']) await client.user.say(answer);
    const again = (await client.user.say('6')).join('\n');
    expect(again).toContain(reviewSay.backupNeedsWords);
    expect(again).toContain(reviewSay.askBackupPlan);
    expect((await client.user.say('work in a shop')).join('\n')).toContain(reviewSay.backupPlanSaved);
    expect((await client.plans.currentPlan(client.seeded.id))!.backupPlan).toBe('work in a shop');
  });

  it('"6" twice as the back-up plan is not kept, and the review goes on', async () => {
    const client = await atTheReview();
    for (const answer of ['Done', 'they were nice', 'Skip', 'Nothing', 'No more steps', '6']) await client.user.say(answer);
    const on = (await client.user.say('6')).join('\n');
    expect(on).not.toContain(reviewSay.backupPlanSaved);
    expect(on).toContain(reviewSay.askConfidence);
    expect((await client.plans.currentPlan(client.seeded.id))!.backupPlan).toBe('');
  });

  it('"7" at "What is your next step?" is asked again for words, not kept as a step', async () => {
    const client = await atTheReview();
    for (const answer of ['Done', 'they were nice', 'Skip', 'Nothing']) await client.user.say(answer);
    expect((await client.user.say('7')).join('\n')).toContain(reviewSay.stepNeedsWords);
    expect((await client.user.say('7')).join('\n')).not.toContain(reviewSay.askWhen);
    expect((await client.items()).map((item) => item.text)).toEqual([AGENCY]);
  });

  it('"idk what to do next" after the ideas is no step: not kept, and no day asked for', async () => {
    // Had: a step called "Idk what to do next", and "When will you do it?".
    const client = await atTheReview();
    for (const answer of ['Not done', 'nah didnt', 'idk', 'idk', 'idk']) await client.user.say(answer);
    expect((await client.user.say('idk what to do next')).join('\n')).not.toContain(reviewSay.askWhen);
    expect((await client.items()).map((item) => item.text)).toEqual([AGENCY]);
  });

  it('two steps due, "Not done" and "im scared of phones": the fear is heard before the next question', async () => {
    // Had: "What made it hard?" straight after, as if not read.
    const client = await atTheReview([{ text: AGENCY, due: juneDay(10) }, { text: CV, due: juneDay(11) }]);
    await client.user.say('Not done');
    const heard = (await client.user.say('im scared of phones')).join('\n');
    expect(heard).toContain(reviewSay.hardHeard);
  });
});
