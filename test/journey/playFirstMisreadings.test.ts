// Play-testing first conversations (December), through the whole bot: words read as something the
// client did not mean. "I would say 7." at "How sure" had been handed to the adviser as a question
// about telling an employer (with a step in the plan), "speak to my manager on my next shift" as a
// request for the adviser, "Will my work coach be able to see this?" as one too, with the crisis
// numbers; "yes because of prison" at "Time out of work" lost its yes.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { ProfileRepository } from '../../src/db/profiles.ts';
import { BARRIER_IDS } from '../../src/domain/barriers.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { atGoalQuestion, atTheMenu, consentAndLink, joined } from './journey.ts';
import { consentAnswers } from '../../src/messages/en/onboarding.ts';
import { askOneStep } from '../../src/messages/en/smartGoal.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const ADVISER_ASKED = /I have asked your adviser to get in touch/;
const HANDED_OVER = /I have passed your question on to them/;

describe('words play-testers meant plainly, through the whole bot', () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const escalationsOf = (clientId: string) => bot.app.database.db.escalation.findMany({ where: { clientId } });

  it('"I would say 7." at "How sure" is the rating: nothing handed over, nothing added to the plan', async () => {
    const { seeded, user } = await atGoalQuestion(bot, MONDAY, 'internal');
    await user.say('find work in retail');
    await user.say('ring the SIA helpline');
    expect(joined(await user.say('Friday'))).toMatch(/How sure/);
    const replies = joined(await user.say('I would say 7.'));
    expect(replies).not.toMatch(HANDED_OVER);
    // The rating with its full stop is kept as it is (parseConfidence, src/domain/smart.ts).
    expect(replies).toMatch(/Which job/);
    await user.say('Cleaner');
    await user.say('Yes');
    const plan = await new PlanRepository(bot.app.database.db, clock).currentPlan(seeded.id);
    expect(plan!.items.map((item) => item.text)).toEqual(['Ring the SIA helpline']);
    expect(plan!.goals[0]!.confidence).toBe(7);
    expect(await escalationsOf(seeded.id)).toEqual([]);
  });

  it('"speak to my manager on my next shift" at the step question is the step, not a request for the adviser', async () => {
    const { seeded, user } = await atGoalQuestion(bot, MONDAY, 'internal');
    await user.say('get more hours');
    const replies = joined(await user.say('speak to my manager on my next shift'));
    expect(replies).not.toMatch(ADVISER_ASKED);
    expect(replies).not.toMatch(/Samaritans/);
    // The step was taken: its question is not asked again.
    expect(replies).not.toContain(askOneStep['self-directed']);
    expect(await escalationsOf(seeded.id)).toEqual([]);
  });

  it('"Will my work coach be able to see this?" at the menu is answered: who sees the answers, nobody asked to call', async () => {
    const { seeded, user } = await atTheMenu(bot, MONDAY);
    const replies = joined(await user.say('Will my work coach be able to see this?'));
    expect(replies).toContain(consentAnswers['who-sees']);
    expect(replies).not.toMatch(ADVISER_ASKED);
    expect(replies).not.toMatch(/Samaritans/);
    expect(await escalationsOf(seeded.id)).toEqual([]);
  });

  it('a question about telling an employer about a record is handed over as one about a record', async () => {
    const { seeded, user } = await atTheMenu(bot, MONDAY);
    expect(joined(await user.say('do i have to tell employers about my conviction?'))).toMatch(HANDED_OVER);
    const [escalation] = (await escalationsOf(seeded.id)).filter((row) => row.reason === 'specialist-barrier');
    expect(escalation!.detail).toMatch(/Asked what to tell an employer about their record: "do i have to tell employers about my conviction\?"/);
    expect(escalation!.detail).not.toMatch(/about their health/);
  });

  it('"yes because of prison" at "Time out of work" is a yes to time out of work, with its words', async () => {
    const user = new ChatUser(bot);
    await consentAndLink(user, { name: 'Dean', code: "I don't have one" });
    for (const answer of ['labourer', 'Skip', "No, that's all", 'no', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'Skip', 'No one yet']) await user.say(answer);
    for (const id of BARRIER_IDS) {
      const replies = joined(await user.say(id === 'work-gaps' ? 'yes because of prison' : 'No'));
      if (id === 'work-gaps') expect(replies).not.toMatch(/This question is about time out of work/);
    }
    const client = await bot.app.database.db.client.findUnique({ where: { userKey: `emulator:${user.userId}` } });
    const { profile } = await new ProfileRepository(bot.app.database.db).loadProgress(client!.id);
    expect(profile.barriers['work-gaps']).toBe('yes');
    expect(profile.barrierNotes).toEqual({ 'work-gaps': 'yes because of prison' });
  });
});
