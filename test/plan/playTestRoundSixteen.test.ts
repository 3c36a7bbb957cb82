// Play-testing, round sixteen: clients played from scripts (test/plan/playScript.ts). Each test
// fails without its mend. Listen first: a feeling, a doubt or a worry is answered before the next
// question, and nothing the client did not mean goes into their plan.
// - "Hello, sorry, I'm not very good with these things" at consent had "didn't catch that".
// - "I used to do admin but that was 12 years ago, I don't know if anyone would want me now" and
//   "i wud like to werk in a kichen" had "I am not sure which job you mean".
// - A pasted paragraph naming "customer service in an office or a call centre" was only told it was long.
// - "yes, my name is Priya" at consent gave consent, then "What would you like me to call you?".
// - "Done, I was really nervous but I felt proud after" at "What happened?" was asked "How did it feel?".
// - "I think it's LINDA7 or something, I'm not sure" at the code question had the low-mood reply.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { saysTheyAreNotGoodWithThis } from '../../src/domain/textChecks.ts';
import { doubtsAJob, jobsNamedInLongWords, readJobsWanted, wantSaidInLongWords } from '../../src/domain/jobWanted.ts';
import { nameAfterAYes } from '../../src/domain/nameWords.ts';
import { codeTriedIn } from '../../src/domain/inviteCodeWords.ts';
import { atGoalQuestion, jobsKeptFor, joined } from '../journey/journey.ts';
import { clientWithAnOverdueStep } from '../review/reviewClients.ts';

const PARAGRAPH =
  'I have been out of work for a while after looking after my mum. I would really like to do customer service in an office or a call centre because I like talking to people and I am good on the phone. I do worry about my computer skills though.';

describe('shy of the chat, a job with a doubt, a name with the yes, a code with a doubt', () => {
  it.each(["Hello, sorry, I'm not very good with these things", 'im rubbish with computers', 'sorry im new to this', "I've never been good with technology", 'i am not very good at this'])(
    '%j is shy of the chat',
    (text) => {
      expect(saysTheyAreNotGoodWithThis(text)).toBe(true);
    },
  );

  it.each(['im good with computers', 'i am not bad with computers', 'yes', 'im not very good at maths'])('%j is not', (text) => {
    expect(saysTheyAreNotGoodWithThis(text)).toBe(false);
  });

  it.each([
    ["I used to do admin but that was 12 years ago, I don't know if anyone would want me now", ['Admin'], true],
    ['i did care work years ago but im too old now', ['Care work'], true],
    ['i wud like to werk in a kichen', ['Kitchen'], false],
    ['clener', ['Cleaner'], false],
    ['retail', ['Retail'], false],
    [PARAGRAPH, ['Customer service in an office', 'Call centre'], false],
  ] as const)('%j keeps the jobs %j (a doubt: %j)', (text, titles, doubt) => {
    expect(readJobsWanted(text)).toEqual({ kind: 'jobs', titles });
    expect(doubtsAJob(text)).toBe(doubt);
  });

  it('keeps the words that say the work wanted, without the reason', () => {
    expect(wantSaidInLongWords(PARAGRAPH)).toBe('I would really like to do customer service in an office or a call centre');
  });

  it('names no job in a long paragraph that wants none', () => {
    const long = 'I have been out of work for a while after looking after my mum, and it has been a long hard time for all of us. I do worry about my computer skills though, and about the gaps in my cv.';
    expect(jobsNamedInLongWords(long)).toBeNull();
    expect(readJobsWanted(long)).toEqual({ kind: 'not-a-job' });
  });

  it.each([
    ['yes, my name is Priya', 'Priya'],
    ['yeah thats fine, im Tom', 'Tom'],
    ['ok, call me Dev', 'Dev'],
  ])('%j gives the name %j with the yes', (text, name) => {
    expect(nameAfterAYes(text)).toBe(name);
  });

  it.each(['yes', 'yes thats ok', 'no, my name is Priya', 'yes please keep it'])('%j gives no name with a yes', (text) => {
    expect(nameAfterAYes(text)).toBeNull();
  });

  it.each([
    ["I think it's LINDA7 or something, I'm not sure", 'LINDA7'],
    ['maybe k7p4qx?', 'K7P4QX'],
  ])('%j tries the code %j', (text, code) => {
    expect(codeTriedIn(text)).toBe(code);
  });

  it.each(['LINDA7', 'i dont have one', 'i did 8 yrs at a care home'])('%j tries no code inside words', (text) => {
    expect(codeTriedIn(text)).toBeNull();
  });
});

describe(`play-testing round sixteen, in conversation, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());
  const jobsOf = (user: ChatUser) => jobsKeptFor(bot, user);

  it('reassures a shy client, takes the name said with the yes, and tries a code said with doubt', async () => {
    const user = new ChatUser(bot);
    await user.join();
    const shy = joined(await user.say("Hello, sorry, I'm not very good with these things"));
    expect(shy).toMatch(/That is fine\. You do not need to be good with computers\. We will go one step at a time\./);
    expect(shy).not.toMatch(/didn't catch that/);
    expect(shy).toMatch(/Is it OK for me to keep your answers\?/);
    const consent = joined(await user.say('yes, my name is Priya'));
    expect(consent).toMatch(/Nice to meet you, Priya\./);
    expect(consent).not.toMatch(/What would you like me to call you\?/);
    expect(consent).toMatch(/Did your adviser give you a code\?/);
    const code = joined(await user.say("I think it's LINDA7 or something, I'm not sure"));
    expect(code).toMatch(/I tried LINDA7, but I could not find it\./);
    expect(code).not.toMatch(/That sounds really hard/);
    expect(code).toMatch(/Did your adviser give you a code\?/);
    expect(joined(await user.say('DEMO'))).toMatch(/What kind of job would you like most\?/);
    const { client } = await jobsOf(user);
    expect(client.displayName).toBe('Priya');
  });

  it('answers a doubt about a job and keeps the job; finds "kichen" work', async () => {
    const user = new ChatUser(bot);
    await user.join();
    await user.say('yes');
    await user.say('Priya');
    await user.say('DEMO');
    const doubt = joined(await user.say("I used to do admin but that was 12 years ago, I don't know if anyone would want me now"));
    expect(doubt).toMatch(/Lots of people go back to work after a long break\./);
    expect(doubt).toMatch(/I have kept "Admin" as a job you would like\./);
    expect(doubt).not.toMatch(/not sure which job you mean/);
    expect(doubt).toMatch(/What makes you want that job\?/);
    await user.say('I was good at it');
    const kitchen = joined(await user.say('i wud like to werk in a kichen'));
    expect(kitchen).not.toMatch(/not sure which job you mean/);
    expect((await jobsOf(user)).titles).toEqual(['Admin', 'Kitchen']);
  });

  it('keeps the jobs a pasted paragraph names, and says them back', async () => {
    const user = new ChatUser(bot);
    await user.join();
    await user.say('yes');
    await user.say('Sam');
    await user.say('DEMO');
    const pasted = joined(await user.say(PARAGRAPH));
    expect(pasted).not.toMatch(/That is a lot of words for me/);
    expect(pasted).toMatch(/I have kept the jobs you named: "Customer service in an office" and "Call centre"\./);
    expect((await jobsOf(user)).titles).toEqual(['Customer service in an office', 'Call centre']);
  });

  it('does not ask how it felt when "What happened?" said it', async () => {
    const user = new ChatUser(bot);
    await clientWithAnOverdueStep(bot, user, 'Find work in a warehouse', 'Update my CV');
    await user.say('Review my plan');
    expect(joined(await user.say('Done'))).toMatch(/What happened/);
    const felt = joined(await user.say('I was really nervous but I felt proud after'));
    expect(felt).not.toMatch(/How did it feel\?/);
    expect(felt).toMatch(/What went well\?/);
  });

  it('keeps the work a paragraph pasted at the goal question wants, and says it back', async () => {
    const { user } = await atGoalQuestion(bot, new Date());
    const pasted = joined(await user.say(PARAGRAPH));
    expect(pasted).not.toMatch(/That is a lot of words for me\. Can you say it/);
    expect(pasted).toMatch(/I have kept this part: "I would really like to do customer service in an office or a call centre"\./);
    expect(pasted).not.toMatch(/What would you like to work on\?/);
  });
});
