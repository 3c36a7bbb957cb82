// Play-testing (adviser side, round six). An adviser closed a crisis while the client was still in
// the safety window; the client's "no" to "are you safe right now?" then got "I have told your
// adviser again" with nothing sent and nothing open. And "ive got my tablets here" after "i want to
// die" got "Thank you for telling me. I am here.", with no 999 and no question. Now a worrying
// message in such a window raises the crisis again, and the means at hand is danger now.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { AdviserRepository, type Adviser } from '../../src/db/advisers.ts';
import { seedReadyClient } from '../plan/planTestBot.ts';
import { startEscalationBot, TestClock } from './harness.ts';

type Bot = Awaited<ReturnType<typeof startEscalationBot>>;
const GOAL_QUESTION = /What would you like to work on\?/;

describe(`the safety window after its escalation was closed, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: Bot;
  const clock = new TestClock(new Date('2026-03-04T10:00:00Z')); // a Wednesday, 10am in London
  let ann: Adviser;
  let annChat: ChatUser;
  const db = () => bot.app.database.db;
  const text = (replies: string[]) => replies.join('\n');

  async function atTheGoalQuestion(): Promise<{ user: ChatUser; clientId: string }> {
    const seeded = await seedReadyClient(db(), { band: 'mixed', now: clock.now() });
    await new AdviserRepository(db()).assignClient(seeded.id, ann);
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    expect(text(await user.say('Set a goal'))).toMatch(GOAL_QUESTION);
    return { user, clientId: seeded.id };
  }

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startEscalationBot(database.url, clock, { ADVISERS: JSON.stringify([{ name: 'Ann', userKey: 'emulator:adviser-ann' }]) });
    annChat = new ChatUser(bot, { userId: 'adviser-ann', name: 'Ann' });
    await annChat.say('hello');
    ann = (await new AdviserRepository(db()).findByUserKey('emulator:adviser-ann'))!;
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  it('a worrying message after the adviser closed the crisis raises it again, and the client is told the truth', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    await user.say('i want to end my life');
    const first = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
    await annChat.say(`resolve ${first.number}`);
    expect((await db().escalation.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('resolved');

    const again = text(await user.say('im going to do it tonight'));
    expect(again).toMatch(/Samaritans/);
    expect(again).not.toMatch(GOAL_QUESTION);
    const open = await db().escalation.findMany({ where: { clientId, reason: 'crisis', status: { not: 'resolved' } } });
    expect(open).toHaveLength(1);
    expect(open[0]!.id).not.toBe(first.id);
    expect(open[0]!.detail).toMatch(/after escalation \d+ was closed/);
    const notes = await db().escalationNote.findMany({ where: { escalationId: open[0]!.id, kind: 'client-said' } });
    expect(notes.map((note) => note.text)).toContain('im going to do it tonight');
  });

  it('the means at hand said in the window is danger now: 999 first and "are you safe right now?"', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i want to die');
    const reply = text(await user.say("i've got my tablets here"));
    expect(reply).toMatch(/^Please call 999 now/);
    expect(reply).toMatch(/Are you safe right now\?/);
    expect(text(await user.say('Carry on'))).not.toMatch(GOAL_QUESTION);
  });
});
