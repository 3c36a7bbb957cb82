// Priya, a client of Ann's with a step due Tuesday 16 June and her review on Monday 22 June 2026:
// the set-up the tests of a client moving their own review, seen by the adviser, share.
import { AdviserRepository } from '../../src/db/advisers.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { seedReadyClient } from '../plan/planTestBot.ts';
import type { AdviserBot, TestClock } from '../escalation/harness.ts';

export async function priyaWithAReview(kit: AdviserBot, clock: TestClock) {
  const db = kit.bot().app.database.db;
  const seeded = await seedReadyClient(db, { band: 'mixed', now: clock.now() });
  await db.client.update({ where: { id: seeded.id }, data: { displayName: 'Priya' } });
  const advisers = new AdviserRepository(db);
  await advisers.assignClient(seeded.id, (await advisers.findByUserKey('emulator:adviser-ann'))!);
  const plans = new PlanRepository(db, clock);
  await plans.addGoalWithItems(seeded.id, { text: 'A warehouse job', dueAt: null, items: [{ text: 'Update my CV', owner: 'client', dueAt: new Date('2026-06-16T23:00:00Z') }] });
  await plans.setNextReview(seeded.id, new Date('2026-06-21T23:00:00Z'));
  const toAnn = () => kit.bot().connector.repliesTo(kit.ann().conversationId).map((activity) => activity.text ?? '');
  return { seeded, plans, toAnn, before: toAnn().length };
}
