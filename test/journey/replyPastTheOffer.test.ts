// Play-testing: at the goal question "i dont no really, im a single mum and cant do nights" made the
// adviser's offer; the next message, not an answer to it ("part time job in school hours", "why do you
// need this"), was thrown away: "OK. Your adviser is there if you want them." and the goal question
// again. Now it is taken as "Carry on" and goes on to the question on screen, as typed there.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { ASK_GOAL, atGoalQuestion, joined } from './journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const OFFER = /Would you like your adviser to get in touch\?/;
const WORRY = 'i dont no really, im a single mum and cant do nights';

describe(`a reply past the adviser's offer, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const atTheOffer = async () => {
    clock.current = MONDAY;
    const started = await atGoalQuestion(bot, MONDAY);
    expect(joined(await started.user.say(WORRY))).toMatch(OFFER);
    return started;
  };

  it.each([
    ['part time job in school hours', /Let's pick one small step/],
    ['wanna work in a nursery', /Let's pick one small step/],
    ['why do you need this', /A goal gives us something to aim for/],
    ['how long does this take?', /Not too long\./],
  ])('%j after the offer: taken as "Carry on" and answered as at the goal question', async (said, answered) => {
    const { user } = await atTheOffer();
    const replies = joined(await user.say(said));
    expect(replies).toMatch(answered);
    expect(replies).not.toMatch(/Your adviser is there if you want them/);
  });

  it.each([
    ['Carry on', ASK_GOAL, 0],
    ['No, thanks', /I will not ask again/, 0],
    ['Yes, please', /I have asked your adviser to get in touch/, 1],
    ['maybe', /You do not have to decide now/, 0],
  ])('%j to the offer still works as before', async (said, reply, asked) => {
    const { seeded, user } = await atTheOffer();
    const replies = joined(await user.say(said));
    expect(replies).toMatch(reply);
    expect(replies).toMatch(ASK_GOAL);
    expect(await bot.app.database.db.escalation.count({ where: { clientId: seeded.id, reason: 'concern' } })).toBe(asked);
  });

  it('another worry after the offer is still heard by the safety check', async () => {
    const { user } = await atTheOffer();
    const replies = joined(await user.say('i feel so low all the time, nothing ever works out'));
    expect(replies).toMatch(OFFER);
    expect(replies).not.toMatch(/Let's pick one small step/);
  });

  it('a crisis after the offer still gets the crisis reply', async () => {
    const { seeded, user } = await atTheOffer();
    const replies = joined(await user.say('i want to kill myself'));
    expect(replies).toMatch(/Samaritans: call 116 123/);
    expect(replies).not.toMatch(ASK_GOAL);
    expect(await bot.app.database.db.escalation.count({ where: { clientId: seeded.id, reason: 'crisis' } })).toBe(1);
  });
});
