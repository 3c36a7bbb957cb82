// Play-testing reviews and reminders, round twenty-seven: ten scripted clients go through a review
// (or answer a reminder, or type at the menu) the way people type. Found this round, and mended:
// - "go to the agency office on thursday to sign up" was still asked "When will you do it?".
// - "yes" at "When do you start?" had "Sorry, I didn't catch that date".
// - "fone scary", "bricking it", "I am afraid of phone" and "shaky" were not heard as feelings, and
//   "anxiety lets me down" at "What would you do differently?" went unanswered.
// - After a reminder, "no fone scary" had the menu's low-mood reply, then "friday" was not caught;
//   a bare "yes" had "didn't catch that".
// - "asap", "yes", "not sure" and "when i can" at "When will you do it?" had "I didn't catch that date".
// - "go in monday" was kept as a step called "Go"; "dunno depends when my mum can watch the kids"
//   was kept as a step.
// - "the line went dead" at "What happened?" had "I am so sorry for your loss", and "annoying",
//   said a question late, was kept as a step called "Annoying".
// - "i rang but got cut off" at "How did it go?" had "didn't catch that".
// - After a reminder, "sorry im rubbish, didnt do it, anxiety been bad" had only the menu's low-mood reply.
// - At the menu, "started my work placement today" and unpaid help had "didn't catch that".
// - "hi sorry my mum died last week" at "How did it go?" had a cheerful "Hi there!" first.
// - "got some shifts through the agency" and "got 2 days work ... thru agency" were not heard as work.
// - "i go back to work next week after being sick" was read as a new job; volunteering at the menu
//   had "didn't catch that", and in a review no word about it.
import { describe, expect, it } from 'vitest';
import * as reviewSay from '../../src/messages/en/review.ts';
import * as inWorkSay from '../../src/messages/en/inWork.ts';
import * as reminderSay from '../../src/messages/en/reminders.ts';
import { hardNewsHeard, noNeedForSorry, reflectGood, startDayAskedAgain } from '../../src/messages/en/listening.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { clientAfterAReminder, clientAtTheReview, juneDay, MONDAY_8_JUNE, playClient, playRows, type PlayedClient } from './playTestClients.ts';

const AGENCY = 'Ring the agency';
const NOT_CAUGHT = /didn't catch that|did not get|Here is my question again/;
const CHEERFUL_HELLO = /Hi there!|Hello again!|Welcome back!/;


describe(`play-testing reviews and reminders, round twenty-seven, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY_8_JUNE);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** A week on, at Monday 15 June's review, "How did it go?" about the agency on screen. */
  const atTheReview = () => clientAtTheReview(bot, clock);
  /** Three days on, the reminders about the agency sent and not answered. */
  const afterAReminder = () => clientAfterAReminder(bot, clock);
  /** At the menu on Monday 8 June, nothing late. */
  const atTheMenu = () => playClient(bot, clock, [{ text: AGENCY, due: juneDay(30) }], juneDay(29));
  const texts = async (client: PlayedClient) => (await client.items()).map((item) => item.text);

  it('Lou: a step said with its day inside ("on thursday to sign up") is kept for that day, not asked "When will you do it?"', async () => {
    const client = await atTheReview();
    await playRows(client, [
      ['done', [reviewSay.askWhatHappened]],
      ['rang them', [reviewSay.askFeelings]],
      ['ok', [reviewSay.askWentWell]],
      ['got an appointment', [reviewSay.askDifferently]],
      ['nothing', [reviewSay.askNextAfterDone]],
      ['go to the agency office on thursday to sign up', [reviewSay.nextStepSaved('Thursday 18 June'), reviewSay.askBackupPlan], [reviewSay.askWhen]],
    ]);
    expect(await texts(client)).toEqual([AGENCY, 'Go to the agency office to sign up']);
  });

  /** At "When will you do it?" about "Ring them", after a step not done. */
  async function atWhenWillYouDoIt(): Promise<PlayedClient> {
    const client = await atTheReview();
    await playRows(client, [
      ['not done', [reviewSay.askWhatHappened]],
      ['forgot', [reviewSay.askFeelings]],
      ['nothing', [reviewSay.askDifferently]],
      ['nothing', [reviewSay.askNextAfterNotDone]],
      ['ring them', [reviewSay.askWhen]],
    ]);
    return client;
  }

  it('Jay: "asap" at "When will you do it?" is heard, with "Tomorrow" to tap, not "didn\'t catch that date"', async () => {
    const client = await atWhenWillYouDoIt();
    await playRows(client, [
      ['asap', [reviewSay.soonHeardAskDay, '[Tomorrow]'], [reviewSay.whenNotCaught]],
      ['Tomorrow', [reviewSay.nextStepSaved('Tuesday 16 June')]],
    ]);
    expect(await texts(client)).toEqual([AGENCY, 'Ring them']);
  });

  it('Jay: a bare "yes" there is asked which day, kindly', async () => {
    const client = await atWhenWillYouDoIt();
    await playRows(client, [
      ['yes', [reviewSay.soonHeardAskDay], [reviewSay.whenNotCaught]],
      ['friday', [reviewSay.nextStepSaved('Friday 19 June')]],
    ]);
  });

  it('Jay: "not sure" and "when i can" there are told any day will do, and can change', async () => {
    const client = await atWhenWillYouDoIt();
    await playRows(client, [
      ['not sure', [reviewSay.noDayYetHeard], [reviewSay.whenNotCaught]],
      ['when i can', [reviewSay.noDayYetHeard], [NOT_CAUGHT]],
      ['Next week', [/I have added it to your plan for/]],
    ]);
  });

  it('Jay: "dunno depends when my mum can watch the kids" is no step', async () => {
    const client = await atTheReview();
    await playRows(client, [
      ['not done', [reviewSay.askWhatHappened]],
      ['forgot', [reviewSay.askFeelings]],
      ['nothing', [reviewSay.askDifferently]],
      ['nothing', [reviewSay.askNextAfterNotDone]],
      ['dunno depends when my mum can watch the kids', [reviewSay.offerNextStepIdeas], [reviewSay.askWhen]],
      ['dunno', [reviewSay.askBackupPlan], [reviewSay.askWhen]],
    ]);
    expect(await texts(client)).toEqual([AGENCY]);
  });

  it('Em: "go in monday" is kept as "Go in" on Monday, not a step called "Go"', async () => {
    const client = await atTheReview();
    await playRows(client, [
      ['DONE!!! they said come in monday for a chat', [reviewSay.askFeelings]],
      ['buzzing', [reviewSay.askWentWell]],
      ['everything', [reviewSay.askDifferently]],
      ['nothing', [reviewSay.askNextAfterDone]],
      ['go in monday', [reviewSay.nextStepSaved('Monday 22 June')]],
    ]);
    expect(await texts(client)).toEqual([AGENCY, 'Go in']);
  });

  it('Kim: "the line went dead" is no loss, and "annoying" a question late is no step', async () => {
    const client = await atTheReview();
    await playRows(client, [
      ['not done', [reviewSay.askWhatHappened]],
      ['the line went dead', [reviewSay.askFeelings], [reviewSay.lossHeard]],
      ['annoying', [reviewSay.askWhatWasHard]],
      ['no signal', [reviewSay.askDifferently]],
      ['nothing', [reviewSay.askNextAfterNotDone]],
      ['annoying', [reviewSay.feelingNotAStep, reviewSay.askNextAfterNotDone], [reviewSay.askWhen]],
      ['annoying', [reviewSay.askBackupPlan], [reviewSay.askWhen]],
    ]);
    expect(await texts(client)).toEqual([AGENCY]);
  });

  it('Kim: "i rang but got cut off" at "How did it go?" is kept as what happened, and how far asked plainly', async () => {
    const client = await atTheReview();
    await playRows(client, [
      ['i rang but got cut off', [reviewSay.storyHeard], [NOT_CAUGHT]],
      ['partly', [reviewSay.askFeelings], [reviewSay.askWhatHappened]],
    ]);
  });

  it('Zoe, after a reminder: "sorry im rubbish, didnt do it, anxiety been bad" is heard as not done, the sorry answered', async () => {
    const client = await afterAReminder();
    await playRows(client, [
      ['sorry im rubbish, didnt do it, anxiety been bad', [reminderSay.notDoneHeard.other, noNeedForSorry, reminderSay.askDayAfterReason], [NOT_CAUGHT]],
      ['monday', [reminderSay.movedTo('Monday 15 June')]],
    ]);
  });

  it('Ben at the menu: a work placement and unpaid help are good news, not "didn\'t catch that"', async () => {
    const client = await atTheMenu();
    await playRows(client, [
      ['started my work placement today', [reflectGood], [NOT_CAUGHT]],
      ['been helping out at my mates garage, not paid', [reflectGood], [NOT_CAUGHT]],
    ]);
  });

  it('Dean (low literacy): "fone scary" and "bricking it" are heard as feelings', async () => {
    const client = await atTheReview();
    await playRows(client, [
      ['not dun', [reviewSay.askWhatHappened]],
      ['fone scary', [reviewSay.hardHeard, reviewSay.askWhatWasHard], [reviewSay.askFeelings]],
      ['bricking it', [reviewSay.hardHeard, reviewSay.askDifferently]],
    ]);
  });

  it('Dean: "anxiety lets me down" at "What would you do differently?" is heard before the next step is asked', async () => {
    const client = await atTheReview();
    await playRows(client, [
      ['not done', [reviewSay.askWhatHappened]],
      ['didnt ring', [reviewSay.askFeelings]],
      ['bad', [reviewSay.askWhatWasHard]],
      ['the phone', [reviewSay.askDifferently]],
      ['anxiety lets me down', [reviewSay.hardFeelingBeforeNextStep, reviewSay.askNextAfterNotDone]],
      ['text them instead', [reviewSay.askWhen]],
    ]);
  });

  it('Dean, after a reminder: "no fone scary" is heard as not done yet, and "friday" moves the step', async () => {
    const client = await afterAReminder();
    await playRows(client, [
      ['no fone scary', [reminderSay.notDoneHeard.other, reminderSay.askDayAfterReason], [NOT_CAUGHT]],
      ['friday', [reminderSay.movedTo('Friday 12 June')], [NOT_CAUGHT]],
    ]);
  });

  it('Kev, after a reminder: a bare "yes" has the step said again with its buttons, not "didn\'t catch that"', async () => {
    const client = await afterAReminder();
    await playRows(client, [
      ['yes', [reminderSay.stepAgain(AGENCY, 'Wednesday 10 June')], [NOT_CAUGHT]],
      ['Done', [reminderSay.markedDone]],
    ]);
  });

  it('Ali (ESOL): "I no do it, I am afraid of phone" is heard as a feeling, and asked what made it hard', async () => {
    const client = await atTheReview();
    await playRows(client, [['I no do it, I am afraid of phone', [reviewSay.hardHeard, reviewSay.askWhatWasHard], [reviewSay.askFeelings]]]);
  });

  it('Mia (ill): "shaky" at "How did it feel?" is a feeling, and what made it hard is still asked', async () => {
    const client = await atTheReview();
    await playRows(client, [
      ['not done', [reviewSay.askWhatHappened]],
      ['i was sick all week', [reviewSay.askFeelings]],
      ['shaky', [reviewSay.askWhatWasHard], [reviewSay.askDifferently]],
    ]);
  });

  it('Sue: "hi sorry my mum died last week" opening the review is met with sorry for her loss, and no cheerful hello', async () => {
    const client = await atTheReview();
    await playRows(client, [['hi sorry my mum died last week', [reviewSay.lossHeard, noNeedForSorry, 'How did it go?'], [CHEERFUL_HELLO, hardNewsHeard]]]);
  });

  it('Nat: "hiya, been a rough week, my nan is in hospital" is met kindly, with no cheerful hello', async () => {
    const client = await atTheReview();
    await playRows(client, [['hiya, been a rough week, my nan is in hospital', [hardNewsHeard, 'How did it go?'], [CHEERFUL_HELLO, reviewSay.storyHeard]]]);
  });

  it('Rob, after a reminder: "got some shifts through the agency" is heard as work', async () => {
    const client = await afterAReminder();
    await playRows(client, [['got some shifts through the agency', [inWorkSay.congratulations(null)], [NOT_CAUGHT]]]);
  });

  it('Tina: "yes" at "When do you start?" is asked kindly for the day, not told the date was not caught', async () => {
    const client = await atTheReview();
    await playRows(client, [
      ['i got a job at tesco', [inWorkSay.congratulations('Tesco'), inWorkSay.askWhen]],
      ['yes', [startDayAskedAgain], [inWorkSay.startDateNotCaught]],
      ['next monday', [/Monday 22 June/]],
    ]);
  });

  it('Pete at the menu: "got 2 days work next week at the warehouse thru agency" is work, at the warehouse', async () => {
    const client = await atTheMenu();
    await playRows(client, [['got 2 days work next week at the warehouse thru agency', [inWorkSay.congratulations('The warehouse')], [NOT_CAUGHT]]]);
  });

  it('Gail at the menu: back at her own job after being sick, and volunteering, are good news, not a new job', async () => {
    const client = await atTheMenu();
    await playRows(client, [
      ['i go back to work next week after being sick', [reflectGood], [inWorkSay.congratulations(null), NOT_CAUGHT]],
      ['i started volunteering at the charity shop', [reflectGood], [NOT_CAUGHT]],
    ]);
  });

  it('Jan: volunteering told at "What happened?" is good news, said so', async () => {
    const client = await atTheReview();
    await playRows(client, [
      ['no longer needed', [reviewSay.askWhatHappened]],
      ['i started volunteering at the food bank instead', [reviewSay.volunteeringHeard, reviewSay.askDifferently]],
      ['nothing', [reviewSay.askNextAfterDropped]],
    ]);
  });
});
