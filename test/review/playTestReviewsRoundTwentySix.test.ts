// Play-testing reviews and reminders, round twenty-six: scripted clients go through a review (or
// answer a reminder, or type at the menu) the way people type. Each row is what the client typed,
// words the coach must say back, and words it must not. Found this round, and mended:
// - "no I not work in UK yet" at "What went well?" was kept as what went well.
// - "friday" at the back-up plan question was kept as the back-up plan.
// - "will my adviser be angry?" at "What could you do next?" had "Here is my question again", and
//   "is that going to get me in trouble" with the outcome went unanswered.
// - "smaller step maybe" was kept as a step called "Smaller step maybe".
// - "my dad passed away last week" at "What happened?" went on to "How did it feel?" and "What made
//   it hard?", with no word about the loss.
// - "sorry been in hospital, back now" (in a review, and after a reminder): the sorry went unanswered.
// - "No longer needed" went on to "How did it feel?"; "they closed down" there had "That can make
//   things hard" and "What made it hard?".
// - "i'll be away till the 20th" at the menu, with no reminder lately: "didn't catch that".
// - "so I rang them on tuesday and the woman was lovely..." at "How did it go?": "didn't catch that".
import { describe, expect, it } from 'vitest';
import * as reviewSay from '../../src/messages/en/review.ts';
import * as reminderSay from '../../src/messages/en/reminders.ts';
import * as pauseSay from '../../src/messages/en/reminderSwitch.ts';
import * as inWorkSay from '../../src/messages/en/inWork.ts';
import { hardNewsHeard, noNeedForSorry } from '../../src/messages/en/listening.ts';
import { cancelledMessage, helpMessage } from '../../src/messages/en/common.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { clientAfterAReminder, clientAtTheReview, juneDay, MONDAY_8_JUNE, playClient, playRows, type PlayedClient } from './playTestClients.ts';

const AGENCY = 'Ring the agency';
const NOT_CAUGHT = /didn't catch that|did not get|Here is my question again/;


describe(`play-testing reviews and reminders, round twenty-six, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY_8_JUNE);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** A week on, at Monday 15 June's review, "How did it go?" about the agency on screen. */
  const atTheReview = () => clientAtTheReview(bot, clock);
  /** Three days on, the reminders about the agency sent and not answered. */
  const afterAReminder = () => clientAfterAReminder(bot, clock);
  const texts = async (client: PlayedClient) => (await client.items()).map((item) => item.text);

  it('Amira (ESOL): "no I not work in UK yet" at "What went well?" is heard and the question asked again; "friday" is no back-up plan', async () => {
    const client = await atTheReview();
    await playRows(client, [
      ['Done', [reviewSay.askWhatHappened]],
      ['I call them, they say send CV', [reviewSay.askFeelings]],
      ['good', [reviewSay.askWentWell]],
      ['no I not work in UK yet', [reviewSay.notWorkedHereYetHeard, reviewSay.askWentWell], [reviewSay.askDifferently]],
      ['they was kind to me', [reviewSay.askDifferently]],
      ['Nothing', [reviewSay.askNextAfterDone]],
      ['go to job centre friday', [reviewSay.nextStepSaved('Friday 19 June'), reviewSay.askBackupPlan]],
      ['friday', [reviewSay.backupIsNotADay], [reviewSay.backupPlanSaved]],
      ['work in a shop', [reviewSay.backupPlanSaved, reviewSay.askConfidence]],
    ]);
    const history = await client.db.reviewEntry.findMany({ where: { itemLineageId: await client.lineageOf(AGENCY) } });
    expect(history).toMatchObject([{ outcome: 'done', wentWell: 'they was kind to me' }]);
    expect((await client.plans.currentPlan(client.seeded.id))!.backupPlan).toBe('work in a shop');
  });

  it('"friday" twice at the back-up plan: not kept, and the review goes on', async () => {
    const client = await atTheReview();
    for (const answer of ['Done', 'they were nice', 'Skip', 'Nothing', 'No more steps', 'friday']) await client.user.say(answer);
    await playRows(client, [['friday', [reviewSay.askConfidence], [reviewSay.backupPlanSaved]]]);
    expect((await client.plans.currentPlan(client.seeded.id))!.backupPlan).toBe('');
  });

  it('Dean (low literacy) is heard in his own spelling, and his step kept as he said it', async () => {
    const client = await atTheReview();
    await playRows(client, [
      ['not dun', [reviewSay.askWhatHappened]],
      ['didnt no wot to say', [reviewSay.askFeelings]],
      ['bad', [reviewSay.askWhatWasHard]],
      ['fone scary', [reviewSay.askDifferently]],
      ['get my sis to help', [reviewSay.askNextAfterNotDone]],
      ['ring wiv sis', [reviewSay.askWhen]],
      ['tuesday', [reviewSay.nextStepSaved('Tuesday 16 June')], [NOT_CAUGHT]],
    ]);
    expect(await texts(client)).toEqual([AGENCY, 'Ring wiv sis']);
  });

  it('Priya (anxious): her worry about trouble is answered with the outcome and at the next step, and "smaller step maybe" is no step', async () => {
    const client = await atTheReview();
    await playRows(client, [
      ['i didnt do it im so sorry is that going to get me in trouble', [reviewSay.noNeedForSorry, reviewSay.toldOffWorryHeard]],
      ['i just froze', [reviewSay.askDifferently]],
      ['scared', [reviewSay.askNextAfterNotDone]],
      ['will my adviser be angry?', [reviewSay.toldOffWorryHeard, reviewSay.askNextAfterNotDone], [NOT_CAUGHT, reviewSay.askWhen]],
      ['smaller step maybe', [reviewSay.askSmallerStep], [reviewSay.askWhen]],
      ['look up the number', [reviewSay.askWhen]],
      ['tomorrow', [reviewSay.nextStepSaved('Tuesday 16 June')]],
    ]);
    expect(await texts(client)).toEqual([AGENCY, 'Look up the number']);
  });

  it('Sue (grieving): "my dad passed away last week" is met with sorry for her loss, and no questions on how the step felt', async () => {
    const client = await atTheReview();
    await playRows(client, [
      ['Not done', [reviewSay.askWhatHappened]],
      ['my dad passed away last week', [reviewSay.lossHeard, reviewSay.askNextAfterNotDone], [reviewSay.askFeelings, reviewSay.askWhatWasHard, reviewSay.askDifferently]],
      ['no more steps', [reviewSay.encourageStep]],
    ]);
    expect(await texts(client)).toEqual([AGENCY]);
  });

  it('Lee: "No longer needed" is not asked how it felt, and "they closed down" is no hardship to ask about', async () => {
    const client = await atTheReview();
    await playRows(client, [
      ['No longer needed', [reviewSay.askWhatHappened]],
      ['they closed down', [reviewSay.askDifferently], [reviewSay.askFeelings, reviewSay.hardHeard, reviewSay.askWhatWasHard]],
      ['Nothing', [reviewSay.askNextAfterDropped]],
      ['No more steps', [reviewSay.askBackupPlan]],
    ]);
    expect((await client.items()).map((item) => item.status)).toEqual(['dropped']);
  });

  it('Gary (back from hospital), in a review: the news and the sorry are both answered, then the question again', async () => {
    const client = await atTheReview();
    await playRows(client, [['sorry been in hospital, back now', [hardNewsHeard, noNeedForSorry, 'How did it go?']]]);
  });

  it('Gary (back from hospital), after a reminder: the sorry is answered beside "Sorry you have been ill"', async () => {
    const client = await afterAReminder();
    await playRows(client, [
      ['sorry been in hospital, back now', [reminderSay.notDoneHeard.ill, noNeedForSorry, reminderSay.askDayAfterReason]],
      ['next week', [/I have moved it to/]],
    ]);
  });

  it('Kelly (a new job) after a reminder: the job is heard, not the step', async () => {
    const client = await afterAReminder();
    await playRows(client, [['got a job now at asda so dont need this', [inWorkSay.congratulations('Asda')], [reminderSay.markedDone]]]);
  });

  it('Mo (chatty): a story at "How did it go?" is kept as what happened, and how far asked plainly', async () => {
    const client = await atTheReview();
    const story = 'oh god where do i start, so I rang them on tuesday and the woman was lovely and said they have loads of warehouse work coming up before christmas';
    await playRows(client, [
      [story, [reviewSay.storyHeard, '[Done]'], [NOT_CAUGHT, reviewSay.askWhatHappened]],
      ['Done', [reviewSay.askFeelings], [reviewSay.askWhatHappened]],
      ['it felt amazing honestly', [reviewSay.askWentWell]],
      ['they were really friendly', [reviewSay.askDifferently]],
      ['maybe prepare questions', [reviewSay.askNextAfterDone]],
      ['No more steps', [reviewSay.askBackupPlan]],
    ]);
    const history = await client.db.reviewEntry.findMany({ where: { itemLineageId: await client.lineageOf(AGENCY) } });
    expect(history).toMatchObject([{ outcome: 'done', whatHappened: story, feelings: 'it felt amazing honestly' }]);
  });

  it('Tom (terse): "no", "-", "k", "n/a", "nah" and "nope" make no step and no back-up plan', async () => {
    const client = await atTheReview();
    await playRows(client, [
      ['no', [reviewSay.askWhatHappened]],
      ['-', [reviewSay.askFeelings]],
      ['k', [reviewSay.askDifferently]],
      ['n/a', [reviewSay.askNextAfterNotDone]],
      ['nah', [reviewSay.askBackupPlan], [reviewSay.askWhen]],
      ['nope', [reviewSay.askConfidence], [reviewSay.backupPlanSaved]],
    ]);
    expect(await texts(client)).toEqual([AGENCY]);
    expect((await client.plans.currentPlan(client.seeded.id))!.backupPlan).toBe('');
  });

  it('help, "talk to my adviser" and cancel still work where the new words are heard', async () => {
    const client = await atTheReview();
    await playRows(client, [
      ['Done', [reviewSay.askWhatHappened]],
      ['I rang them', [reviewSay.askFeelings]],
      ['ok', [reviewSay.askWentWell]],
      ['no I not work in UK yet', [reviewSay.notWorkedHereYetHeard]],
      ['help', [helpMessage, reviewSay.askWentWell]],
      ['they was kind', [reviewSay.askDifferently]],
      ['Nothing', [reviewSay.askNextAfterDone]],
      ['smaller step maybe', [reviewSay.askSmallerStep]],
      ['talk to my adviser', [/adviser/], [reviewSay.askWhen]],
      ['cancel', [cancelledMessage], [reviewSay.askWhen]],
    ]);
    expect(await client.db.escalation.count({ where: { clientId: client.seeded.id, reason: 'client-asked' } })).toBe(1);
    expect(await texts(client)).toEqual([AGENCY]);
  });

  it('Jo at the menu, no reminder lately: "i\'ll be away till the 20th" is offered the pause', async () => {
    const client = await playClient(bot, clock, [{ text: AGENCY, due: juneDay(30) }], juneDay(29));
    expect(await client.days(1)).toEqual([]);
    await playRows(client, [
      ["i'll be away till the 20th", [pauseSay.timeAwayHeard.away, pauseSay.offerPauseUntil('Saturday 20 June')], [NOT_CAUGHT]],
      ['yes', [pauseSay.pausedUntil('Saturday 20 June')]],
    ]);
    expect((await client.db.client.findUniqueOrThrow({ where: { id: client.seeded.id } })).remindersPausedAt).not.toBeNull();
  });
});
