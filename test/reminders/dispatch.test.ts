// The scheduler end to end with a controllable clock: rows made from a plan item, claimed, sent
// over HTTP to the stand-in connector, recorded; retries, unreachable clients and outreach.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { createMigratedDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { StandInConnector } from '../support/standInConnector.ts';
import { setLogLevel } from '../../src/log.ts';
import type { Database, DatabaseHandle } from '../../src/db/database.ts';
import { cancelItemReminders, scheduleItemReminders, quietHoursOf } from '../../src/scheduler/reminderPlanning.ts';
import { checkEscalationRules } from '../../src/escalation/periodicRules.ts';
import { reminderKeysCaught, seedClient, startInstance, testConfig, type Instance } from './dispatchRig.ts';

const localMidnight = (y: number, m: number, d: number, zone: string) => new Date(new TZDate(y, m - 1, d, 0, 0, zone).getTime());
const localHour = (instant: string, zone: string) => new TZDate(new Date(instant).getTime(), zone).getHours();

describe(`reminders sent by the scheduler on ${testProvider}`, () => {
  let database: TestDatabase & { handle: DatabaseHandle };
  let db: Database;
  let connector: StandInConnector;
  let instance: Instance;
  let run = 0;

  beforeAll(async () => {
    setLogLevel('error');
    database = await createMigratedDatabase();
    db = database.handle.db;
    connector = await new StandInConnector().start();
    instance = startInstance(testConfig(database.url), 'solo');
  });
  afterAll(async () => {
    await instance.handle.close();
    await connector.stop();
    await database.drop();
  });
  beforeEach(() => {
    run++;
    connector.respondWith = () => 200;
  });

  async function clientWithItem(zone: string, due: Date, now: Date) {
    const client = await seedClient(db, connector, `c${run}-${zone.replace('/', '-')}`, { timeZone: zone });
    const plan = await db.plan.create({ data: { clientId: client.id, version: 1, status: 'agreed', createdBy: 'client' } });
    const item = await db.actionItem.create({
      data: { planId: plan.id, lineageId: `item-${run}-${zone}`, position: 0, text: 'Call the library about the computer course', owner: 'client', dueAt: due, createdBy: 'client' },
    });
    await scheduleItemReminders(db, item, client, { overdueFollowUpDays: 3 }, { now, quietHours: quietHoursOf(testConfig(database.url)) });
    return { client, item };
  }

  async function tickEveryHour(from: string, to: string): Promise<void> {
    for (let t = new Date(from).getTime(); t <= new Date(to).getTime(); t += 3_600_000) await instance.dispatcher.tick(new Date(t));
  }

  it('sends at 10:00 local across the March clock change, London and New York each in their own morning, never at night', async () => {
    const now = new Date('2026-03-26T12:00:00Z');
    const london = await clientWithItem('Europe/London', localMidnight(2026, 3, 31, 'Europe/London'), now);
    const newYork = await clientWithItem('America/New_York', localMidnight(2026, 3, 31, 'America/New_York'), now);
    await tickEveryHour('2026-03-26T12:00:00Z', '2026-04-01T23:00:00Z');

    for (const [who, zone] of [[london, 'Europe/London'], [newYork, 'America/New_York']] as const) {
      const sent = await db.reminder.findMany({ where: { clientId: who.client.id, status: 'sent' }, orderBy: { sentAt: 'asc' } });
      expect(sent.map((r) => r.kind)).toEqual(['item-due-soon', 'item-due-today', 'item-overdue']);
      expect(sent.map((r) => localHour(r.sentAt!.toISOString(), zone))).toEqual([10, 10, 10]);
      const texts = connector.textsTo(who.client.conversationId);
      expect(texts).toHaveLength(3);
      expect(texts[0]).toMatch(/Call the library about the computer course/);
      const buttons = connector.repliesTo(who.client.conversationId)[0]!.suggestedActions.actions.map((a: { title: string }) => a.title);
      expect(buttons).toEqual(['Done', 'I need more time', 'I need help']);
    }
    const londonSent = await db.reminder.findFirst({ where: { clientId: london.client.id, kind: 'item-due-soon' } });
    expect(londonSent!.sentAt!.toISOString()).toBe('2026-03-29T09:00:00.000Z');
  });

  it('sends at 10:00 local across the October clock change', async () => {
    const now = new Date('2026-10-22T12:00:00Z');
    const london = await clientWithItem('Europe/London', localMidnight(2026, 10, 27, 'Europe/London'), now);
    await tickEveryHour('2026-10-22T12:00:00Z', '2026-10-28T23:00:00Z');
    const sent = await db.reminder.findMany({ where: { clientId: london.client.id, status: 'sent' }, orderBy: { sentAt: 'asc' } });
    expect(sent.map((r) => r.sentAt!.toISOString())).toEqual(['2026-10-25T10:00:00.000Z', '2026-10-27T10:00:00.000Z', '2026-10-28T10:00:00.000Z']);
  });

  it('holds a reminder found late at night until 08:00 next morning', async () => {
    const now = new Date('2026-03-26T12:00:00Z');
    const london = await clientWithItem('Europe/London', localMidnight(2026, 3, 31, 'Europe/London'), now);
    // The scheduler was down all day on the 29th and comes back at 22:00 BST.
    const report = await instance.dispatcher.tick(new Date('2026-03-29T21:00:00Z'));
    expect(report.deferred).toBeGreaterThan(0);
    expect(connector.textsTo(london.client.conversationId)).toHaveLength(0);
    await instance.dispatcher.tick(new Date('2026-03-30T06:59:00Z'));
    expect(connector.textsTo(london.client.conversationId)).toHaveLength(0);
    await instance.dispatcher.tick(new Date('2026-03-30T07:00:00Z'));
    expect(connector.textsTo(london.client.conversationId)).toHaveLength(1);
  });

  it('cancels what has not gone out once the item is done', async () => {
    const now = new Date('2026-03-26T12:00:00Z');
    const london = await clientWithItem('Europe/London', localMidnight(2026, 3, 31, 'Europe/London'), now);
    await tickEveryHour('2026-03-29T08:00:00Z', '2026-03-29T10:00:00Z');
    expect(connector.textsTo(london.client.conversationId)).toHaveLength(1);
    await db.actionItem.update({ where: { id: london.item.id }, data: { status: 'done', completedAt: now } });
    expect(await cancelItemReminders(db, london.item.lineageId)).toBe(5);
    await tickEveryHour('2026-03-29T11:00:00Z', '2026-04-12T12:00:00Z');
    expect(connector.textsTo(london.client.conversationId)).toHaveLength(1);
  });

  it('keeps reminding a partly done step like an open one, and stops for a step reported not done', async () => {
    const now = new Date('2026-03-26T12:00:00Z');
    const partly = await clientWithItem('Europe/London', localMidnight(2026, 3, 31, 'Europe/London'), now);
    const notDone = await clientWithItem('Europe/Paris', localMidnight(2026, 3, 31, 'Europe/Paris'), now);
    await db.actionItem.update({ where: { id: partly.item.id }, data: { status: 'partly-done' } });
    await db.actionItem.update({ where: { id: notDone.item.id }, data: { status: 'not-done' } });
    // Nothing cancels their rows: the dispatcher itself decides, with isStillToDo, as each falls due.
    await tickEveryHour('2026-03-29T07:00:00Z', '2026-04-04T12:00:00Z');
    expect(connector.textsTo(partly.client.conversationId).length).toBeGreaterThanOrEqual(2);
    expect(connector.textsTo(notDone.client.conversationId)).toEqual([]);
    // Later follow-ups would fall due in the tests below.
    for (const { item } of [partly, notDone]) await cancelItemReminders(db, item.lineageId);
  });

  it('retries a 429 with backoff and sends once', async () => {
    const now = new Date('2026-06-10T11:00:00Z');
    const client = await seedClient(db, connector, `retry-${run}`);
    await db.reminder.create({ data: { key: `review:${client.id}:2026-06-10`, clientId: client.id, kind: 'review-due', sendAt: now } });
    let calls = 0;
    connector.respondWith = () => (++calls === 1 ? 429 : 200);
    const first = await instance.dispatcher.tick(now);
    expect(first).toMatchObject({ claimed: 1, retried: 1, sent: 0 });
    const waiting = await db.reminder.findUniqueOrThrow({ where: { key: `review:${client.id}:2026-06-10` } });
    expect(waiting.status).toBe('pending');
    expect(waiting.sendAt.getTime()).toBeGreaterThan(now.getTime());
    expect(await instance.dispatcher.tick(now)).toMatchObject({ claimed: 0 });
    await instance.dispatcher.tick(waiting.sendAt);
    expect(reminderKeysCaught(connector).filter((k) => k === waiting.key)).toHaveLength(1);
    expect(await db.reminder.findUniqueOrThrow({ where: { id: waiting.id } })).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('on 403 marks the chat unusable and asks the adviser to reach the client', async () => {
    const now = new Date('2026-06-10T11:00:00Z');
    const client = await seedClient(db, connector, `gone-${run}`);
    await db.reminder.create({ data: { key: `review:${client.id}:x`, clientId: client.id, kind: 'review-due', sendAt: now } });
    connector.respondWith = () => 403;
    expect(await instance.dispatcher.tick(now)).toMatchObject({ failed: 1 });
    expect(await db.conversationRef.findUniqueOrThrow({ where: { userKey: client.userKey } })).toMatchObject({ usable: false });
    expect(await db.escalation.findMany({ where: { clientId: client.id } })).toMatchObject([{ reason: 'cannot-reach-client', status: 'open' }]);
  });

  it('counts reminders in a row that go unanswered; at three the hourly rules tell the adviser, and not before', async () => {
    const client = await seedClient(db, connector, `quiet-${run}`, { lastContactAt: new Date('2026-06-01T09:00:00Z') });
    for (let day = 10; day <= 13; day++) {
      await db.reminder.create({ data: { key: `review:${client.id}:${day}`, clientId: client.id, kind: 'review-due', sendAt: new Date(`2026-06-${day}T09:00:00Z`) } });
    }
    const escalations = () => db.escalation.findMany({ where: { clientId: client.id, reason: 'outreach-unanswered' } });
    const hourlyRulesAt = (instant: string) =>
      checkEscalationRules({ db, config: testConfig(database.url), sender: instance.sender, clock: { now: () => new Date(instant) } });
    for (let day = 10; day <= 12; day++) await instance.dispatcher.tick(new Date(`2026-06-${day}T09:00:00Z`));
    expect((await db.client.findUniqueOrThrow({ where: { id: client.id } })).unansweredOutreach).toBe(2);
    await hourlyRulesAt('2026-06-12T10:00:00Z');
    expect(await escalations()).toEqual([]);
    await instance.dispatcher.tick(new Date('2026-06-13T09:00:00Z'));
    expect((await db.client.findUniqueOrThrow({ where: { id: client.id } })).unansweredOutreach).toBe(3);
    expect(await escalations()).toEqual([]);
    await hourlyRulesAt('2026-06-13T10:00:00Z');
    expect(await escalations()).toMatchObject([{ detail: 'Has not replied to the last 3 messages from the coach.', urgency: 'soon' }]);
  });
});
