// After "Would you like your adviser to get in touch?", a client who carries on with the goal or the
// step the question asked for has that answer kept (play-testing, round nine: "ring the training
// centre about a forklift refresher" had been lost, and the "2moro" typed after it kept as the step).
// Elsewhere, words that are neither yes nor no still leave the offer open and ask the question again.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { ASK_GOAL, atGoalQuestion, atTheMenu, joined } from './journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const OFFER = /Would you like your adviser to get in touch\?/;

describe(`a goal or a step typed after the adviser is offered, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('the step typed after the offer is the step, and its day is asked next', async () => {
    clock.current = MONDAY;
    const { user } = await atGoalQuestion(bot, MONDAY);
    expect(joined(await user.say('get a job in a warehouse'))).toMatch(/step/);
    expect(joined(await user.say('i feel a bit useless to be honest'))).toMatch(OFFER);
    const replies = joined(await user.say('ring the training centre about a forklift refresher'));
    expect(replies).not.toMatch(/Your adviser is there if you want them/);
    expect(replies).toMatch(/When (?:will you have it done by|could you do it)\?/);
    const stored = JSON.stringify(await bot.app.database.db.botState.findMany());
    expect(stored).toContain('ring the training centre about a forklift refresher');
  });

  it('the goal typed after the offer is the goal', async () => {
    clock.current = MONDAY;
    const { user } = await atGoalQuestion(bot, MONDAY);
    expect(joined(await user.say('i feel a bit useless to be honest'))).toMatch(OFFER);
    expect(joined(await user.say('get a job in a shop'))).not.toMatch(ASK_GOAL);
    expect(JSON.stringify(await bot.app.database.db.botState.findMany())).toContain('get a job in a shop');
  });

  it('a question after the offer is not kept as the step', async () => {
    clock.current = MONDAY;
    const { user } = await atGoalQuestion(bot, MONDAY);
    await user.say('get a job in a warehouse');
    await user.say('i feel a bit useless to be honest');
    const replies = joined(await user.say('what happens now?'));
    expect(replies).not.toMatch(/When (?:will you have it done by|could you do it)\?/);
  });

  it('at the menu, words after the offer still leave it open', async () => {
    clock.current = MONDAY;
    const { user } = await atTheMenu(bot, MONDAY);
    expect(joined(await user.say('i feel a bit useless to be honest'))).toMatch(OFFER);
    expect(joined(await user.say('my probation officer'))).toMatch(/Your adviser is there if you want them/);
  });
  // Play-testing, round nine: a yes in the client's own words had been heard as no.
  it.each(['can you tell my adviser', 'id like that', 'please do'])('%j after the offer asks the adviser', async (said) => {
    clock.current = MONDAY;
    const { seeded, user } = await atTheMenu(bot, MONDAY);
    expect(joined(await user.say('i feel a bit useless to be honest'))).toMatch(OFFER);
    expect(joined(await user.say(said))).not.toMatch(/Your adviser is there if you want them/);
    expect(await bot.app.database.db.escalation.count({ where: { clientId: seeded.id, reason: 'concern' } })).toBe(1);
  });
});
