// Play-testing, round thirteen: clients played from scripts (test/plan/playScript.ts). Each test
// fails without its mend.
// - "no that is all thank you" at "Is there one more job?" had "You are welcome." and the question
//   again; "no that is all" and "no thats all thanks" had been kept as a job.
// - "yes thats fine as long as my ex cant see it lol" at consent had "Sorry, I didn't catch that".
// - "never had a job im 17 i just left school" at "What went well?" had been kept as what went well.
// - "Is it too late at my age?" after a reason had "Sorry, I was not clear" and no answer.
// - "start the job at tesco on monday but im scared ill mess it up" was kept whole as the goal, the
//   worry never answered; "start my new job but im scared ill mess it up" had the low-mood reply
//   for people looking for work, and no goal.
// - "tuesday, no wait wednesday, i have the little one on tuesdays" was kept as Tuesday.
// - A client who only taps buttons met "What happened?" and "What went well?" in a review with no
//   button to answer with.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { parseAssessmentAnswer } from '../../src/domain/assessmentAnswers.ts';
import { questionById } from '../../src/domain/assessmentQuestions.ts';
import { asksWhoSeesAnswers, consentQuestionOf } from '../../src/domain/benefitWorries.ts';
import { asksAboutTheirAge, goalBeforeAWorry, saysTheyHaveNeverWorked } from '../../src/domain/workHistoryWords.ts';
import { parseDueDate } from '../../src/domain/dates.ts';
import { testProvider } from '../support/testDatabase.ts';
import { consentAndLink } from '../journey/journey.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const joined = (replies: string[]) => replies.join('\n');

describe('no more jobs, said with thanks', () => {
  it.each(['no that is all thank you', 'no thats all thanks', 'no that is all', 'thats all thanks', 'no thank you thats all', 'nah thats it cheers', 'thats everything thanks'])(
    '%j at "one more job?" is no more jobs, never a job',
    (text) => {
      expect(parseAssessmentAnswer(questionById('second-job'), text)).toEqual({ kind: 'text', value: null });
      expect(parseAssessmentAnswer(questionById('third-job'), text)).toEqual({ kind: 'text', value: null });
    },
  );

  it.each(['bar work', 'shop work thanks', 'no idea, maybe driving'])('%j is not read as no more jobs', (text) => {
    expect(parseAssessmentAnswer(questionById('second-job'), text)).not.toEqual({ kind: 'text', value: null });
  });
});

describe('who sees it, asked as a condition at consent', () => {
  it.each([
    'yes thats fine as long as my ex cant see it lol',
    'ok as long as my ex cant see it',
    'yes if my family wont see it',
    'fine as long as nobody else sees it',
    'ok but my boss cant see this right',
    'can my ex see it',
  ])('%j asks who sees it', (text) => {
    expect(asksWhoSeesAnswers(text) || consentQuestionOf(text) === 'who-sees').toBe(true);
  });

  it.each(['yes thats fine', 'ok go on', 'yes as long as it helps'])('%j does not', (text) => {
    expect(asksWhoSeesAnswers(text)).toBe(false);
  });
});

describe('never worked, and age worries', () => {
  it.each(['never had a job im 17 i just left school', 'ive never worked', 'i havent had a job', 'nothing, never had a job', 'i have never had a job before', 'never worked in my life'])(
    '%j says they have never worked',
    (text) => {
      expect(saysTheyHaveNeverWorked(text)).toBe(true);
    },
  );

  it.each(['helped at my uncles car wash', 'i never had a problem with the work', 'serving customers', 'never late, always on time'])('%j does not', (text) => {
    expect(saysTheyHaveNeverWorked(text)).toBe(false);
  });

  it.each([
    ['I was good at it and I like being organised. Is it too late at my age?', 'old'],
    ['am i too old for this', 'old'],
    ['will they want someone my age, im 58', 'old'],
    ['im 61 is that too old?', 'old'],
    ['am i too young, im only 17', 'young'],
    ['will anyone hire me at 16?', 'young'],
  ])('%j asks about their age', (text, which) => {
    expect(asksAboutTheirAge(text)).toBe(which);
  });

  it.each(['my son is 17', 'i am 58', 'i worked there 22 years', 'old people home, care work'])('%j does not', (text) => {
    expect(asksAboutTheirAge(text)).toBeNull();
  });
});

describe('a day taken back for another in the same message', () => {
  const at = { now: MONDAY, timeZone: 'Europe/London' };
  // Days as midnight in London (an hour before, in UTC, in June).
  it.each([
    ['tuesday, no wait wednesday, i have the little one on tuesdays', '2026-06-09T23:00:00.000Z'],
    ['tuesday no wait wednesday', '2026-06-09T23:00:00.000Z'],
    ['friday actually no monday', '2026-06-14T23:00:00.000Z'],
    ['thursday, no sorry friday', '2026-06-11T23:00:00.000Z'],
    ['wednesday, no wait, thursday', '2026-06-10T23:00:00.000Z'],
    ['tuesday.. no wednesday', '2026-06-09T23:00:00.000Z'],
  ])('%j is the second day', (text, day) => {
    expect(parseDueDate(text, at)?.toISOString()).toBe(day);
  });

  it.each([
    ['friday', '2026-06-11T23:00:00.000Z'],
    ['not friday, monday', '2026-06-14T23:00:00.000Z'],
    ['friday no later', '2026-06-11T23:00:00.000Z'],
  ])('%j is read as before', (text, day) => {
    expect(parseDueDate(text, at)?.toISOString()).toBe(day);
  });
});

describe('a goal said with a worry after it', () => {
  it.each([
    ['start the job at tesco on monday but im scared ill mess it up', 'start the job at tesco on monday'],
    ['start my new job but im scared ill mess it up', 'start my new job'],
    ['go to the interview, im really nervous tho', 'go to the interview'],
    ['get a job in a school but i am worried about childcare', 'get a job in a school'],
    ['learn to drive and im a bit anxious about it', 'learn to drive'],
  ])('%j keeps the goal and hears the worry', (text, goal) => {
    expect(goalBeforeAWorry(text)?.goal).toBe(goal);
  });

  it.each(['im scared', 'get a job', 'help scared people', 'work with nervous dogs', 'im worried i wont get a job'])('%j is not a goal with a worry', (text) => {
    expect(goalBeforeAWorry(text)).toBeNull();
  });
});

describe(`play-testing round thirteen, in conversation, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const db = () => bot.app.database.db;

  async function profileOf(user: ChatUser) {
    const client = await db().client.findFirstOrThrow({ where: { userKey: `emulator:${user.userId}` } });
    return (await new ProfileRepository(db()).loadProgress(client.id)).profile;
  }

  async function atAnotherJob() {
    clock.current = new Date(MONDAY);
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Margaret', code: "I don't have one" });
    await user.say('school secretary');
    expect(joined(await user.say('i like being organised'))).toMatch(/Is there another job you would like too\?/);
    return user;
  }

  it('"no that is all thank you" at "one more job?" moves on, and keeps no job', async () => {
    const user = await atAnotherJob();
    await user.say('receptionist');
    const replies = joined(await user.say('no that is all thank you'));
    expect(replies).not.toMatch(/You are welcome\./);
    expect(replies).toMatch(/Step 2 of 8/);
    expect((await profileOf(user)).jobGoals.map((goal) => goal.title)).toEqual(['School secretary', 'Receptionist']);
  });

  it('"no thats all thanks" at "another job?" keeps no job called that', async () => {
    const user = await atAnotherJob();
    expect(joined(await user.say('no thats all thanks'))).toMatch(/Step 2 of 8/);
    expect((await profileOf(user)).jobGoals.map((goal) => goal.title)).toEqual(['School secretary']);
  });

  it('answers who sees it when consent is given on a condition, and asks again', async () => {
    clock.current = new Date(MONDAY);
    const user = new ChatUser(bot);
    await user.say('hi there');
    const replies = joined(await user.say('yes thats fine as long as my ex cant see it lol'));
    expect(replies).not.toMatch(/didn't catch/);
    expect(replies).toMatch(/Nobody else can\./);
    expect(replies).toMatch(/Is it OK for me to keep your answers\?/);
    expect(joined(await user.say('yes'))).toMatch(/What would you like me to call you\?/);
  });

  it('does not keep "never had a job" as what went well, and says any task counts', async () => {
    const user = await atAnotherJob();
    await user.say("No, that's all");
    expect(joined(await user.say('No'))).toMatch(/What went well\?/);
    const replies = joined(await user.say('never had a job im 17 i just left school'));
    expect(replies).toMatch(/That is OK\. It does not have to be a paid job\./);
    expect(replies).toMatch(/What went well\?/);
    expect(replies).not.toMatch(/what did not go so well/);
    expect((await profileOf(user)).workHistory.wentWell ?? null).toBeNull();
    expect(joined(await user.say('helped at my uncles car wash, got tips'))).toMatch(/what did not go so well\?/);
    expect((await profileOf(user)).workHistory.wentWell).toBe('helped at my uncles car wash, got tips');
  });

  it('answers "is it too late at my age?" and asks the reason again', async () => {
    clock.current = new Date(MONDAY);
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Margaret', code: "I don't have one" });
    await user.say('school secretary');
    const replies = joined(await user.say('I was good at it and I like being organised. Is it too late at my age?'));
    expect(replies).toMatch(/It is not too late\./);
    expect(replies).not.toMatch(/Sorry, I was not clear/);
    expect(replies).toMatch(/What makes you want that job\?/);
  });

  it('offers a Skip button at the review questions that had none, and keeps no "Skip" as the answer', async () => {
    clock.current = new Date(MONDAY);
    const seeded = await seedReadyClient(db(), { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('Get a job');
    await user.say('Look at 2 job adverts');
    await user.say('Friday');
    await user.say('7');
    await user.say('Cleaner');
    await user.say('Yes');
    await user.say('I agree to this plan');
    clock.current = new Date(MONDAY.getTime() + 7 * 24 * 60 * 60 * 1000);
    expect(joined(await user.say('Review my plan'))).toMatch(/How did it go\?/);
    const happened = joined(await user.say('Done'));
    expect(happened).toMatch(/What happened\? A few words is fine\.\s*\[Skip\]/);
    expect(joined(await user.say('Skip'))).toMatch(/How did it feel\?/);
    expect(joined(await user.say('Good'))).toMatch(/What went well\?\s*\[Skip\]/);
    expect(joined(await user.say('Skip'))).toMatch(/What would you do differently/);
  });

  it.each([
    ['start the job at tesco on monday but im scared ill mess it up', 'Start the job at tesco'],
    ['start my new job but im scared ill mess it up', 'Start my new job'],
  ])('keeps %j as the goal without the worry, and answers the worry first', async (said, goal) => {
    clock.current = new Date(MONDAY);
    const seeded = await seedReadyClient(db(), { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    const replies = joined(await user.say(said));
    expect(replies).toMatch(/It is normal to feel nervous about that\./);
    expect(replies).not.toMatch(/Looking for work can wear anyone down|That sounds (?:really )?hard/);
    await user.say('ring them to ask what to wear');
    await user.say('tomorrow');
    await user.say('9');
    const readBack = joined(await user.say('Cleaner'));
    expect(readBack).toContain(`"${goal}"`);
    expect(readBack).not.toMatch(/scared/);
  });
});
