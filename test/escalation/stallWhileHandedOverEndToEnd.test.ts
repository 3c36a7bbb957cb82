// End to end over the real bot: a client waiting for the adviser (asked for them) gains no "Not replying" or "Review missed" card while that hand-over is open; once it is closed, the stall rules act again (play-test 13).
import { describe, expect, it } from 'vitest';
import { caseloadKit, TestClock, useAdviserBot } from './harness.ts';

describe('a client waiting for Ann gets no stall cards, end to end', () => {
  const clock = new TestClock(new Date('2026-06-08T09:00:00Z'));
  const kit = useAdviserBot(clock);
  const { ids, client, plans, said, users } = caseloadKit(kit.bot, kit.ann);
  const db = () => kit.bot().app.database.db;

  it('only "Asked for you" for Gary until Ann closes it', async () => {
    await client('gary', 'Gary', 'Gary');
    await plans().addGoalWithItems(ids.gary!, { text: 'Get a forklift job', dueAt: null, items: [] });
    await db().plan.updateMany({ where: { clientId: ids.gary! }, data: { nextReviewAt: new Date('2026-06-10T09:00:00Z') } });
    await users.gary!.say('i want to speak to a real person not a robot');
    clock.set('2026-06-15T09:00:00Z');
    await db().client.update({ where: { id: ids.gary! }, data: { unansweredOutreach: 3 } });
    await kit.bot().app.escalationDispatcher.tick();
    const list = await said('escalations');
    expect(list).toMatch(/Gary: Asked for you/);
    expect(list).not.toMatch(/Gary: (Not replying|Review missed|Steps well past)/);
    const number = /#(\d+) Soon Gary: Asked for you/.exec(list)![1];
    await said(`resolve ${number} rang him, booked for thurs`);
    clock.advanceMinutes(61);
    await kit.bot().app.escalationDispatcher.tick();
    expect(await said('escalations')).toMatch(/Gary: (Not replying|Review missed)/);
  });
});
