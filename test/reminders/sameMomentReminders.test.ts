// Play-testing: a review reminder and a step reminder due at the same moment, and a typed "done"
// answered the review (the newest reminder) instead of the step. Typed words answer the step; with
// two steps reminded at once, the coach asks which one.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { syncPlanReminders } from '../../src/scheduler/reminderPlanning.ts';
import { clientAtTheMenuWithSteps } from './reminderClients.ts';

const joined = (replies: string[]) => replies.join('\n');
const DUE = '2026-11-25T00:00:00Z';

describe(`a step reminder and a review reminder at the same moment, on ${testProvider}`, () => {
  const clock = new TestClock(new Date('2026-11-23T09:00:00Z'));
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  /** Steps due on the review day: their reminders and the review's all go out at 10am. */
  async function remindedOnTheReviewDay(steps: string[]) {
    const { user, seeded, plans, db } = await clientAtTheMenuWithSteps(bot, clock, steps.map((text) => ({ text, dueAt: DUE })));
    await db.plan.updateMany({ where: { clientId: seeded.id }, data: { nextReviewAt: new Date(DUE) } });
    await syncPlanReminders(bot.app.services, seeded.id);
    clock.current = new Date('2026-11-25T10:00:00Z');
    await bot.app.reminders.tick(clock.now());
    // The review's reminder is the newest, as when the dispatcher sends it a moment after the step's.
    await db.reminder.updateMany({ where: { clientId: seeded.id, kind: 'review-due', status: 'sent' }, data: { sentAt: new Date('2026-11-25T10:00:02Z') } });
    expect(joined(user.replies().slice(-3).map((reply: { text?: string }) => reply.text ?? ''))).toMatch(/It is time to look at your plan together/);
    const statusOf = async (text: string) => (await plans.currentPlan(seeded.id))!.items.find((item) => item.text === text)!.status;
    return { user, statusOf };
  }

  it.each(['done', 'did it'])('"%s" marks the step done, not the review', async (typed) => {
    const { user, statusOf } = await remindedOnTheReviewDay(['Ask Jo for a reference']);
    const replies = joined(await user.say(typed));
    expect(replies).toMatch(/I have marked that step as done/);
    expect(replies).not.toMatch(/didn't catch that/);
    expect(await statusOf('Ask Jo for a reference')).toBe('done');
  });

  it('asks which step when two were reminded at once, and marks only the one picked', async () => {
    const { user, statusOf } = await remindedOnTheReviewDay(['Ask Jo for a reference', 'Ring the college']);
    const asked = joined(await user.say('done'));
    expect(asked).toMatch(/Which step have you done\?.*\[Ask Jo for a reference\] \[Ring the college\] \[All of them\]/);
    expect(await statusOf('Ask Jo for a reference')).toBe('open');
    expect(joined(await user.say('Ring the college'))).toMatch(/I have marked that step as done/);
    expect(await statusOf('Ring the college')).toBe('done');
    expect(await statusOf('Ask Jo for a reference')).toBe('open');
  });
});
