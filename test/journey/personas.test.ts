// The whole client journey for two people, over real HTTP on the database under test: what is
// stored, and how the same dialogs speak differently to someone who feels things are out of
// their hands and someone who feels in charge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser, startBotUnderTest, type BotUnderTest } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { clientByUser, externalPersona, internalPersona, joined, walkWholeJourney, answerLocus } from './journey.ts';

describe(`the client journey for two personas on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: BotUnderTest;
  const external = { replies: { afterLink: [] as string[], assessment: [] as string[], locus: [] as string[] }, user: undefined as unknown as ChatUser };
  const internal = { replies: { afterLink: [] as string[], assessment: [] as string[], locus: [] as string[] }, user: undefined as unknown as ChatUser };

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startBotUnderTest(database.url);
    external.user = new ChatUser(bot, { name: 'Joanne' });
    internal.user = new ChatUser(bot, { name: 'Alexander' });
    external.replies = await walkWholeJourney(external.user, externalPersona);
    internal.replies = await walkWholeJourney(internal.user, internalPersona);
  });
  afterAll(async () => {
    await bot?.stop();
    await database?.drop();
  });

  it('records consent with its version and time, the preferred name and the demo adviser', async () => {
    for (const [user, name] of [[external.user, 'Jo'], [internal.user, 'Alex']] as const) {
      const client = await clientByUser(bot, user);
      expect(client).toMatchObject({ consentVersion: bot.config.CONSENT_VERSION, displayName: name, consentWithdrawnAt: null });
      expect(Math.abs(client!.consentedAt!.getTime() - Date.now())).toBeLessThan(60_000);
      const adviser = await bot.app.database.db.adviser.findUnique({ where: { id: client!.adviserId! } });
      expect(adviser).toMatchObject({ inviteCode: 'DEMO', name: 'Demo adviser' });
    }
    expect(joined(external.replies.afterLink)).toMatch(/You are now linked to Demo adviser/);
  });

  it('stores the vocational profile, barriers (with "rather not say") and a red marker for the external persona', async () => {
    const client = await clientByUser(bot, external.user);
    const row = await bot.app.database.db.vocationalProfile.findUnique({ where: { clientId: client!.id } });
    expect(row).toMatchObject({ marker: 'red' });
    expect(row!.completedAt).toBeInstanceOf(Date);
    const profile = JSON.parse(row!.data);
    expect(profile.jobGoals).toEqual([
      { title: 'Care worker', reason: 'I looked after my mum for years', route: null },
      { title: 'Cleaner', reason: null, route: null },
    ]);
    expect(profile.workHistory).toEqual({ hasRecentWork: false, wentWell: 'Helping people', didNotGoWell: 'Early starts' });
    expect(profile.skills).toEqual(['cooking', 'caring', 'cleaning']);
    expect(profile.strengths).toEqual(['kind', 'patient']);
    expect(profile.preferences).toEqual({ hours: 'School hours', workplace: 'A small team' });
    expect(profile.contacts).toEqual(['my sister']);
    expect(profile.barriers).toMatchObject({ housing: 'yes', 'childcare-caring': 'yes', health: 'prefer-not-to-say', transport: 'yes', debt: 'no' });
    expect(Object.keys(profile.barriers)).toHaveLength(14);
    expect(profile.supportWanted).toBe('Help with my CV');
    expect(profile.confidence).toBe(3);
    const ratings = await bot.app.database.db.confidenceRating.findMany({ where: { clientId: client!.id } });
    expect(ratings).toMatchObject([{ value: 3, context: 'self-assessment' }]);
  });

  it('stores a green marker for the internal persona, with three job goals, preferred first', async () => {
    const client = await clientByUser(bot, internal.user);
    const row = await bot.app.database.db.vocationalProfile.findUnique({ where: { clientId: client!.id } });
    expect(row).toMatchObject({ marker: 'green' });
    const profile = JSON.parse(row!.data);
    expect(profile.jobGoals.map((goal: { title: string }) => goal.title)).toEqual(['Electrician', 'Maintenance worker', 'Caretaker']);
    expect(profile.workHistory).toMatchObject({ hasRecentWork: true, lastJob: "Electrician's mate", howItEnded: 'Contract ended', redundancy: false });
    expect(profile.barriers['substance-use']).toBe('prefer-not-to-say');
    expect(profile.barriers.housing).toBe('no');
    expect(profile.confidence).toBe(8);
  });

  it('scores the locus-of-control sentences into a score and band for each persona', async () => {
    const ext = await bot.app.database.db.locusResult.findMany({ where: { clientId: (await clientByUser(bot, external.user))!.id } });
    const int = await bot.app.database.db.locusResult.findMany({ where: { clientId: (await clientByUser(bot, internal.user))!.id } });
    expect(ext).toMatchObject([{ band: 'external', score: 4 }]);
    expect(int).toMatchObject([{ band: 'internal', score: 1.625 }]);
    expect(JSON.parse(int[0]!.answers)).toMatchObject({ 'effort-pays-off': 5, 'i-can-learn': 3 });
  });

  it('speaks differently to them after the sentences', () => {
    const afterExternal = joined(external.replies.locus.slice(-2));
    const afterInternal = joined(internal.replies.locus.slice(-2));
    expect(afterExternal).toMatch(/small steps together/);
    expect(afterExternal).not.toMatch(/in charge of your own plan/);
    expect(afterInternal).toMatch(/in charge of your own plan/);
    expect(afterInternal).not.toMatch(/small steps together/);
    expect(afterExternal).toMatch(/What would you like to do\?/);
  });

  it('greets each returning client in their own style, with the short menu', async () => {
    const ext = joined(await external.user.say('hi'));
    const int = joined(await internal.user.say('hi'));
    expect(ext).toMatch(/Welcome back, Jo! It is good to see you\. Every small step counts\./);
    expect(int).toMatch(/Welcome back, Alex\. Ready for your next step\?/);
    for (const menu of [ext, int]) {
      expect(menu).toMatch(/\[My plan\] \[Set a goal\] \[Review my plan\] \[Log my job search\] \[Update my profile\] \[Talk to my adviser\]/);
    }
  });

  it('a later go at the sentences adds a new result and says kindly that they feel more in charge', async () => {
    const user = external.user;
    expect(joined(await user.say('do the sentences again'))).toMatch(/same 8 short sentences[\s\S]*1 of 8/);
    const replies = joined(await answerLocus(user, internalPersona.locus));
    expect(replies).toMatch(/feel more in charge of things than last time/);
    const results = await bot.app.database.db.locusResult.findMany({ where: { clientId: (await clientByUser(bot, user))!.id }, orderBy: { takenAt: 'asc' } });
    expect(results.map((r) => r.band)).toEqual(['external', 'internal']);
    expect(replies).toMatch(/in charge of your own plan/);
  });

  it('"Update my profile" lets them change one part, showing what they said before', async () => {
    const user = internal.user;
    expect(joined(await user.say('Update my profile'))).toMatch(/Which part would you like to change\?[\s\S]*\[How you like to work\]/);
    const opened = joined(await user.say('How you like to work'));
    expect(opened).toMatch(/Step 4 of 8/);
    expect(opened).toMatch(/Last time you said: "Full time"/);
    expect(opened).toMatch(/\[Keep it\]/);
    expect(joined(await user.say('Part time'))).toMatch(/Last time you said: "Outdoors"/);
    const done = joined(await user.say('keep it'));
    expect(done).toMatch(/I have updated your profile/);
    expect(done).toMatch(/What would you like to do next\?/);
    const client = await clientByUser(bot, user);
    const row = await bot.app.database.db.vocationalProfile.findUnique({ where: { clientId: client!.id } });
    expect(JSON.parse(row!.data).preferences).toEqual({ hours: 'Part time', workplace: 'Outdoors' });
    expect(row!.marker).toBe('green');
    expect(await bot.app.database.db.confidenceRating.count({ where: { clientId: client!.id } })).toBe(1);
  });
});
