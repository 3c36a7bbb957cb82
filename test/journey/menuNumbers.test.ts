// A number typed at the menu picks the button in its place; "Talk to my adviser" picked that way
// is asked once, so a slip of the thumb raises no request. Over real HTTP on the database under test.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { joined } from './journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

describe(`numbers at the menu, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  async function atTheMenu() {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    expect(joined(await user.say('hi'))).toMatch(/\[Talk to my adviser\]/);
    const requests = () => bot.app.database.db.escalation.count({ where: { clientId: seeded.id } });
    return { user, requests };
  }

  it('"6" asks before it asks the adviser; "no" leaves no request and brings the menu back', async () => {
    const { user, requests } = await atTheMenu();
    const asked = joined(await user.say('6'));
    expect(asked).toMatch(/Do you want me to ask your adviser to get in touch\?/);
    expect(asked).not.toMatch(/I have asked your adviser/);
    const declined = joined(await user.say('no'));
    expect(declined).toMatch(/What would you like to do next\?/);
    expect(await requests()).toBe(0);
  });

  it.each(['six', 'the sixth'])('"%s", the same place in words, is asked too', async (typed) => {
    const { user, requests } = await atTheMenu();
    expect(joined(await user.say(typed))).toMatch(/Do you want me to ask your adviser to get in touch\?/);
    expect(await requests()).toBe(0);
  });

  it('"6" then "yes" asks the adviser', async () => {
    const { user, requests } = await atTheMenu();
    await user.say('6');
    expect(joined(await user.say('yes'))).toMatch(/asked your adviser to get in touch/);
    expect(await requests()).toBe(1);
  });

  it('the words or the button ask at once, and "1" still shows the plan', async () => {
    const { user, requests } = await atTheMenu();
    expect(joined(await user.say('Talk to my adviser'))).toMatch(/asked your adviser to get in touch/);
    expect(await requests()).toBe(1);
    expect(joined(await user.say('1'))).toMatch(/plan/i);
  });
});
