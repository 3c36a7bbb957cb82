// "Would you like your adviser to get in touch?" answered with neither yes nor no (play-testing,
// round five): "my probation officer" had been taken as the answer to the question the offer
// covered, and "idk" as "Sorry, I didn't catch that". Now the offer stays open, is said to stay
// open, and the question before it comes back; nothing is saved from the reply.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { seedReadyClient } from '../plan/planTestBot.ts';
import { startEscalationBot, TestClock } from './harness.ts';

type Bot = Awaited<ReturnType<typeof startEscalationBot>>;
const GOAL_QUESTION = /What would you like to work on\?/;
const OFFER = /Would you like your adviser to get in touch\?/;

describe(`an answer to the adviser offer that is neither yes nor no, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: Bot;
  const clock = new TestClock(new Date('2026-03-04T10:00:00Z'));
  const text = (replies: string[]) => replies.join('\n');

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startEscalationBot(database.url, clock);
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  it.each([
    ['my probation officer', /^OK\. Your adviser is there if you want them\./],
    ['idk', /^That is OK\. You do not have to decide now\./],
  ])('%j keeps the offer open, asks the goal question again, and saves nothing', async (typed, reply) => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'mixed', now: clock.now() });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    expect(text(await user.say('Set a goal'))).toMatch(GOAL_QUESTION);
    expect(text(await user.say('i feel so low all the time'))).toMatch(OFFER);
    const answered = text(await user.say(typed));
    expect(answered).toMatch(reply);
    expect(answered).toMatch(GOAL_QUESTION);
    expect(await bot.app.database.db.goal.count({ where: { plan: { clientId: seeded.id } } })).toBe(0);
    expect(await bot.app.database.db.escalation.count({ where: { clientId: seeded.id } })).toBe(0);
  });

  // Play-testing, round seven: after a "No, thanks", a second worry gets "Just type 'talk to my
  // adviser'"; "Yes, please" typed next had been kept as the answer to the question under it.
  it('after a no, a worry said again and then "Yes, please" asks the adviser', async () => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'mixed', now: clock.now() });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Set a goal');
    expect(text(await user.say('i feel so low all the time'))).toMatch(OFFER);
    await user.say('No, thanks');
    expect(text(await user.say('whats the point tbh nobody hires someone like me'))).toMatch(/Just type "talk to my adviser"/);
    expect(text(await user.say('Yes, please'))).toMatch(/^I have asked your adviser to get in touch/);
    expect(await bot.app.database.db.escalation.count({ where: { clientId: seeded.id } })).toBe(1);
  });
});
