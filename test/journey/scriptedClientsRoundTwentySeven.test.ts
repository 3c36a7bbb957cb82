// Scripted clients, round twenty-seven: new clients played through the first conversation (an
// ESOL client, a care leaver who answers in one word, a client who mistrusts the bot, a parent
// interrupted mid-way, an older man new to computers, and others). Each row is a reply where the
// coach had not heard what was typed, and fails without its mend:
// - "hello my name Olga" at consent: "Hi there!", and the name lost.
// - "call me K": "Please type just your first name" (one letter, asked for as a name).
// - "my name is not important", "rather not say": greeted as "Not Important", "Rather Not Say";
//   "I'd rather not give my name": "Please type just your first name".
// - "do i have to give my real name": "Please type just your first name".
// - "DEMO" (the code, a question early) at the name question: "Nice to meet you, Demo".
// - "sorry one sec kids" and "i not have code" at the name question: "Please type just your first name".
// - "Priya. I have a code somewhere...": "Please type just your first name", the name lost.
// - "never used a computer" at "Using computers or phones": kept as a no.
// - "ye" at "What are you good at?": kept as a skill called "ye"; "nothin" at "Have you had a paid
//   job?": "Sorry, I didn't catch that".
// - "sorry my little one is screaming hang on" at the job question: "which job do you mean".
// Their words, row by row: test/domain/scriptedClientsRoundTwentySevenWords.test.ts.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { BARRIER_IDS } from '../../src/domain/barriers.ts';
import { consentAndLink, joined } from './journey.ts';

type Step = [said: string, expected: RegExp, never?: RegExp];

const ASK_NAME = /What would you like me to call you\?/;
const ASK_CODE = /Did your adviser give you a code\?/;
const ASK_CONSENT = /Is it OK for me to keep your answers\?/;
const PLEASE_TYPE_NAME = /Please type just your first name/;

describe(`scripted clients, round twenty-seven, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());
  const TO_THE_BARRIERS = ['care worker', 'I like people', "No, that's all", 'no', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'No one yet'];

  async function play(steps: Step[], user = new ChatUser(bot, { name: 'Sam Jones' })): Promise<ChatUser> {
    for (const [said, expected, never] of steps) {
      const replies = joined(await user.say(said));
      expect(replies, said).toMatch(expected);
      if (never) expect(replies, said).not.toMatch(never);
    }
    return user;
  }

  async function clientOf(user: ChatUser) {
    const client = await bot.app.database.db.client.findUnique({ where: { userKey: `emulator:${user.userId}` } });
    return { client, profile: (await new ProfileRepository(bot.app.database.db).loadProgress(client!.id)).profile };
  }

  it('an ESOL client says hello with her name at consent: heard, and consent asked again', async () => {
    const user = await play([
      ['hello', ASK_CONSENT],
      ['hello my name Olga', /Nice to meet you, Olga\. First, is it OK/, /Hi there/],
      ['yes i agree', ASK_CODE, ASK_NAME],
    ]);
    expect((await clientOf(user)).client?.displayName).toBe('Olga');
  });

  it('an ESOL client answers the code question early, at the name: heard, and not asked again', async () => {
    await play([
      ['hello', ASK_CONSENT],
      ['yes', ASK_NAME],
      ['i not have code', /That is OK\. You do not need a code\.[\s\S]*What would you like me to call you\?/, PLEASE_TYPE_NAME],
      ['Olga', /Nice to meet you, Olga\.[\s\S]*Step 1 of 8/, ASK_CODE],
    ]);
  });

  it('a care leaver who answers in one word: "call me K" is his name', async () => {
    const user = await play([
      ['hi', ASK_CONSENT],
      ['ye', ASK_NAME],
      ['call me K', /Nice to meet you, K\./, PLEASE_TYPE_NAME],
    ]);
    expect((await clientOf(user)).client?.displayName).toBe('K');
  });

  it.each([['my name is not important'], ['rather not say'], ["I'd rather not give my name"], ['no name please']])(
    'a client who will not give a name ("%s") skips it kindly, and no name is made of the words',
    async (said) => {
      const user = await play([
        ['hello', ASK_CONSENT],
        ['yes', ASK_NAME],
        [said, /That is fine\. You do not have to give me a name\.[\s\S]*Did your adviser give you a code\?/, /Nice to meet you|Please type just/],
      ]);
      // Not greeted later by the channel's name they chose not to give (the adviser still sees it).
      expect((await clientOf(user)).client?.displayName).toBeNull();
    },
  );

  it('a nervous client asks if a real name is needed: answered, then the name asked again', async () => {
    const user = await play([
      ['hi', ASK_CONSENT],
      ['yes ok', ASK_NAME],
      ['do i have to give my real name', /No, you do not have to\. A nickname is fine\.[\s\S]*What would you like me to call you\?/, PLEASE_TYPE_NAME],
      ['Lee', /Nice to meet you, Lee\./],
    ]);
    expect((await clientOf(user)).client?.displayName).toBe('Lee');
  });

  it('the code typed at the name question is kept for the code question, never used as a name', async () => {
    const user = await play([
      ['hi', ASK_CONSENT],
      ['yes', ASK_NAME],
      ['DEMO', /looks like the code from your adviser[\s\S]*What would you like me to call you\?/, /Nice to meet you, Demo/],
      ['Sam', /Nice to meet you, Sam\.[\s\S]*You are now linked to Demo adviser/, ASK_CODE],
    ]);
    expect((await clientOf(user)).client?.displayName).toBe('Sam');
  });

  it('a parent called away mid-way: told to take her time, and asked again when back', async () => {
    await play([
      ['hi', ASK_CONSENT],
      ['yes', ASK_NAME],
      ['sorry one sec kids', /Take your time[\s\S]*What would you like me to call you\?/, PLEASE_TYPE_NAME],
      ['Jess', /Nice to meet you, Jess\./],
    ]);
  });

  it('a client who types a lot at once: the name first is kept', async () => {
    const user = await play([
      ['hi', ASK_CONSENT],
      ['yes', ASK_NAME],
      ['Priya. I have a code somewhere, hold on, I think it was on the letter they gave me', /Nice to meet you, Priya\./, PLEASE_TYPE_NAME],
    ]);
    expect((await clientOf(user)).client?.displayName).toBe('Priya');
  });

  it('an older man who has never used a computer: a yes to computers, said back kindly', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Derek', code: 'DEMO' });
    for (const answer of TO_THE_BARRIERS) await user.say(answer);
    for (const id of BARRIER_IDS) {
      const said = id === 'digital-skills' ? 'never used a computer' : 'No';
      const replies = joined(await user.say(said));
      if (id === 'digital-skills') expect(replies).toMatch(/Lots of people are new to computers/);
    }
    const { profile } = await clientOf(user);
    expect(profile.barriers['digital-skills']).toBe('yes');
    expect(profile.barrierNotes?.['digital-skills']).toBe('never used a computer');
  });

  it('a care leaver who answers in one word: "nothin" is a no, and "ye" is kept as no skill', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Kyle', code: 'DEMO' });
    await play(
      [
        ['chef', /What makes you want that job\?/],
        ['dunno', /another job/],
        ['nah', /Have you had a paid job in the last two years\?/],
        ['nothin', /What went well\?/, /didn't catch that/],
        ['nah', /did not go so well/],
        ['nah', /What are you good at\?/],
        ['ye', /type a few words[\s\S]*What are you good at\?/],
        ['cooking', /What would a friend say/],
      ],
      user,
    );
    const { profile } = await clientOf(user);
    expect(profile.workHistory.hasRecentWork).toBe(false);
    expect(profile.skills).toEqual(['cooking']);
  });

  it('a parent called away at the job question: the question waits for her', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Jess', code: 'DEMO' });
    await play(
      [
        ['sorry my little one is screaming hang on', /Take your time[\s\S]*What kind of job would you like most\?/, /which job you mean/],
        ['Receptionist', /What makes you want that job\?/],
      ],
      user,
    );
    expect((await clientOf(user)).profile.jobGoals.map((goal) => goal.title)).toEqual(['Receptionist']);
  });
});
