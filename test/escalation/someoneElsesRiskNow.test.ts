// Someone else's risk told by the client, which the check alone reads as nothing (play-testing,
// round six): "my mate keeps saying hes gonna end it all and i dont know what to do" at the goal
// question got "Here is my question again", and "my best friend took an overdose last night" the
// next question. Now: the words and numbers for someone worried about another person, the adviser
// told, no coaching until they choose; something over and done ("last year, doing much better
// now") is left to the question on screen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { AdviserRepository, type Adviser } from '../../src/db/advisers.ts';
import { seedReadyClient } from '../plan/planTestBot.ts';
import { startEscalationBot, TestClock } from './harness.ts';

type Bot = Awaited<ReturnType<typeof startEscalationBot>>;
const GOAL_QUESTION = /What would you like to work on\?/;

describe(`someone else's risk, told now, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: Bot;
  const clock = new TestClock(new Date('2026-03-04T10:00:00Z'));
  let annAdviser: Adviser;
  const db = () => bot.app.database.db;
  const text = (replies: string[]) => replies.join('\n');

  async function atTheGoalQuestion(): Promise<{ user: ChatUser; clientId: string }> {
    const seeded = await seedReadyClient(db(), { band: 'mixed', now: clock.now() });
    await new AdviserRepository(db()).assignClient(seeded.id, annAdviser);
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    expect(text(await user.say('Set a goal'))).toMatch(GOAL_QUESTION);
    return { user, clientId: seeded.id };
  }

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startEscalationBot(database.url, clock, { ADVISERS: JSON.stringify([{ name: 'Ann', userKey: 'emulator:adviser-ann' }]) });
    await new ChatUser(bot, { userId: 'adviser-ann', name: 'Ann' }).say('hello');
    annAdviser = (await new AdviserRepository(db()).findByUserKey('emulator:adviser-ann'))!;
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  it('a friend who keeps saying he will end it: support for them and the client, the adviser told, no coaching', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    const replies = text(await user.say('my mate keeps saying hes gonna end it all and i dont know what to do'));
    expect(replies).toMatch(/That sounds really frightening[\s\S]*If they are in danger now, call 999\./);
    expect(replies).toMatch(/Samaritans/);
    expect(replies).not.toMatch(GOAL_QUESTION);
    expect(replies).not.toMatch(/I am worried about you|move away from them/);
    const escalation = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
    expect(escalation.detail).toMatch(/someone they know may harm themselves/);
    expect(escalation.safetyKinds).toBe('someone-else');
    expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
  });

  it('an overdose last night is answered the same way', async () => {
    const { user } = await atTheGoalQuestion();
    expect(text(await user.say('my best friend took an overdose last night'))).toMatch(/That sounds really frightening/);
  });

  it('something over and done is not a crisis: the question on screen hears it', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    const replies = text(await user.say('my mate tried to kill himself a few years back, thats why i want to work in mental health'));
    expect(replies).not.toMatch(/That sounds really frightening|Samaritans/);
    expect(await db().escalation.count({ where: { clientId, reason: 'crisis' } })).toBe(0);
  });

  // The check reads this one as a crisis: told as someone else's, it gets their words, not "call 999 if you might act".
  it('someone else\'s overdose read as a crisis by the check is answered as theirs', async () => {
    const { user } = await atTheGoalQuestion();
    const replies = text(await user.say('my sister in law tried to overdose last year, shes doing much better now'));
    expect(replies).toMatch(/That sounds really frightening/);
    expect(replies).not.toMatch(/if you might act on this|I am worried about you/);
  });
});
