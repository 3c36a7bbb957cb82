// GET /metrics as Prometheus scrapes it: turns and their latency, failed turns, reminders by
// result, escalations open and unacknowledged, and database errors, from a real running bot.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { seedReadyClient } from '../plan/planTestBot.ts';

/** The value of one sample line, e.g. coach_turns_total{type="message"}. */
function sample(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : Number.NaN;
}

describe(`metrics on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase({ METRICS_TOKEN: 'scrape-secret' }));

  const scrape = async () => {
    const response = await fetch(`${bot.app.url}/metrics`, { headers: { authorization: 'Bearer scrape-secret' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    return response.text();
  };

  it('needs the token when one is set', async () => {
    expect((await fetch(`${bot.app.url}/metrics`)).status).toBe(401);
  });

  it('counts turns, reminders by result and escalations open and unacknowledged', async () => {
    const user = new ChatUser(bot);
    await user.say('hello');
    await user.say('yes');
    const db = bot.app.database.db;
    const client = await db.client.findUniqueOrThrow({ where: { userKey: `emulator:${user.userId}` } });
    const now = new Date('2026-06-10T11:00:00Z');
    await db.reminder.create({ data: { key: 'metrics:1', clientId: client.id, kind: 'review-due', sendAt: new Date(now.getTime() - 1000) } });
    await bot.app.reminders.tick(now);
    const other = await seedReadyClient(db, { band: 'mixed', now });
    await db.escalation.create({ data: { clientId: other.id, reason: 'client-asked', urgency: 'soon', openKey: `${other.id}:client-asked`, detail: '', summary: '{}' } });
    await db.escalation.create({ data: { clientId: other.id, reason: 'lost-job', urgency: 'soon', openKey: `${other.id}:lost-job`, status: 'acknowledged', acknowledgedAt: now, detail: '', summary: '{}' } });

    const text = await scrape();
    expect(sample(text, 'coach_turns_total{type="message"}')).toBe(2);
    expect(sample(text, 'coach_turn_duration_seconds_count{type="message"}')).toBe(2);
    expect(sample(text, 'coach_reminders_total{result="sent"}')).toBe(1);
    expect(sample(text, 'coach_escalations_open')).toBe(2);
    expect(sample(text, 'coach_escalations_unacknowledged')).toBe(1);
    expect(text).toMatch(/^coach_process_resident_memory_bytes \d+/m);
  });

  it('counts a turn that fails on the database as a turn error and a database error', async () => {
    const db = bot.app.database.db;
    await db.$executeRawUnsafe('ALTER TABLE "BotState" RENAME TO "BotStateAway"');
    try {
      const replies = await new ChatUser(bot).say('hello');
      expect(replies.join('\n')).toMatch(/sorry/i);
    } finally {
      await db.$executeRawUnsafe('ALTER TABLE "BotStateAway" RENAME TO "BotState"');
    }
    const text = await scrape();
    expect(sample(text, 'coach_turn_errors_total{type="message"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'coach_database_errors_total')).toBeGreaterThanOrEqual(1);
  });
});
