// A returning client whose review day has come is told so when they say hello.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z'); // 10am in London

describe(`a review that is due, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  async function clientWithReviewOn(day: Date): Promise<ChatUser> {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const plans = new PlanRepository(db, clock);
    await plans.addGoalWithItems(seeded.id, { text: 'Get a job in a shop', dueAt: null, items: [{ text: 'Make a CV', owner: 'client', dueAt: new Date('2026-06-20T23:00:00Z') }] });
    await plans.setNextReview(seeded.id, day, 'bot');
    return new ChatUser(bot, { userId: seeded.userId });
  }

  it('is mentioned on the day, and after it, but not before', async () => {
    const today = await clientWithReviewOn(new Date('2026-06-07T23:00:00Z')); // Monday 8 June, midnight in London
    expect((await today.say('hi')).join('\n')).toMatch(/Your plan review is due today\. Tap "Review my plan" when you are ready\./);
    const late = await clientWithReviewOn(new Date('2026-06-04T23:00:00Z'));
    expect((await late.say('hi')).join('\n')).toMatch(/Your plan review was due on Friday 5 June\./);
    const later = await clientWithReviewOn(new Date('2026-06-14T23:00:00Z'));
    expect((await later.say('hi')).join('\n')).not.toMatch(/review (is|was) due/);
  });

  // Play-testing: tapping "Review my plan" on the review day said "None of your steps are due yet.
  // Your next review is on" that same day, and a week later the adviser had a missed review.
  // A step not yet due is only checked, never asked "How did it go?" (see reviewAhead.test.ts).
  it('on the review day, "Review my plan" looks at every step still to do, though none is due', async () => {
    const today = await clientWithReviewOn(new Date('2026-06-07T23:00:00Z'));
    await today.say('hi');
    const replies = (await today.say('Review my plan')).join('\n');
    expect(replies).not.toMatch(/None of your steps are due yet/);
    expect(replies).toMatch(/Your step: Make a CV\. This one is for Sunday 21 June\. Can you still do it by then\?/);
    expect(replies).not.toMatch(/How did it go\?/);
  });

  it('before the review day, a step not yet due is left for later', async () => {
    const later = await clientWithReviewOn(new Date('2026-06-14T23:00:00Z'));
    await later.say('hi');
    expect((await later.say('Review my plan')).join('\n')).toMatch(/None of your steps are due yet\. Your next review is on Monday 15 June\./);
  });

  // Play-testing: job news inside a review had been kept as what happened, and no job noted.
  it('news of a job told in the review goes to the job first, with its employer and start day', async () => {
    const today = await clientWithReviewOn(new Date('2026-06-07T23:00:00Z'));
    await today.say('hi');
    await today.say('Review my plan');
    const replies = (await today.say('not done. i got the job at greggs!! start monday')).join('\n');
    expect(replies).toMatch(/Well done on the job at Greggs\./);
    expect(replies).toMatch(/Your start day is Monday 15 June/);
    expect(replies).not.toMatch(/How did it feel\?/);
    const client = await bot.app.database.db.client.findUniqueOrThrow({ where: { userKey: `emulator:${today.userId}` } });
    expect(await bot.app.database.db.employment.findMany({ where: { clientId: client.id } })).toMatchObject([{ employer: 'Greggs' }]);
  });
});
