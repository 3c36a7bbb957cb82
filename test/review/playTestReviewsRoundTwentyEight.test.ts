// Play-testing reviews and the menu, round twenty-eight: twenty-six scripted clients (people new to
// English, text-speak, older people, angry and unsure clients) tell news of work at the menu and in
// reviews, and say what worries them. Found this round, and mended:
// - "i have job now thank you" at the menu had only "You are welcome."; "I have job in factory now"
//   and "been took on at the factory" were not heard as a job either.
// - "my contract got extended" and "they kept me on another 3 months" had "didn't catch that": being
//   kept on is glad news, and no new job.
//   Said with something not good ("but i hate it") it is not met with "great news"; with trouble at
//   work it is passed on, as at a check-in.
// - "doing a bit of cash in hand at my mates garage" had "didn't catch that": it is heard without
//   judgement, and the adviser offered to talk it through; nothing is decided.
// - "what if they shout at me?" at "What made it hard?" had the help numbers ("shout" read as the
//   text line's name): a worry about how people will treat them is answered kindly, kept as what
//   was hard, and the review goes on.
// - "can you help me find a job" at the menu had "Here is my question again": it starts a goal.
// Left for its owner: said just after the adviser is offered (src/bot/concernOffer.ts), it is still
// met with "OK. Your adviser is there if you want them." and the request dropped.
import { describe, expect, it } from 'vitest';
import * as reviewSay from '../../src/messages/en/review.ts';
import * as inWorkSay from '../../src/messages/en/inWork.ts';
import { cashWorkHeard, keptOnHeard, keptOnMixedHeard } from '../../src/messages/en/jobNewsHeard.ts';
import { treatedBadlyWorryHeard } from '../../src/messages/en/reviewWorries.ts';
import { cashWorkAsked } from '../../src/messages/en/specialist.ts';
import { askWhatToWorkOn } from '../../src/messages/en/smartGoal.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { clientAtTheReview, juneDay, MONDAY_8_JUNE, playClient, playRows, type PlayedClient } from './playTestClients.ts';

const AGENCY = 'Ring the agency';
const NOT_CAUGHT = /didn't catch that|did not get|Here is my question again/;
// With the place or without it: "Well done on getting a job" or "Well done on the job at ...".
const NEW_JOB = /That is brilliant news! Well done on (?:getting a job|the job at)/;
const HELP_NUMBERS = /Samaritans|116 123|85258/;
// Nothing about work paid in cash is judged or decided here.
const JUDGED = /sanction|fraud|illegal|report|declare|trouble|must tell|have to tell/i;

describe(`play-testing reviews and the menu, round twenty-eight, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY_8_JUNE);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** At the menu on Monday 8 June, nothing late. */
  const atTheMenu = () => playClient(bot, clock, [{ text: AGENCY, due: juneDay(30) }], juneDay(29));
  /** A week on, at Monday 15 June's review, "How did it go?" about the agency on screen. */
  const atTheReview = () => clientAtTheReview(bot, clock);
  const texts = async (client: PlayedClient) => (await client.items()).map((item) => item.text);

  /** At "What made it hard?" about the agency, not done. */
  async function atWhatMadeItHard(): Promise<PlayedClient> {
    const client = await atTheReview();
    await playRows(client, [
      ['not done', [reviewSay.askWhatHappened]],
      ['didnt ring', [reviewSay.askFeelings]],
      ['bad', [reviewSay.askWhatWasHard]],
    ]);
    return client;
  }

  describe('news of a new job at the menu', () => {
    it.each([
      ['Amira (new to English)', 'i have job now thank you'],
      ['Tomasz (new to English)', 'I have job in factory now'],
      ['Jade (text-speak)', 'gt a jb now ty'],
      ['Wayne (angry)', 'finally got a job lol no thanks to the job centre'],
      ['Shaz (unsure)', 'i got the job but im terrified'],
      ['Gaz', 'been took on at the factory'],
    ])('%s: "%s" is congratulated, and asked about the job', async (_, typed) => {
      const client = await atTheMenu();
      await playRows(client, [[typed, [NEW_JOB, /Where is the job\?|When do you start\?/], ['You are welcome', NOT_CAUGHT]]]);
    });

    it('Derek (older): a long formal sentence with the place in it is congratulated, and asked the start day', async () => {
      const client = await atTheMenu();
      await playRows(client, [['I am pleased to say I have been offered a job at the Library and I have accepted it.', [/Well done on the job at the Library\./i, inWorkSay.askWhen]]]);
    });

    it('Mo (new to English): "i want job in hotel" is a wish, not a job', async () => {
      const client = await atTheMenu();
      await playRows(client, [['i want job in hotel', [], [NEW_JOB]]]);
    });
  });

  describe('kept on at a job they have', () => {
    it.each([
      ['Pat (older)', 'my contract got extended'],
      ['Gaz', 'they kept me on another 3 months'],
      ['Lou (text-speak)', 'temp contract extended again!!'],
      ['Roz', 'they have made me permanent'],
    ])('%s: "%s" is glad news, not a new job and not "didn\'t catch that"', async (_, typed) => {
      const client = await atTheMenu();
      await playRows(client, [[typed, [keptOnHeard], [NOT_CAUGHT, NEW_JOB]]]);
      expect(await texts(client)).toEqual([AGENCY]);
    });

    it('Tina (fed up): "they kept me on but i hate it" is not met with "great news"', async () => {
      const client = await atTheMenu();
      await playRows(client, [['they kept me on but i hate it', [keptOnMixedHeard], [keptOnHeard, NOT_CAUGHT]]]);
    });

    it('Steve (angry): "they kept me on but the boss keeps shouting at me" is trouble at work, passed on', async () => {
      const client = await atTheMenu();
      await playRows(client, [['they kept me on but the boss keeps shouting at me', [inWorkSay.sorryItIsHard, inWorkSay.problemPassedOn], [keptOnHeard, HELP_NUMBERS]]]);
    });

    it('Bev: "my phone contract got extended" is no news of work', async () => {
      const client = await atTheMenu();
      await playRows(client, [['my phone contract got extended', [], [keptOnHeard, NEW_JOB]]]);
    });

    it('Pete at a review: "they kept me on at the shop so no time" at "What happened?" is glad news, and the review goes on', async () => {
      const client = await atTheReview();
      await playRows(client, [
        ['not done', [reviewSay.askWhatHappened]],
        ['they kept me on at the shop so no time', [keptOnHeard, reviewSay.askFeelings], [NEW_JOB]],
      ]);
    });
  });

  describe('work paid cash in hand', () => {
    it.each([
      ['Dean', 'doing a bit of cash in hand at my mates garage'],
      ['Kaz (text-speak)', 'been doin cash in hand at a car wash'],
      ['Olu (new to English)', 'i work cash in hand at the takeaway on fridays'],
    ])('%s: "%s" is heard kindly, with the adviser offered, and nothing judged', async (_, typed) => {
      const client = await atTheMenu();
      await playRows(client, [[typed, [cashWorkHeard], [NOT_CAUGHT, NEW_JOB, JUDGED]]]);
    });

    it('Ray: "is cash in hand work allowed?" is a question, answered as one', async () => {
      const client = await atTheMenu();
      await playRows(client, [['is cash in hand work allowed?', [cashWorkAsked], [cashWorkHeard]]]);
    });

    it('Dean at a review: "did a bit of cash in hand instead" at "What happened?" is heard the same way', async () => {
      const client = await atTheReview();
      await playRows(client, [
        ['not done', [reviewSay.askWhatHappened]],
        ['did a bit of cash in hand instead', [cashWorkHeard, reviewSay.askFeelings], [JUDGED]],
      ]);
    });
  });

  describe('a worry about how people will treat them, in a review', () => {
    it.each([
      ['Sue (anxious)', 'what if they shout at me?'],
      ['Ali (new to English)', 'wat if the manager is rude to me'],
      ['Chloe (text-speak)', 'wot if they laff at me'],
    ])('%s: "%s" at "What made it hard?" is answered kindly, and the review goes on', async (_, typed) => {
      const client = await atWhatMadeItHard();
      await playRows(client, [
        [typed, [treatedBadlyWorryHeard, reviewSay.askDifferently], [HELP_NUMBERS, reviewSay.askWhatWasHard]],
        ['practise with my mum first', [reviewSay.askNextAfterNotDone]],
      ]);
    });

    it('Sam: "whats the shout number" there still gets the help numbers', async () => {
      const client = await atWhatMadeItHard();
      await playRows(client, [['whats the shout number', [HELP_NUMBERS, reviewSay.askWhatWasHard], [treatedBadlyWorryHeard]]]);
    });
  });

  it('Nadia (new to English): "i have job now thank you" at "How did it go?" starts in-work support', async () => {
    const client = await atTheReview();
    await playRows(client, [['i have job now thank you', [NEW_JOB], ['You are welcome', NOT_CAUGHT]]]);
  });

  it('Lee: "can you help me find a job" at the menu starts a goal, not "Here is my question again"', async () => {
    const client = await atTheMenu();
    await playRows(client, [['can you help me find a job', [askWhatToWorkOn['warm-guided']], [NOT_CAUGHT]]]);
  });
});
