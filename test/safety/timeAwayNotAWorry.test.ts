// Time away that only the risk models read as a worry (play-testing, December): "been in hospital
// with my back, cant do anything for 2 weeks" after a reminder got "That sounds really hard... Would
// you like your adviser to get in touch?", then helplines, and six more reminders while in hospital.
// It is news of time away: sorry first, and the offer to pause reminders until they are back.
import { describe, expect, it } from 'vitest';
import * as pauseSay from '../../src/messages/en/reminderSwitch.ts';
import { offerAgain } from '../../src/messages/en/concernOffer.ts';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { clientAfterAReminder, MONDAY_8_JUNE } from '../review/playTestClients.ts';

describe(`time away read as a worry only by the models, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY_8_JUNE);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it.each([
    ['been in hospital with my back, cant do anything for 2 weeks', pauseSay.timeAwayHeard.hospital],
    ['just had an op, cant do much for six weeks', pauseSay.timeAwayHeard.hospital],
  ])('%j after a reminder: sorry, and reminders offered a pause, not the adviser', async (typed, heardLine) => {
    const client = await clientAfterAReminder(bot, clock);
    const replies = (await client.user.say(typed)).join('\n');
    expect(replies).toContain(heardLine);
    expect(replies).toMatch(/pause your reminders/);
    expect(replies).not.toContain(offerAgain);
    expect((await client.user.say('yes')).join('\n')).toMatch(/paused/i);
    expect(await client.db.escalation.count({ where: { clientId: client.seeded.id } })).toBe(0);
  });

  it('a worry said beside time away still gets the check-in', async () => {
    const client = await clientAfterAReminder(bot, clock);
    const replies = (await client.user.say('in hospital for 2 weeks, i feel like giving up on everything')).join('\n');
    expect(replies).not.toMatch(/pause your reminders/);
  });
});
