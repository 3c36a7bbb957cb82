// Play-testing: "8 but im scared" at "How sure do you feel that you can do this, from 1 to 10?" was
// read as a worry, and the adviser was offered. Once the offer was answered, the how-sure question came
// back and the 8 was lost. Now a number with a worry the safety check hears ("8 but i feel useless")
// still has the offer made as before, and the number is kept once it is answered. "8 but im scared"
// alone is nerves, not a risk (risk/everydayOnlyAnswer.ts): the question answers it and keeps the 8.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { atGoalQuestion, joined } from './journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const OFFER = /Would you like your adviser to get in touch\?/;
const HOW_SURE = /How sure do you feel that you can do this/;

describe(`a number said with a worry at the how-sure question, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const atHowSure = async () => {
    clock.current = MONDAY;
    const started = await atGoalQuestion(bot, MONDAY);
    await started.user.say('get a job in a shop');
    expect(joined(await started.user.say('ring the college on wednesday'))).toMatch(HOW_SURE);
    return started;
  };

  it.each([
    ['8 but i feel useless', 'Carry on', 8],
    ['7 but i havent slept in days', 'No, thanks', 7],
    ['6 but everything feels hopeless', 'Yes, please', 6],
  ])('%j, then %j to the offer: the offer made, then the number kept, not asked again', async (said, toTheOffer, rating) => {
    const { seeded, user } = await atHowSure();
    expect(joined(await user.say(said))).toMatch(OFFER);
    const replies = joined(await user.say(toTheOffer));
    expect(replies).toContain(`I have put that down as ${rating} out of 10.`);
    expect(replies).not.toMatch(HOW_SURE);
    const asked = await bot.app.database.db.escalation.count({ where: { clientId: seeded.id, reason: 'concern' } });
    expect(asked).toBe(toTheOffer === 'Yes, please' ? 1 : 0);
  });

  it.each(['8 but im scared', '4 tbh im terrified'])('%j is nerves: no offer, the nerves answered and the number kept', async (said) => {
    const { user } = await atHowSure();
    const replies = joined(await user.say(said));
    expect(replies).not.toMatch(OFFER);
    expect(replies).toContain(`I have put that down as ${said[0]} out of 10.`);
    expect(replies).not.toMatch(HOW_SURE);
  });

  it('a worry with no rating in it still has the question asked again after the offer', async () => {
    const { user } = await atHowSure();
    expect(joined(await user.say('i feel a bit useless to be honest'))).toMatch(OFFER);
    const replies = joined(await user.say('Carry on'));
    expect(replies).toMatch(HOW_SURE);
    expect(replies).not.toMatch(/out of 10/);
  });
});
