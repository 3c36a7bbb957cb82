// Play-testing the review's next step, round two. Found, and mended:
// - "yes done" at "What is your next step?" was kept as a step called "Yes done", and news said
//   next ("she said to apply in september") only gave it a day.
// - "next wednesday" at "What could you do next?" became a step called "Next wednesday".
// - "yeah it was ok" at the back-up plan question was kept as the back-up plan.
// - After a reminder, "done it! she said there might be something in september" was marked done and
//   nothing more: the news went unheard and no next step was asked, leaving no step open.
import { describe, expect, it } from 'vitest';
import * as reviewSay from '../../src/messages/en/review.ts';
import * as reminderSay from '../../src/messages/en/reminders.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { clientAfterAReminder, clientAtTheReview, juneDay, MONDAY_8_JUNE, playRows, type PlayedClient } from './playTestClients.ts';

const AGENCY = 'Ring the agency';
const NOT_CAUGHT = /didn't catch that|did not get/;

describe(`play-testing the review's next step, round two, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY_8_JUNE);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const texts = async (client: PlayedClient) => (await client.items()).map((item) => item.text);

  /** At the review, the agency's step done, "What is your next step?" on screen. */
  async function atNextStepAfterDone(): Promise<PlayedClient> {
    const client = await clientAtTheReview(bot, clock);
    await playRows(client, [
      ['done', [reviewSay.askWhatHappened]],
      ['rang them', [reviewSay.askFeelings]],
      ['good', [reviewSay.askWentWell]],
      ['they were nice', [reviewSay.askDifferently]],
      ['nothing', [reviewSay.askNextAfterDone]],
    ]);
    return client;
  }

  it('Ash: "yes done" and news are no step; the step said after is kept', async () => {
    const client = await atNextStepAfterDone();
    await playRows(client, [
      ['yes done', [reviewSay.nodNotAStep], [reviewSay.askWhen]],
      // Heard (here by the listening layer, which answers news first), and the step asked again.
      ['she said to apply in september', [/Thank you/, reviewSay.askNextAfterDone], [reviewSay.askWhen, /added it to your plan/]],
      ['apply for the september job', [reviewSay.askWhen]],
      ['friday', [reviewSay.nextStepSaved('Friday 19 June')]],
    ]);
    expect(await texts(client)).toEqual([AGENCY, 'Apply for the september job']);
  });

  it('Bo: "it went well" is heard; three answers that are no step leave no step', async () => {
    const client = await atNextStepAfterDone();
    await playRows(client, [
      ['it went well', [reviewSay.askNextAfterDone], [reviewSay.askWhen]],
      ['ok done', [reviewSay.nodNotAStep], [reviewSay.askWhen]],
      ['yh done it', [reviewSay.askBackupPlan], [reviewSay.askWhen, /added it to your plan/]],
    ]);
    expect(await texts(client)).toEqual([AGENCY]);
  });

  it('Cal: "next wednesday" at "What is your next step?" keeps the day for the step said next', async () => {
    const client = await atNextStepAfterDone();
    await playRows(client, [
      ['next wednesday', [reviewSay.dayNotAStep], [reviewSay.askWhen, NOT_CAUGHT]],
      ['email the school office', [/I have added it to your plan for Wednesday/], [reviewSay.askWhen]],
    ]);
    expect(await texts(client)).toEqual([AGENCY, 'Email the school office']);
  });

  it('Dee: "next wednesday" at "What could you do next?" is the same step on that day, not a step called "Next wednesday"', async () => {
    const client = await clientAtTheReview(bot, clock);
    await playRows(client, [
      ['not done', [reviewSay.askWhatHappened]],
      ['forgot', [reviewSay.askFeelings]],
      ['nothing', [reviewSay.askDifferently]],
      ['nothing', [reviewSay.askNextAfterNotDone]],
      ['next wednesday', [reviewSay.sameStepAgain(AGENCY), /I have added it to your plan for Wednesday/], [reviewSay.askWhen]],
    ]);
    expect(await texts(client)).not.toContain('Next wednesday');
  });

  it('Eve: "yeah it was ok" at the back-up plan question is not kept as her back-up', async () => {
    const client = await atNextStepAfterDone();
    await playRows(client, [
      ['No more steps', [reviewSay.askBackupPlan]],
      ['yeah it was ok', [reviewSay.backupNotHeard], [reviewSay.backupPlanSaved]],
      ['warehouse work', [reviewSay.backupPlanSaved]],
    ]);
  });

  it('Fay, after a reminder: news said with "done it!" is heard, and with no step left the next step is asked', async () => {
    const client = await clientAfterAReminder(bot, clock);
    await playRows(client, [
      ['done it! she said there might be something in september', [reminderSay.markedDone, reminderSay.newsWithDoneHeard, reviewSay.askNextAfterDone]],
      ['yes done', [reviewSay.nodNotAStep], [reviewSay.askWhen]],
      ['email the school office', [reviewSay.askWhen], [NOT_CAUGHT]],
      ['friday', [reviewSay.nextStepSaved('Friday 12 June')]],
    ]);
    expect(await texts(client)).toEqual([AGENCY, 'Email the school office']);
  });

  it('Hal, after a reminder: a bare "Done" on his last step is only marked done, as before', async () => {
    const client = await clientAfterAReminder(bot, clock);
    await playRows(client, [['Done', [reminderSay.markedDone], [reviewSay.askNextAfterDone, /went wrong/]]]);
  });

  it('Gus, after a reminder: "Done" with another step still open is only marked done', async () => {
    const client = await clientAfterAReminder(bot, clock, [{ text: AGENCY, due: juneDay(10) }, { text: 'Update my CV', due: juneDay(25) }]);
    await playRows(client, [['done it, they said theyll ring me', [reminderSay.markedDone, reminderSay.newsWithDoneHeard], [reviewSay.askNextAfterDone]]]);
  });
});
