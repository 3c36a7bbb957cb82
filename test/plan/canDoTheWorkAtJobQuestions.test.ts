// "I know how to do it" to "What makes you want that job?" got the crisis reply and an escalation
// (play-testing, round twenty-two): read alone, the risk models take it for a plan. At the job
// questions it is the reason for the job; anywhere else it is still read as the models read it.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { saysTheyCanDoTheWork } from '../../src/domain/canDoTheWork.ts';
import { consentAndLink } from '../journey/journey.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const joined = (replies: string[]) => replies.join('\n');
const SAFETY_BUTTONS = /Phone numbers|Carry on/;

describe('a whole message that says the client can do the work', () => {
  it.each(['I know how to do it', 'becos i no how to do it', 'Because I know how to do it.', 'i can do that job', "I've done it before", 'im good at it and i like it'])('%j is one', (text) => {
    expect(saysTheyCanDoTheWork(text)).toBe(true);
  });

  it.each(['i know how i would do it', 'i know how to do it and i have the pills', 'i know how to do it, been thinking about it all week', 'i know how to end it', 'i have done it before, twice'])('%j is not', (text) => {
    expect(saysTheyCanDoTheWork(text)).toBe(false);
  });
});

describe(`"I know how to do it" at the job questions, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it.each(['I know how to do it', 'becos i no how to do it'])('%j to "What makes you want that job?" is the reason, with no safety reply', async (typed) => {
    clock.current = new Date(MONDAY);
    const user = new ChatUser(bot);
    expect(joined(await consentAndLink(user, { name: 'Dave', code: "I don't have one" }))).toMatch(/What kind of job would you like most\?/);
    expect(joined(await user.say('cleaner'))).toMatch(/What makes you want that job\?/);
    const replies = await user.say(typed);
    expect(joined(replies)).not.toMatch(/adviser can help|Would you like your adviser|Are you safe/i);
    expect(replies.join(' ')).not.toMatch(SAFETY_BUTTONS);
    expect(joined(replies)).not.toMatch(/What makes you want that job\?/);
    const escalations = await bot.app.database.db.escalation.findMany();
    expect(escalations.filter((row) => row.reason === 'crisis')).toEqual([]);
  });

  it('the same words with no job question on screen are still read as a risk', async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('I know how to do it');
    const escalations = await db.escalation.findMany({ where: { clientId: seeded.id } });
    expect(escalations.map((row) => row.reason)).toContain('crisis');
  });
});
