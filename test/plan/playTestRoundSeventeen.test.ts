// Play-testing, round seventeen: six new clients played from scripts (test/plan/playScript.ts): a
// shy care leaver, a man of 58 made redundant who types in capitals, a refugee with good second-
// language English, a single dad who answers in two words, a graduate who writes paragraphs, a
// woman back after ten years of caring. Each test fails without its mend.
// - "8" and "7" typed at the menu started the code question, or the sentences again: choices the
//   menu does not show were picked by their place.
// - "warehouse job" and "To work as engineer again in UK" at the menu, just after the sentences,
//   had "Sorry, I didn't catch that", three times over.
// - "I want speak with my adviser" after a pause was not heard: the questions just went on.
// - "You can call me Alex, although my full name is Alexandra." had "Please type just your first
//   name".
// - "Sorry I don't know what a code is" and "I have the code but I do not remember it" had "That
//   does not look like a code".
// - "I'm not sure anyone would want me after 10 years caring for my mum" at the job question had
//   "I am not sure which job you mean", the doubt never answered.
// - "show plan" in the middle of a question had "Sorry, I was not clear".
// - "I was engineer in my country. Now I am happy with any work" kept two jobs, "I was engineer in
//   my country" and "Now i am happy with any work"; "Maybe also driver" kept "Also driver".
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { recogniseGlobalCommand, isPlanRequest } from '../../dialogs/commands.ts';
import { goalAtTheMenu } from '../../dialogs/listening.ts';
import { nameFrom } from '../../src/domain/nameWords.ts';
import { readCodeReply } from '../../src/domain/inviteCodeWords.ts';
import { doubtsBeingWanted, readJobsWanted } from '../../src/domain/jobWanted.ts';
import { atTheMenu, jobsKeptFor, joined } from '../journey/journey.ts';

describe('the menu, the adviser, a name, a code, a doubt and a job, as typed', () => {
  it.each(['warehouse job', 'To work as engineer again in UK', 'forklift driver', 'cleaner', 'be a nurse'])('%j at the menu starts a goal from those words', (text) => {
    expect(goalAtTheMenu(text)).toEqual({ aim: text });
  });

  it.each(['not sure', 'people', 'I missed the bus', 'im tired', 'later', 'anything', 'care work?'])('%j at the menu starts no goal', (text) => {
    expect(goalAtTheMenu(text)).toBeNull();
  });

  it.each(['I want speak with my adviser', "I'd like to talk to my adviser please", 'can i speak with my advisor'])('%j asks for the adviser', (text) => {
    expect(recogniseGlobalCommand(text)).toBe('talk-to-adviser');
  });

  it.each(['talk to my adviser about my cv', 'i need to talk'])('%j is not the command', (text) => {
    expect(recogniseGlobalCommand(text)).toBeNull();
  });

  it.each(['show plan', 'see plan', 'show me plan'])('%j asks for the plan', (text) => {
    expect(isPlanRequest(text)).toBe(true);
  });

  it.each([
    ['You can call me Alex, although my full name is Alexandra.', 'Alex'],
    ['call me Jo, short for Joanna', 'Jo'],
  ])('%j gives the name %j', (text, name) => {
    expect(nameFrom(text)).toBe(name);
  });

  it.each([
    ["Sorry I don't know what a code is", 'asks-what'],
    ['I have the code but I do not remember it', 'forgot'],
    ['i lost it', 'forgot'],
  ])('%j at the code question is %j', (text, kind) => {
    expect(readCodeReply(text)).toBe(kind);
  });

  it.each(["I'm not sure anyone would want me after 10 years caring for my mum", 'who would hire me at my age', 'nobody will hire me after all this time'])('%j doubts being wanted', (text) => {
    expect(doubtsBeingWanted(text)).toBe(true);
  });

  it.each(['care work', 'I used to do admin but that was 12 years ago, I dont know if anyone would want me now'])('%j names a job', (text) => {
    expect(doubtsBeingWanted(text)).toBe(false);
  });

  it.each([
    ['I was engineer in my country. Now I am happy with any work', ['Engineer']],
    ['Maybe also driver', ['Driver']],
    ['To work as engineer again in UK', ['Engineer']],
    ['care work too', ['Care work']],
    // Open to anything is kept as "Any job" (2026-12-08, src/domain/openToAnyJob.ts): the coach then offers kinds of work.
    ['any work', ['Any job']],
  ])('%j keeps the jobs %j', (text, titles) => {
    expect(readJobsWanted(text)).toEqual({ kind: 'jobs', titles });
  });
});

describe(`play-testing round seventeen, in conversation, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());
  const jobsOf = (user: ChatUser) => jobsKeptFor(bot, user);
  const atTheFirstJob = async (name = 'Karen') => {
    const user = new ChatUser(bot);
    await user.join();
    await user.say('yes');
    await user.say(name);
    expect(joined(await user.say('DEMO'))).toMatch(/What kind of job would you like most\?/);
    return user;
  };

  it('picks no hidden choice by its place at the menu, and starts a goal from a job named there', async () => {
    const { user } = await atTheMenu(bot, new Date());
    const eight = joined(await user.say('8'));
    expect(eight).not.toMatch(/Did your adviser give you a code\?/);
    expect(eight).toMatch(/Sorry, I didn't catch that\./);
    const seven = joined(await user.say('7'));
    expect(seven).not.toMatch(/same 8 short sentences/);
    const job = joined(await user.say('warehouse job'));
    expect(job).not.toMatch(/didn't catch that/);
    expect(job).toMatch(/Let us make a goal of that: "warehouse job"\./);
  });

  it('hears "I want speak with my adviser" after a pause', async () => {
    const user = await atTheFirstJob();
    expect(joined(await user.say('cancel'))).toMatch(/I have kept your place/);
    const asked = joined(await user.say('I want speak with my adviser'));
    expect(asked).toMatch(/I have asked your adviser to get in touch with you\./);
  });

  it('takes the name said before more about it', async () => {
    const user = new ChatUser(bot);
    await user.join();
    await user.say('yes');
    const alex = joined(await user.say('You can call me Alex, although my full name is Alexandra.'));
    expect(alex).not.toMatch(/Please type just your first name/);
    expect(alex).toMatch(/Nice to meet you, Alex\./);
  });

  it('answers a client who does not know what a code is, or has forgotten it', async () => {
    const user = new ChatUser(bot);
    await user.join();
    await user.say('yes');
    await user.say('Karen');
    const what = joined(await user.say("Sorry I don't know what a code is"));
    expect(what).not.toMatch(/That does not look like a code/);
    expect(what).toMatch(/A code is a short mix of letters and numbers, like "K7P 4QX"\./);
    const forgot = joined(await user.say('I have the code but I do not remember it'));
    expect(forgot).not.toMatch(/That does not look like a code/);
    expect(forgot).toMatch(/That is OK\. You can carry on without it\./);
    expect(forgot).toMatch(/Did your adviser give you a code\?/);
  });

  it('answers a doubt about being wanted before asking for the job again', async () => {
    const user = await atTheFirstJob();
    const doubt = joined(await user.say("I'm not sure anyone would want me after 10 years caring for my mum"));
    expect(doubt).not.toMatch(/not sure which job you mean/);
    expect(doubt).toMatch(/Lots of people go back to work after a long break, and employers do take them on\./);
    expect(doubt).toMatch(/What kind of job would you like most\?/);
  });

  it('shows the plan for "show plan" and asks the question again', async () => {
    const user = await atTheFirstJob();
    const plan = joined(await user.say('show plan'));
    expect(plan).not.toMatch(/Sorry, I was not clear/);
    expect(plan).toMatch(/You do not have a plan yet\./);
    expect(plan).toMatch(/What kind of job would you like most\?/);
  });

  it('keeps the job, not what the client was, nor the "also"', async () => {
    const user = await atTheFirstJob('Yusuf');
    await user.say('I was engineer in my country. Now I am happy with any work');
    await user.say('I have family, I must work for them');
    await user.say('Maybe also driver');
    expect((await jobsOf(user)).titles).toEqual(['Engineer', 'Driver']);
  });
});
