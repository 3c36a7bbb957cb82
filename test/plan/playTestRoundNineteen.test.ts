// Play-testing, round nineteen: what round eighteen left, then four new clients played from scripts
// (test/plan/playScript.ts): a Deaf man of 58 whose first language is BSL and who writes short
// English, a woman of 19 who types in bursts with emoji, a single mother who can only work school
// hours and dictates her answers, and a man of 34 leaving the army who answers in forces words.
// Each test fails without its mend.
// Left from round eighteen:
// - "tak" and "nie" (Polish yes and no) were not understood at yes/no questions; "Nie" at the name
//   question was greeted "Nice to meet you, Nie."
// - "I like quiet places", "Set a goal" and "agree" at the job question were kept as jobs.
// - "no thats all sorry" was kept as the reason for the job.
// - "sorry I dont have one, is that ok?" at the code question had what a code is, again.
// Found this round:
// - "hello. me deaf. english second language. ok?" at consent had "Sorry, I didn't catch that";
//   "need interpreter BSL meeting" had "Good luck with your interview!".
// - "name Dennis" was greeted "Nice to meet you, Name Dennis."; "yh" as "Yh"; "Kayla 😊" was asked
//   to type just a first name.
// - "me want work. warehouse before 20 year. now finish" kept three jobs: "Me want work",
//   "Warehouse" and "Finish".
// - "work in a school as a dinner lady or teaching assistant something like that" kept "School as a
//   dinner lady" and "Teaching assistant something like that"; "nails or like beauty" kept "Like beauty".
// - "hi yes that's fine" and "Roger that" at consent had "Sorry, I didn't catch that".
// - "yes english written ok but not perfect" at "Speaking or reading English" was asked again.
// - "hi sorry been busy with the kids" had "Sorry, I didn't catch that".
// - "hiii" at "Which job does this help you with?" was taken as "Not sure"; "ye" there had
//   "didn't catch that" where "yes" is asked to pick one.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { parseYesNo } from '../../src/domain/answers.ts';
import { nameFrom } from '../../src/domain/nameWords.ts';
import { pointsAtAJob, readJobsWanted } from '../../src/domain/jobWanted.ts';
import { workplaceSaid } from '../../src/domain/workplaceWords.ts';
import { parseAssessmentAnswer } from '../../src/domain/assessmentAnswers.ts';
import { questionById } from '../../src/domain/assessmentQuestions.ts';
import { asksIfNoCodeIsOk, saysNoCode } from '../../src/domain/inviteCodeWords.ts';
import { tellsOfAHearingNeed } from '../../src/domain/communicationNeeds.ts';
import { saysHelloComingBack } from '../../src/domain/comingBack.ts';
import { readBarrierAnswer } from '../../src/domain/barrierTopics.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { joined } from '../journey/journey.ts';
import { seedReadyClient } from './planTestBot.ts';

describe('yes and no, names, jobs, a place, a code, a hearing need and a hello, as typed', () => {
  it.each([
    ['tak', 'yes'], ['Tak', 'yes'], ['nie', 'no'], ['Nie', 'no'], ['nie dziękuję', 'no'],
    ["hi yes that's fine", 'yes'], ['hello no thanks', 'no'], ['Roger that', 'yes'], ['affirmative', 'yes'], ['negative', 'no'],
  ])('%j is %j', (text, answer) => {
    expect(parseYesNo(text)).toBe(answer);
  });

  it('takes a hello before a yes or no as no answer of its own', () => {
    expect(parseYesNo("hi yes that's fine")).toBe('yes');
    for (const text of ['hi', 'hello', 'hi there']) expect(parseYesNo(text)).toBeNull();
  });

  it.each([
    ['name Dennis', 'Dennis'], ['Kayla 😊', 'Kayla'], ['its kayla x 💅🏽', 'Kayla'], ['yh', null], ['tak', null],
  ])('%j gives the name %j', (text, name) => {
    expect(nameFrom(text)).toBe(name);
  });

  it.each(['agree', 'I agree', 'Set a goal', 'work', 'now finish', 'thats all'])('%j is no job', (text) => {
    expect(readJobsWanted(text)).toEqual({ kind: 'not-a-job' });
  });

  it.each([
    ['me want work. warehouse before 20 year. now finish', ['Warehouse']],
    ["I'd like to work in a school as a dinner lady or teaching assistant something like that", ['Dinner lady in a school', 'Teaching assistant']],
    ['nails 💅 or like beauty', ['Nails', 'Beauty']],
    ['work at a hotel as a cleaner', ['Cleaner at a hotel']],
  ])('%j keeps the jobs %j', (text, titles) => {
    expect(readJobsWanted(text)).toEqual({ kind: 'jobs', titles });
  });

  it.each([['I like quiet places'], ['somewhere quiet'], ['a small friendly team']])('%j is a kind of place, at the job question', (text) => {
    expect(workplaceSaid(text)).toBe(text);
    expect(parseAssessmentAnswer(questionById('first-job'), text)).toEqual({ kind: 'workplace-said', value: text });
  });

  it('takes no job as a place', () => {
    expect(workplaceSaid('somewhere quiet')).toBe('somewhere quiet');
    for (const text of ['quiet kitchen work', 'warehouse', 'outdoors', 'somewhere near home in a shop']) expect(workplaceSaid(text)).toBeNull();
  });

  it.each(['no thats all sorry', 'sorry no thats all', 'no thats all thanks'])('%j is no reason for the job', (text) => {
    expect(parseAssessmentAnswer(questionById('first-job-reason'), text)).toEqual({ kind: 'text', value: null });
  });

  it.each(['sorry I dont have one, is that ok?', 'i havent got one is that alright', 'no code, does that matter?'])('%j is no code, and a worry', (text) => {
    expect(asksIfNoCodeIsOk(text)).toBe(true);
  });

  it('hears the worry only with a no code, which is still a no code without it', () => {
    expect(asksIfNoCodeIsOk('i havent got one, is it a problem?')).toBe(true);
    for (const text of ['what is a code?', 'is that ok?', 'K7P4QX is that ok?']) expect(asksIfNoCodeIsOk(text)).toBe(false);
    expect(saysNoCode('sorry I dont have one')).toBe(true);
  });

  it.each(['hello. me deaf. english second language. ok?', 'need interpreter BSL meeting', 'I am hard of hearing', 'phone problem, me cannot hear'])('%j tells of a hearing need', (text) => {
    expect(tellsOfAHearingNeed(text)).toBe(true);
    for (const other of ['did not hear back from them', 'cant hear back till monday', 'no news']) expect(tellsOfAHearingNeed(other)).toBe(false);
  });

  it.each(['hi sorry been busy with the kids', 'hiii', 'heyyy im back'])('%j is a hello, coming back', (text) => {
    expect(saysHelloComingBack(text)).toBe(true);
  });

  it('keeps "yes english written ok but not perfect" as a yes with its words', () => {
    expect(readBarrierAnswer('yes english written ok but not perfect', 'language')).toEqual({ kind: 'answer', value: 'yes', note: 'yes english written ok but not perfect' });
    expect(readBarrierAnswer('yes english is fine', 'language')).toBeNull();
  });

  it.each(['ye', 'yh'])('%j points at a job', (text) => {
    expect(pointsAtAJob(text)).toBe(true);
  });
});

describe(`play-testing round nineteen, in conversation, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());
  const db = () => bot.app.database.db;
  const profileOf = async (user: ChatUser) => {
    const client = await db().client.findFirstOrThrow({ where: { userKey: `emulator:${user.userId}` } });
    return (await new ProfileRepository(db()).loadProgress(client.id)).profile;
  };

  it('understands "tak" at consent, and skips the name at "Nie"', async () => {
    const user = new ChatUser(bot);
    await user.join();
    expect(joined(await user.say('tak'))).toMatch(/What would you like me to call you\?/);
    const nie = joined(await user.say('Nie'));
    expect(nie).not.toMatch(/Nice to meet you/);
    expect(nie).toMatch(/Did your adviser give you a code\?/);
  });

  it('reassures "sorry I dont have one, is that ok?" at the code question, and moves on', async () => {
    const user = new ChatUser(bot);
    await user.join();
    await user.say('yes');
    await user.say('Marek');
    const code = joined(await user.say('sorry I dont have one, is that ok?'));
    expect(code).not.toMatch(/A code is a short mix/);
    expect(code).toMatch(/Yes, that is fine\. You do not need a code\.[\s\S]*Step 1 of 8/);
  });

  it('keeps no button words or "sorry" as a job or its reason, and keeps "I like quiet places" as the place', async () => {
    const user = new ChatUser(bot);
    await user.join();
    await user.say("hi yes that's fine");
    await user.say('name Dennis');
    expect(joined(await user.say('no'))).toMatch(/Step 1 of 8/);
    expect(joined(await user.say('Set a goal'))).toMatch(/Let us finish this question first/);
    const place = joined(await user.say('I like quiet places'));
    expect(place).toMatch(/Thank you\. I have noted that as the kind of place you would like to work in\.[\s\S]*What kind of job would you like most\?/);
    expect(place).not.toMatch(/What makes you want that job\?/);
    expect(joined(await user.say('agree'))).toMatch(/I am not sure which job you mean/);
    expect(joined(await user.say('me want work. warehouse before 20 year. now finish'))).toMatch(/What makes you want that job\?/);
    expect(joined(await user.say('no thats all sorry'))).toMatch(/another job/);
    await user.say("No, that's all");
    for (const answer of ['no', 'Skip', 'Skip', 'Skip']) await user.say(answer);
    // The part about how they like to work still starts with its heading.
    expect(joined(await user.say('Skip'))).toMatch(/Step 4 of 8: How you like to work/);
    // The place is not asked for again.
    const hours = joined(await user.say('mornings'));
    expect(hours).not.toMatch(/What kind of place would you like to work in\?/);
    expect(hours).toMatch(/Step 5 of 8/);
    const profile = await profileOf(user);
    expect(profile.jobGoals).toEqual([expect.objectContaining({ title: 'Warehouse' })]);
    expect(profile.jobGoals[0]!.reason ?? null).toBeNull();
    expect(profile.preferences).toEqual({ hours: 'mornings', workplace: 'I like quiet places' });
    const client = await db().client.findFirstOrThrow({ where: { userKey: `emulator:${user.userId}` } });
    expect(client.displayName).toBe('Dennis');
  });

  it('hears a Deaf client at consent and later, never as interview news', async () => {
    const user = new ChatUser(bot);
    await user.join();
    const deaf = joined(await user.say('hello. me deaf. english second language. ok?'));
    expect(deaf).toMatch(/Thank you for telling me\. We can do all of this in writing[\s\S]*Is it OK for me to keep your answers\?/);
    expect(deaf).not.toMatch(/didn't catch that/);
    expect(joined(await user.say('Roger that'))).toMatch(/What would you like me to call you\?/);
    expect(joined(await user.say('Kayla 😊'))).toMatch(/Nice to meet you, Kayla\./);
    await user.say('no');
    const interpreter = joined(await user.say('need interpreter BSL meeting'));
    expect(interpreter).not.toMatch(/Good luck with your interview/);
    expect(interpreter).toMatch(/BSL interpreter[\s\S]*What kind of job would you like most\?/);
  });

  it('hears "hi sorry been busy with the kids", and "hiii" is never taken as "Not sure"', async () => {
    const seeded = await seedReadyClient(db(), {
      band: 'internal', now: new Date(),
      jobGoals: [{ title: 'Nails', reason: null, route: null }, { title: 'Beauty', reason: null, route: null }],
    });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    await user.say('get a job in a salon');
    await user.say('ask at 3 salons in town');
    await user.say('saturday');
    expect(joined(await user.say('7'))).toMatch(/Which job does this help you with\?/);
    expect(joined(await user.say('ye'))).toMatch(/Which one\? Please tap one job/);
    const hello = joined(await user.say('hiii'));
    expect(hello).not.toMatch(/This goal does not need to be for one job/);
    expect(hello).toMatch(/(?:Hi there!|Welcome back)[\s\S]*Which job does this help you with\?/);
    const busy = joined(await user.say('hi sorry been busy with the kids'));
    expect(busy).not.toMatch(/didn't catch that/);
    expect(busy).toMatch(/Which job does this help you with\?/);
    expect(joined(await user.say('Nails'))).toMatch(/Here is your goal, in your words/);
  });
});
