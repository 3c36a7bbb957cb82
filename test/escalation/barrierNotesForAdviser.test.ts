// The client's own words beside a barrier ("yes, bad knees" at the health question, kept in the
// profile's barrierNotes) reach the adviser's summary: "Health ... ("bad knees")".
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { summaryForEscalation } from '../../src/escalation/escalationSummaryFromDb.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

describe('barrier notes on the adviser\'s summary', () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  it('shows the words beside the barrier they were said of', async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const profile = await db.vocationalProfile.findFirstOrThrow({ where: { clientId: seeded.id } });
    const data = { ...JSON.parse(profile.data), barriers: { health: 'yes', transport: 'no' }, barrierNotes: { health: 'bad knees' } };
    await db.vocationalProfile.update({ where: { clientId: seeded.id }, data: { data: JSON.stringify(data) } });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Talk to my adviser');
    const escalation = await db.escalation.findFirstOrThrow({ where: { clientId: seeded.id } });
    const built = await summaryForEscalation(bot.app.services, escalation);
    expect(built!.text).toMatch(/^Barriers: .+ \("bad knees"\)$/m);
  });
});
