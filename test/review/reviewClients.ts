// The review tests' one way to seed a client: consented, first questions done (external locus), with
// one step of their own that was due a day and a half ago, so "Review my plan" asks about it.
import { PlanRepository } from '../../src/db/plans.ts';
import type { BotUnderTest, ChatUser } from '../support/botUnderTest.ts';

export async function clientWithAnOverdueStep(bot: BotUnderTest, user: ChatUser, goal: string, step: string) {
  const db = bot.app.database.db;
  const client = await db.client.create({
    data: { userKey: `emulator:${user.userId}`, channelId: 'emulator', consentVersion: 'test', consentedAt: new Date(), timeZone: 'Europe/London' },
  });
  await db.vocationalProfile.create({ data: { clientId: client.id, data: '{}', completedAt: new Date() } });
  await db.locusResult.create({ data: { clientId: client.id, score: 0.5, band: 'external', answers: '{}' } });
  const plan = await new PlanRepository(db).addGoalWithItems(client.id, {
    text: goal,
    dueAt: null,
    items: [{ text: step, owner: 'client', dueAt: new Date(Date.now() - 36 * 3600_000) }],
  });
  return { client, lineageId: plan.items[0]!.lineageId };
}
