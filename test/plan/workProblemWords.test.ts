// Trouble at work typed after an in-work check-in, found by play-testing: "not great tbh my manager
// keeps shouting at me" was heard only as a worry (the offer declined, the problem lost), and "im
// thinking of quitting" got a reply about looking for work. Both reach the adviser now.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const joined = (replies: string[]) => replies.join('\n');

describe(`trouble at work, said loosely, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it.each(['not great tbh my manager keeps shouting at me', 'im thinking of quitting'])('"%s" from a client in work goes to the adviser', async (typed) => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    await db.employment.create({ data: { clientId: seeded.id, employer: 'Tesco', startsOn: MONDAY, reportedAt: MONDAY } });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    const replies = joined(await user.say(typed));
    expect(replies).toMatch(/your adviser/i);
    expect(replies).not.toMatch(/when they look for work/);
    expect(replies).not.toMatch(/Would you like your adviser to get in touch\?/);
    const escalations = await db.escalation.findMany({ where: { clientId: seeded.id } });
    expect(escalations.map((row) => row.reason)).toEqual(['client-asked']);
    expect(escalations[0]!.detail).toContain(typed);
  });

  it.each([
    ['he shouts at me in front of customers', 'client-asked', /I have asked your adviser to get in touch, so you can work it out together/],
    ['he hits me when the manager is not there', 'crisis', /Nobody has the right to hurt you/],
  ])('"%s" to "What is making it hard?" at work is read for what it is', async (typed, reason, reply) => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    await db.employment.create({ data: { clientId: seeded.id, employer: 'Tesco', startsOn: MONDAY, reportedAt: MONDAY } });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    expect(joined(await user.say('Some problems'))).toMatch(/What is making it hard\?/);
    expect(joined(await user.say(typed))).toMatch(reply);
    const escalations = await db.escalation.findMany({ where: { clientId: seeded.id } });
    expect(escalations.map((row) => row.reason)).toEqual([reason]);
  });
});
