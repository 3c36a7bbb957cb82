// Play-testing (round O): replies typed the way people type, which had "Sorry, I didn't catch that"
// at the first questions: a name said at consent, "idk whats this for" at the code, "idk" where only
// yes or no was offered, "like a 4 maybe 5" or "No" at how sure, and "ok" again and again at the
// job question. Over real HTTP on the database under test.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { BARRIER_IDS } from '../../src/domain/barriers.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { clientByUser, consentAndLink, joined } from './journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const DIDNT_CATCH = /didn't catch that/;

describe(`typed replies at the first questions, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const db = () => bot.app.database.db;

  async function profileOf(user: ChatUser) {
    const client = await clientByUser(bot, user);
    return (await new ProfileRepository(db()).loadProgress(client!.id)).profile;
  }

  /** Linked, then the shortest way through the self-assessment to "How sure do you feel". */
  async function atConfidence(user: ChatUser): Promise<void> {
    await consentAndLink(user, { name: 'Kim', code: "I don't have one" });
    await user.say('Not sure yet');
    await user.say('No');
    for (let i = 0; i < 6; i++) await user.say('Skip');
    await user.say('No one yet');
    for (const _ of BARRIER_IDS) await user.say('No');
    expect(joined(await user.say('Skip'))).toMatch(/How sure do you feel that you will find work/);
  }

  it('hears a name said at consent, asks consent again, and keeps the name without asking it', async () => {
    const user = new ChatUser(bot);
    await user.say('hello');
    const heard = joined(await user.say('My name is Graham'));
    expect(heard).toMatch(/Nice to meet you, Graham\. First, is it OK for me to keep your answers\?/);
    expect(heard).not.toMatch(DIDNT_CATCH);
    expect(await clientByUser(bot, user)).toBeNull();
    const after = joined(await user.say('yes'));
    expect(after).toMatch(/Did your adviser give you a code\?/);
    expect(after).not.toMatch(/What would you like me to call you\?/);
    expect(await clientByUser(bot, user)).toMatchObject({ displayName: 'Graham' });
  });

  it('hears "Graham please" at consent', async () => {
    const user = new ChatUser(bot);
    await user.say('hello');
    expect(joined(await user.say('Graham please'))).toMatch(/Nice to meet you, Graham\. First, is it OK/);
  });

  it('keeps nothing of a name said at consent after a no', async () => {
    const user = new ChatUser(bot);
    await user.say('hello');
    expect(joined(await user.say('Call me Wilhelmina'))).toMatch(/Nice to meet you, Wilhelmina\./);
    expect(joined(await user.say('No thanks'))).toMatch(/I have not kept anything you said/);
    expect(await clientByUser(bot, user)).toBeNull();
    for (const row of await db().botState.findMany()) expect(row.data).not.toMatch(/Wilhelmina/);
  });

  it('explains the code to "idk whats this for", and counts no "ok" as a wrong code', async () => {
    const user = new ChatUser(bot);
    await user.say('hello');
    await user.say('yes');
    await user.say('Kim');
    const explained = joined(await user.say('idk whats this for'));
    expect(explained).toMatch(/Your adviser may give you one, to link you to them/);
    expect(explained).not.toMatch(/does not look like a code/);
    for (let i = 0; i < 2; i++) expect(joined(await user.say('ok'))).toMatch(/Did your adviser give you a code\?/);
    // Two wrong codes are still not three: the question stays.
    expect(joined(await user.say('XYZ999'))).toMatch(/I could not find that code/);
    expect(joined(await user.say('ABC123'))).toMatch(/I could not find that code/);
    expect(joined(await user.say('KKK999'))).toMatch(/I still could not find that code/);
  });

  it('hears "idk" at "Have you had a paid job?" kindly, and keeps no answer', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Kim', code: "I don't have one" });
    expect(joined(await user.say('Not sure yet'))).toMatch(/Have you had a paid job/);
    const replies = joined(await user.say('idk'));
    expect(replies).toMatch(/That is OK\. We can leave that one for now\.[\s\S]*What went well\?/);
    expect(replies).not.toMatch(DIDNT_CATCH);
    expect((await profileOf(user)).workHistory.hasRecentWork).toBeNull();
  });

  it('offers kinds of work after the same words miss twice at the job question', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Kim', code: "I don't have one" });
    expect(joined(await user.say('ok'))).toMatch(/not sure which job you mean/);
    const second = await user.say('ok');
    expect(joined(second)).toMatch(/Here are some kinds of work\. Tap one, or tap "Not sure yet"\./);
    expect(joined(second)).not.toMatch(/not sure which job you mean/);
    expect(joined(await user.say('Care work'))).toMatch(/What makes you want that job\?/);
    expect((await profileOf(user)).jobGoals.map((goal) => goal.title)).toEqual(['Care work']);
  });

  it('keeps the lower of "like a 4 maybe 5", saying nothing odd', async () => {
    const user = new ChatUser(bot);
    await atConfidence(user);
    const replies = joined(await user.say('like a 4 maybe 5'));
    expect(replies).not.toMatch(DIDNT_CATCH);
    expect(replies).toMatch(/1 of 8\./);
    expect((await profileOf(user)).confidence).toBe(4);
  });

  it.each(['idk', 'not sure', 'dunno', 'No'])('takes "%s" at how sure kindly, and keeps no rating', async (typed) => {
    const user = new ChatUser(bot);
    await atConfidence(user);
    const replies = joined(await user.say(typed));
    expect(replies).toMatch(/That is OK\. We can leave that one for now\.[\s\S]*1 of 8\./);
    expect(replies).not.toMatch(DIDNT_CATCH);
    const client = await clientByUser(bot, user);
    expect((await profileOf(user)).confidence).toBeNull();
    expect(await db().confidenceRating.count({ where: { clientId: client!.id } })).toBe(0);
  });

  it('asks how sure twice at most before leaving it', async () => {
    const user = new ChatUser(bot);
    await atConfidence(user);
    expect(joined(await user.say('banana'))).toMatch(DIDNT_CATCH);
    expect(joined(await user.say('banana'))).toMatch(DIDNT_CATCH);
    expect(joined(await user.say('banana'))).toMatch(/That is OK\. We can leave that one for now\./);
  });

  it('reads the agreement words people type at the 8 sentences', async () => {
    const user = new ChatUser(bot);
    await atConfidence(user);
    await user.say('5');
    const typed = ['sorta', 'not rly', '100%', 'not at all', 'kinda', 'nah', 'maybe'];
    for (const [i, words] of typed.entries()) expect(joined(await user.say(words))).toMatch(new RegExp(`${i + 2} of 8\\.`));
  });
});
