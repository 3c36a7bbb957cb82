// The self-assessment keeps its place in the database: a server restart in the middle, or a new
// chat another day, carries on at the right question.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startBotUnderTest, type BotUnderTest } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { clientByUser, consentAndLink, joined } from './journey.ts';

describe(`the self-assessment across a restart on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: BotUnderTest | undefined;

  beforeAll(async () => {
    database = await createEmptyDatabase();
  });
  afterAll(async () => {
    await bot?.stop();
    await database.drop();
  });

  it('continues at the right step after the server is stopped and started again', async () => {
    bot = await startBotUnderTest(database.url);
    const before = new ChatUser(bot, { name: 'Sam' });
    await consentAndLink(before, { name: 'Sam', code: "I don't have one" });
    await before.say('Chef');
    await before.say('I love cooking');
    await before.say("No, that's all");
    expect(joined(await before.say('yes'))).toMatch(/What was your last job\?/);
    expect(joined(await before.say('Cook at a cafe'))).toMatch(/How did that job end\?[\s\S]*\[Made redundant\]/);
    expect(joined(await before.say('Made redundant'))).toMatch(/sorry that job ended that way[\s\S]*What went well\?/);
    await before.say('Working in a busy kitchen');
    expect(joined(await before.say('Long shifts'))).toMatch(/Step 3 of 8[\s\S]*What are you good at\?/);
    await bot.stop();
    bot = undefined;

    bot = await startBotUnderTest(database.url);
    const after = new ChatUser(bot, { userId: before.userId, conversationId: before.conversationId, name: 'Sam' });
    const replies = joined(await after.say('cooking and baking'));
    expect(replies).toMatch(/What would a friend say is good about you\?/);
    expect(replies).not.toMatch(/Step 1 of 8|Is it OK for me to keep/);

    const client = await clientByUser(bot, after);
    const row = await bot.app.database.db.vocationalProfile.findUnique({ where: { clientId: client!.id } });
    const profile = JSON.parse(row!.data);
    expect(profile).toMatchObject({
      jobGoals: [{ title: 'Chef', reason: 'I love cooking' }],
      workHistory: {
        hasRecentWork: true,
        lastJob: 'Cook at a cafe',
        howItEnded: 'Made redundant',
        redundancy: true,
        wentWell: 'Working in a busy kitchen',
        didNotGoWell: 'Long shifts',
      },
      skills: ['cooking', 'baking'],
      completedSteps: ['job-goals', 'work-history'],
    });
    expect(row!.completedAt).toBeNull();
  });

  it('carries on in a new chat another day, with the progress shown', async () => {
    const first = new ChatUser(bot!, { name: 'Kim' });
    await consentAndLink(first, { name: 'Kim', code: "I don't have one" });
    await first.say('Not sure yet');
    expect(joined(await first.say('no'))).toMatch(/What went well\?/);

    const nextDay = new ChatUser(bot!, { userId: first.userId, name: 'Kim' });
    const replies = joined(await nextDay.say('hello'));
    expect(replies).toMatch(/Welcome back\. Let us carry on from where we stopped\./);
    expect(replies).toMatch(/What went well\?/);
    expect(replies).not.toMatch(/Is it OK for me to keep/);
    expect(joined(await nextDay.say('Skip'))).toMatch(/did not go so well/);
  });
});
