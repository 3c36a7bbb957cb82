// First conversations (December), played over the real bot. A play-tester found:
// - "my name Agnieszka but you call me Aga" had "Please type just your first name"; "my name is
//   Omar, I am from Syria" and "its jo, short for joanne" lost the name.
// - "sorry kids" at "What kind of job would you like most?" was kept as the job "Sorry kids";
//   "sorry back now what was the question" at "What help would you like most...?" as the help wanted.
// - "anything innit" at the job question, and at "What would you like to work on?", had "I can tell
//   you are fed up ... let us keep it kind".
// Their words, row by row: test/domain/firstConversationsNameAsideWords.test.ts.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { ANY_JOB } from '../../src/domain/assessmentAnswers.ts';
import { backToTheQuestion, waitHeard } from '../../src/messages/en/onboarding.ts';
import { keepItKind } from '../../src/messages/en/listening.ts';
import { jobIdeas, openToAnyJobIdeas } from '../../src/messages/en/selfAssessment.ts';
import { clientAt } from './assessmentListeningBot.ts';
import { atGoalQuestion, joined } from './journey.ts';

const FIRST_JOB = /What kind of job would you like most\?/;
const HELP_WANTED = /What help would you like most from me and your adviser\?/;

describe(`first conversations: names, asides and slang, on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());
  const profileOf = async (clientId: string) => (await new ProfileRepository(bot.app.database.db).loadProgress(clientId)).profile;

  it.each([
    ['my name Agnieszka but you call me Aga', 'Aga'],
    ['my name is Omar, I am from Syria', 'Omar'],
    ['its jo, short for joanne', 'Jo'],
  ])('%j at the name question keeps the name %j', async (said, name) => {
    const user = new ChatUser(bot);
    await user.join();
    expect(joined(await user.say('yes'))).toMatch(/What would you like me to call you\?/);
    const replies = joined(await user.say(said));
    expect(replies).toContain(`Nice to meet you, ${name}.`);
    expect(replies).not.toMatch(/Please type just your first name/);
    const client = await bot.app.database.db.client.findFirstOrThrow({ where: { userKey: { endsWith: user.userId } } });
    expect(client.displayName).toBe(name);
  });

  it('"sorry kids" at the job question waits; the job said next is the one kept', async () => {
    const { user, clientId, first } = await clientAt(bot, 'first-job');
    expect(first).toMatch(FIRST_JOB);
    const replies = joined(await user.say('sorry kids'));
    expect(replies).toContain(waitHeard);
    expect(replies).toMatch(FIRST_JOB);
    await user.say('shop work');
    expect((await profileOf(clientId)).jobGoals.map((job) => job.title)).toEqual(['Shop work']);
  });

  it('"sorry back now what was the question" at the help question gets the question again, and nothing kept', async () => {
    const { user, clientId, first } = await clientAt(bot, 'support-wanted');
    expect(first).toMatch(HELP_WANTED);
    const replies = joined(await user.say('sorry back now what was the question'));
    expect(replies).toContain(backToTheQuestion);
    expect(replies).toMatch(HELP_WANTED);
    expect((await profileOf(clientId)).supportWanted).toBeNull();
  });

  it('"anything innit" at the job question is open to any work: kinds of work offered, and "Any job" kept when tapped', async () => {
    const { user, clientId } = await clientAt(bot, 'first-job');
    const replies = joined(await user.say('anything innit'));
    expect(replies).not.toContain(keepItKind);
    expect(replies).toContain(openToAnyJobIdeas(ANY_JOB));
    for (const idea of jobIdeas) expect(replies).toContain(`[${idea}]`);
    await user.say(ANY_JOB);
    expect((await profileOf(clientId)).jobGoals.map((job) => job.title)).toEqual([ANY_JOB]);
  });

  it('"anything innit" at "What would you like to work on?" is not called unkind', async () => {
    const { user } = await atGoalQuestion(bot, new Date());
    expect(joined(await user.say('anything innit'))).not.toContain(keepItKind);
  });
});
