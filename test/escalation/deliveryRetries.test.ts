// Delivery keeps going when a receiver is down: the webhook is retried with backoff, and two
// dispatchers working at once (two instances) still deliver each escalation once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { raiseEscalation, recordEscalation } from '../../src/escalation/raiseEscalation.ts';
import { EscalationRepository } from '../../src/db/escalations.ts';
import type { TriggerKind } from '../../src/domain/escalationTriggers.ts';
import { EscalationDispatcher } from '../../src/scheduler/escalationDispatcher.ts';
import { RETRY_MINUTES } from '../../src/escalation/deliverEscalation.ts';
import { startEscalationBot, TestClock } from './harness.ts';

type Bot = Awaited<ReturnType<typeof startEscalationBot>>;

describe(`escalation delivery retries, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: Bot;
  const clock = new TestClock(new Date('2026-03-04T10:00:00Z'));

  async function newClient(name: string): Promise<string> {
    const client = await bot.app.database.db.client.create({
      data: { userKey: `emulator:${name}`, channelId: 'emulator', displayName: name, consentedAt: clock.now(), consentVersion: 'test' },
    });
    await bot.app.database.db.conversationRef.create({ data: { userKey: `emulator:${name}`, clientId: client.id, reference: '{}' } });
    return client.id;
  }

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startEscalationBot(database.url, clock);
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  it('retries the webhook with backoff until it answers', async () => {
    bot.webhook.respondWith = () => 503;
    const clientId = await newClient('retry-client');
    const { escalation } = await raiseEscalation(bot.app.services, { clientId, trigger: 'job-loss' });
    let row = await bot.app.database.db.escalation.findUniqueOrThrow({ where: { id: escalation.id } });
    expect(row.status).toBe('open');
    expect(row.nextAttemptAt!.getTime() - clock.now().getTime()).toBe(RETRY_MINUTES[0]! * 60_000);

    await bot.app.escalationDispatcher.tick(); // not due yet
    expect(bot.webhook.calls).toHaveLength(0);

    clock.advanceMinutes(1);
    await bot.app.escalationDispatcher.tick(); // still down: wait longer
    row = await bot.app.database.db.escalation.findUniqueOrThrow({ where: { id: escalation.id } });
    expect(row.attempts).toBe(2);
    expect(row.nextAttemptAt!.getTime() - clock.now().getTime()).toBe(RETRY_MINUTES[1]! * 60_000);

    bot.webhook.respondWith = () => 204;
    clock.advanceMinutes(2);
    await bot.app.escalationDispatcher.tick();
    expect(bot.webhook.calls).toHaveLength(1);
    row = await bot.app.database.db.escalation.findUniqueOrThrow({ where: { id: escalation.id } });
    expect(row).toMatchObject({ status: 'delivered', nextAttemptAt: null });
  });

  it('delivers once when two instances try at the same moment', async () => {
    const before = bot.webhook.calls.length;
    const clientId = await newClient('race-client');
    await raiseEscalation(bot.app.services, { clientId, trigger: 'missed-review', deliverNow: false });
    const first = new EscalationDispatcher(bot.app.services);
    const second = new EscalationDispatcher(bot.app.services);
    await Promise.all([first.tick(), second.tick()]);
    expect(bot.webhook.calls.length - before).toBe(1);
  });

  it('raises time-based escalations from the periodic rules, once', async () => {
    const clientId = await newClient('quiet-client');
    await bot.app.database.db.client.update({ where: { id: clientId }, data: { unansweredOutreach: 3 } });
    const dispatcher = new EscalationDispatcher(bot.app.services);
    await dispatcher.tick();
    await new EscalationDispatcher(bot.app.services).tick();
    const rows = await bot.app.database.db.escalation.findMany({ where: { clientId } });
    expect(rows.map((row) => row.reason)).toEqual(['outreach-unanswered']);
  });

  it('takes the cool-down from the trigger table: a closed time-based one waits it out, a message one does not', async () => {
    const db = bot.app.database.db;
    const repo = new EscalationRepository(db);
    const clientId = await newClient('cooling-client');
    const raisedAt = new Date('2026-03-04T10:00:00Z');
    const record = (trigger: TriggerKind, daysLater: number) =>
      recordEscalation(db, { clientId, trigger }, new Date(raisedAt.getTime() + daysLater * 24 * 60 * 60 * 1000));
    const quiet = await record('outreach-unanswered', 0);
    await repo.resolve(quiet.escalation.id, raisedAt);
    expect((await record('outreach-unanswered', 6)).created).toBe(false);
    expect((await record('outreach-unanswered', 7)).created).toBe(true);
    const asked = await record('client-asked', 0);
    await repo.resolve(asked.escalation.id, raisedAt);
    expect((await record('client-asked', 0)).created).toBe(true);
  });
});
