// A menu button's label typed, not tapped, while "Would you like your adviser to get in touch?"
// waits: read as a tap is (src/domain/buttonWords.ts), so the button does what it says. A tap with
// a full stop after it was heard before; any other mark or an emoji had the offer left open.
import { describe, expect, it } from 'vitest';
import * as crisis from '../../src/messages/en/crisis.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { juneDay, MONDAY_8_JUNE, playClient } from './playTestClients.ts';

describe(`a menu label typed at the offer of the adviser, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY_8_JUNE);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('"review my plan 👍" starts the review', async () => {
    const client = await playClient(bot, clock, [{ text: 'Ring the agency', due: juneDay(10) }], juneDay(15));
    await client.days(3);
    // (Time away with it, "in hospital... cant do anything", is offered a pause instead: test/safety/timeAwayNotAWorry.test.ts.)
    const worry = (await client.user.say('everything is getting on top of me and i cant cope at the moment')).join('\n');
    expect(worry).toMatch(/Would you like your adviser to get in touch\?/);
    await client.days(4);
    const replies = (await client.user.say('review my plan 👍')).join('\n');
    expect(replies).not.toContain(crisis.concernLeftOpenReply);
    expect(replies).toMatch(/Your step was: Ring the agency\. It was for Wednesday 10 June\. How did it go\?/);
  });
});
