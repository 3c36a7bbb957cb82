// Over the real bot, hour by hour: a client's one stall card as their stall facts come and go.
// December: when "Not replying to messages" closed because the client wrote again, a missed review
// that had been added to that card closed with it unsaid, so the review was never followed up. The
// close message now says it. And the path where a more urgent stall card takes in an older one
// ("Review missed" into "Not replying") had been tested only on the rules, never through the bot.
import { describe, expect, it } from 'vitest';
import { TestClock } from './harness.ts';
import { stallJourney } from './stallFixture.ts';

describe('stall cards, journey', () => {
  // Monday 8 June 2026, 9am in London; Amira's review is on Wednesday 10 June.
  const clock = new TestClock(new Date('2026-06-08T09:00:00Z'));
  const { users, said, db, clientWithReview, quiet, tick, openFor, toAnn } = stallJourney(clock);
  const card = (clientId: string, reason: string) => db().escalation.findFirstOrThrow({ where: { clientId, reason } });
  const reviewLine = (day: string) => `The review due on ${day} at 10am has not happened yet.`;

  it('Amira: "Not replying" gains the missed review; when she writes, the close message says the review too', async () => {
    const amira = await clientWithReview('amira', 'Amira Khan', '2026-06-10T09:00:00Z');
    await quiet('amira');
    await tick();
    clock.set('2026-06-15T09:00:00Z');
    await tick();
    expect(await openFor('amira')).toEqual(['outreach-unanswered']);
    const notReplying = await card(amira, 'outreach-unanswered');
    expect(notReplying.detail.split('\n')).toEqual(['Has not replied to the last 3 messages from the coach.', reviewLine('Wednesday 10 June')]);

    clock.set('2026-06-16T09:20:00Z'); // Tuesday, 10:20am in London
    await users.amira!.say('sorry been ill, havent done anything');
    const before = toAnn().length;
    await tick();
    const closed = toAnn().slice(before).filter((text) => /replied/.test(text));
    expect(closed).toEqual([
      `Amira replied (Tuesday 16 June at 10:20am), so #${notReplying.number} "Not replying to messages" is closed. They said: "sorry been ill, havent done anything"\n` +
        `It also said: ${reviewLine('Wednesday 10 June')} That is closed with it, so follow it up with them.`,
    ]);
    expect(await openFor('amira')).toEqual([]);
  });

  it('Dev: "Review missed" first, then he stops replying: "Not replying" takes in the older card, and closes with it said', async () => {
    // Wednesday 17 June, the day after Amira wrote.
    const dev = await clientWithReview('dev', 'Dev Patel', '2026-06-17T09:00:00Z');
    clock.set('2026-06-22T09:00:00Z');
    await tick();
    expect(await openFor('dev')).toEqual(['missed-review']);
    const reviewMissed = await card(dev, 'missed-review');

    await quiet('dev');
    await tick();
    expect(await openFor('dev')).toEqual(['outreach-unanswered']);
    const notReplying = await card(dev, 'outreach-unanswered');
    expect(notReplying.detail.split('\n')).toEqual(['Has not replied to the last 3 messages from the coach.', reviewLine('Wednesday 17 June')]);
    // Ann's list shows the one card; the older one says where it went.
    const list = await said('escalations');
    expect(list).toMatch(new RegExp(`#${notReplying.number} Soon Dev: Not replying to messages`));
    expect(list).not.toMatch(/Dev: Review missed/);
    const older = await card(dev, 'missed-review');
    expect(older.status).toBe('resolved');
    expect(JSON.parse(older.summary).response.by).toBe(`the coach, joined into #${notReplying.number}`);
    expect(reviewMissed.id).toBe(older.id);
    // A further pass raises nothing new for him.
    await tick();
    expect(await openFor('dev')).toEqual(['outreach-unanswered']);

    await users.dev!.say('hi sorry i lost my phone');
    const before = toAnn().length;
    await tick();
    const closed = toAnn().slice(before).filter((text) => /replied/.test(text));
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatch(new RegExp(`^Dev replied \\([^)]*\\), so #${notReplying.number} "Not replying to messages" is closed\\. They said: "hi sorry i lost my phone"\\nIt also said: ${reviewLine('Wednesday 17 June')} That is closed with it, so follow it up with them\\.$`));
  });
});
