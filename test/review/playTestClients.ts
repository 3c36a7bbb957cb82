// The play-test clients of test/review/playTestReviews*.test.ts: ready, at the menu on Monday 8 June
// 2026 at 10am in London, with their own steps (and any the adviser owns), a review day and the
// reminders planned. `days(n)` moves the clock on a day at a time and runs the scheduler at 10am,
// as a client who does not write would see it.
import { expect } from 'vitest';
import { PlanRepository } from '../../src/db/plans.ts';
import { syncPlanReminders } from '../../src/scheduler/reminderPlanning.ts';
import { ChatUser, type BotUnderTest } from '../support/botUnderTest.ts';
import { seedReadyClient, type TestClock } from '../plan/planTestBot.ts';

export const MONDAY_8_JUNE = new Date('2026-06-08T09:00:00Z');
/** Midnight in London (BST) on a day of June 2026, as the plan keeps a step's day. */
export const juneDay = (day: number) => new Date(Date.UTC(2026, 5, day - 1, 23));

export type PlayStep = { text: string; due: Date | null; owner?: 'client' | 'adviser' };

export async function playClient(bot: BotUnderTest, clock: TestClock, steps: PlayStep[], reviewAt: Date | null) {
  clock.current = MONDAY_8_JUNE;
  const db = bot.app.services.db;
  const plans = new PlanRepository(db, clock);
  const seeded = await seedReadyClient(db, { band: 'mixed', now: clock.now() });
  const user = new ChatUser(bot, { userId: seeded.userId });
  await user.say('hi');
  const own = steps.filter((step) => (step.owner ?? 'client') === 'client');
  await plans.addGoalWithItems(seeded.id, { text: 'Get a job in a warehouse', dueAt: null, items: own.map(({ text, due }) => ({ text, owner: 'client' as const, dueAt: due })) });
  for (const step of steps.filter((s) => s.owner === 'adviser')) await plans.addAdviserItem(seeded.id, step.text, step.due);
  if (reviewAt) await plans.setNextReview(seeded.id, reviewAt);
  await plans.agree(seeded.id);
  await syncPlanReminders(bot.app.services, seeded.id);
  const items = async () => (await plans.currentPlan(seeded.id))!.items;
  const lineageOf = async (text: string) => (await items()).find((item) => item.text === text)!.lineageId;
  /** Each day at 10am local, the scheduler runs; returns the reminders' texts sent meanwhile. */
  const days = async (count: number): Promise<string[]> => {
    const before = user.replies().length;
    for (let n = 0; n < count; n++) {
      clock.current = new Date(clock.current.getTime() + 24 * 3600_000);
      await bot.app.reminders.tick(clock.now());
    }
    return user.replies().slice(before).map((reply) => String(reply.text ?? ''));
  };
  return { seeded, user, plans, db, items, lineageOf, days };
}

/** A client a week on, at Monday 15 June's review, with "How did it go?" on screen (the agency's step by default). */
export async function clientAtTheReview(bot: BotUnderTest, clock: TestClock, steps: PlayStep[] = [{ text: 'Ring the agency', due: juneDay(10) }]) {
  const client = await playClient(bot, clock, steps, juneDay(15));
  await client.days(7);
  expect((await client.user.say('Review my plan')).join('\n')).toContain('How did it go?');
  return client;
}

/** Three days on, the reminders about the step sent and not answered (the agency's step by default). */
export async function clientAfterAReminder(bot: BotUnderTest, clock: TestClock, steps: PlayStep[] = [{ text: 'Ring the agency', due: juneDay(10) }]) {
  const client = await playClient(bot, clock, steps, juneDay(15));
  expect((await client.days(3)).join('\n')).toContain(steps[0]!.text);
  return client;
}

export type PlayedClient = Awaited<ReturnType<typeof playClient>>;
/** What the client typed; what the coach must say (all of it); what it must not say. */
export type PlayRow = [typed: string, says: Array<string | RegExp>, never?: Array<string | RegExp>];

/** Each row typed in turn, every reply checked against what it must and must not say. */
export async function playRows(client: PlayedClient, rows: PlayRow[]): Promise<void> {
  for (const [typed, says, never = []] of rows) {
    const replies = (await client.user.say(typed)).join('\n');
    for (const words of says) {
      if (typeof words === 'string') expect(replies, `"${typed}" should get: ${words}`).toContain(words);
      else expect(replies, `"${typed}" should get: ${words}`).toMatch(words);
    }
    for (const words of never) {
      if (typeof words === 'string') expect(replies, `"${typed}" should not get: ${words}`).not.toContain(words);
      else expect(replies, `"${typed}" should not get: ${words}`).not.toMatch(words);
    }
  }
}
