// News of the client's health, and a question about who reads it, typed at the menu: play-testing
// found both read as "should I tell an employer?", handed to the adviser and put in the plan.
// Over real HTTP on the database under test.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { atTheMenu, joined } from './journey.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const HANDED_OVER = /I have passed your question on to them/;

describe(`health news at the menu, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  async function atTheMenuWithChecks() {
    const { seeded, user } = await atTheMenu(bot, MONDAY);
    const nothingAdded = async () => {
      expect(await new PlanRepository(bot.app.database.db, clock).currentPlan(seeded.id)).toBeNull();
      expect(await bot.app.database.db.escalation.count({ where: { clientId: seeded.id } })).toBe(0);
    };
    return { user, nothingAdded };
  }

  it.each(['ive been ill', 'ive been really poorly this week'])('"%s" is met kindly, and nothing is passed on or planned', async (typed) => {
    const { user, nothingAdded } = await atTheMenuWithChecks();
    const replies = joined(await user.say(typed));
    expect(replies).toMatch(/I am sorry to hear that\. I hope you feel better soon\./);
    expect(replies).not.toMatch(HANDED_OVER);
    expect(replies).not.toMatch(/Samaritans|Shelter/);
    expect(replies).toMatch(/What would you like to do\?/);
    await nothingAdded();
  });

  it('"can my adviser see what i say about my health" is told who sees answers', async () => {
    const { user, nothingAdded } = await atTheMenuWithChecks();
    const replies = joined(await user.say('can my adviser see what i say about my health'));
    expect(replies).toMatch(/Your adviser can see your answers\./);
    expect(replies).not.toMatch(HANDED_OVER);
    await nothingAdded();
  });

  it('"should i tell my employer about my epilepsy" is still passed to the adviser', async () => {
    const { user } = await atTheMenuWithChecks();
    expect(joined(await user.say('should i tell my employer about my epilepsy'))).toMatch(HANDED_OVER);
  });
});
