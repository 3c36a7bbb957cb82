// "My plan" over real HTTP: the card with what the adviser promised, late items, and agreeing to a
// changed plan with the button, while the earlier version stays readable.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';
import { validateAdaptiveCard } from '../support/adaptiveCards.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');
const londonMidnight = (day: string) => new Date(`${day}T00:00:00+01:00`);

describe(`My plan over HTTP on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);

  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('shows adviser promises and late items, and takes "I agree to this plan" after a change', async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    const v1 = await plans.addGoalWithItems(seeded.id, {
      text: 'Apply for 2 cleaning jobs by Friday',
      dueAt: londonMidnight('2026-06-12'),
      items: [{ text: 'Apply for 2 cleaning jobs', owner: 'client', dueAt: londonMidnight('2026-06-12') }],
    });
    await plans.agree(seeded.id);
    await plans.addAdviserItem(seeded.id, 'Find out about **evening** shifts', londonMidnight('2026-06-17'));

    clock.current = new Date('2026-06-15T08:00:00Z'); // the client's item is now late
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    const replies = await user.say('My plan');
    expect(replies[0]).toBe('Here is your plan.');
    expect(replies.at(-1)).toMatch(/If it feels right, tap "I agree to this plan"\..*\[I agree to this plan\] \[Not yet\]/);

    const card = user.replies().find((activity) => activity.attachments?.length)!.attachments[0].content;
    expect(validateAdaptiveCard(card).errors).toEqual([]);
    expect(card.version).toBe('1.5');
    expect(card.fallbackText).toContain('Version 2. This plan is new or has changed.');
    expect(card.fallbackText).toContain('What you will do:\n- Apply for 2 cleaning jobs (Late: it was due Friday 12 June)');
    // Plain text is not rendered, so it is left exactly as typed (the card's TextBlock escapes it).
    expect(card.fallbackText).toContain('What your adviser will do:\n- Find out about **evening** shifts (To do. By Wednesday 17 June)');

    expect((await user.say('I agree to this plan')).join('\n')).toMatch(/you agreed to this plan today/);
    const [old, current] = await plans.planVersions(seeded.id);
    expect(current).toMatchObject({ version: 2, status: 'agreed', clientAgreedAt: new Date('2026-06-15T08:00:00Z') });
    expect(old).toMatchObject({ id: v1.id, status: 'superseded', clientAgreedAt: MONDAY });
    expect(old!.items.map((item) => [item.text, item.owner, item.status])).toEqual([['Apply for 2 cleaning jobs', 'client', 'open']]);

    const again = await user.say('My plan');
    expect(again.join('\n')).not.toMatch(/I agree to this plan/);
    clock.current = MONDAY;
  });

  it('shows the plan first when "I agree to this plan" is typed at the menu', async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    await new PlanRepository(db, clock).addGoalWithItems(seeded.id, {
      text: 'Update my CV by Friday',
      dueAt: londonMidnight('2026-06-12'),
      items: [{ text: 'Update my CV', owner: 'client', dueAt: londonMidnight('2026-06-12') }],
    });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    const replies = await user.say('I agree to this plan');
    expect(replies[0]).toBe('Here is your plan.');
    expect(replies.at(-1)).toMatch(/\[I agree to this plan\]/);
    expect((await user.say('I agree to this plan')).join('\n')).toMatch(/you agreed to this plan today/);
  });

  it('a menu button typed at the agreement question, days later, starts that conversation and agrees to nothing', async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    await plans.addGoalWithItems(seeded.id, { text: 'Get a job', dueAt: null, items: [{ text: 'Update my CV', owner: 'client', dueAt: londonMidnight('2026-06-10') }] });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    expect((await user.say('My plan')).join('\n')).toMatch(/\[I agree to this plan\]/);
    clock.current = new Date('2026-06-11T09:00:00Z');
    const review = (await user.say('review my plan')).join('\n');
    expect(review).not.toMatch(/Let us finish this question first/);
    expect(review).toMatch(/Your step was: Update my CV\. .*How did it go\?/);
    expect((await user.say('yeah did it')).join('\n')).toMatch(/What happened\?/);
    expect((await plans.currentPlan(seeded.id))!.clientAgreedAt).toBeNull();
    clock.current = MONDAY;
  });
});
