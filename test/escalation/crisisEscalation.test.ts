// Acceptance: a crisis message in the middle of a conversation gets the safety reply in the same
// turn, the adviser gets the summary in Teams (stand-in connector) and on the signed webhook,
// repeated crisis messages give one escalation, and nobody acknowledging it brings in the lead.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { cardTexts, validateAdaptiveCard } from '../support/adaptiveCards.ts';
import { verifySignature } from '../../src/escalation/webhook.ts';
import { AdviserRepository } from '../../src/db/advisers.ts';
import { startEscalationBot, TestClock, WEBHOOK_SECRET } from './harness.ts';

type Bot = Awaited<ReturnType<typeof startEscalationBot>>;
const CARD = 'application/vnd.microsoft.card.adaptive';

function cardsTo(bot: Bot, conversationId: string): Array<Record<string, any>> {
  return bot.connector
    .repliesTo(conversationId)
    .flatMap((activity) => (activity.attachments ?? []) as Array<Record<string, any>>)
    .filter((attachment) => attachment.contentType === CARD)
    .map((attachment) => attachment.content);
}

describe(`a client in crisis, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: Bot;
  const clock = new TestClock(new Date('2026-03-04T10:00:00Z')); // a Wednesday, 10am in London
  let sam: ChatUser;
  let ann: ChatUser;
  let lee: ChatUser;
  let promptBeforeCrisis: string;

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startEscalationBot(database.url, clock);
    const admin = new ChatUser(bot, { userId: 'admin-1', name: 'Admin' });
    ann = new ChatUser(bot, { userId: 'adviser-ann', name: 'Ann Adviser' });
    lee = new ChatUser(bot, { userId: 'lead-lee', name: 'Lee Lead' });
    await ann.say('hello');
    await lee.say('hello');
    expect((await admin.say('register adviser Ann Adviser')).join(' ')).toMatch(/Ann Adviser is now set up as adviser/);
    expect((await admin.say('register lead Lee Lead')).join(' ')).toMatch(/Lee Lead is now set up as lead/);

    sam = new ChatUser(bot, { name: 'Sam' });
    await sam.say('hello');
    const afterConsent = await sam.say('yes');
    // The question on screen: the last paragraph of the last reply (a turn's replies travel joined).
    promptBeforeCrisis = afterConsent.at(-1)!.split('\n\n').at(-1)!;
    const adviser = await new AdviserRepository(bot.app.database.db).findByUserKey(`emulator:${ann.userId}`);
    const client = await bot.app.database.db.client.findUniqueOrThrow({ where: { userKey: `emulator:${sam.userId}` } });
    await new AdviserRepository(bot.app.database.db).assignClient(client.id, adviser!);
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  it('answers a crisis message mid-dialog with the crisis contacts first, in the same turn', async () => {
    const replies = await sam.say('i wnat to kill myslef tonite');
    expect(replies[0]).toMatch(/Samaritans: call 116 123/);
    expect(replies[0]).toMatch(/111 and choose option 2/);
    expect(replies[0]).toMatch(/999/);
    expect(replies[0]).not.toMatch(/told your adviser/); // said only once the escalation reached someone
    expect(replies[1]).toMatch(/I have told your adviser now/);
    expect(replies).toHaveLength(2); // the dialog's next question waits
  });

  it('pauses reminders and raises one urgent escalation, delivered to the adviser in Teams', async () => {
    const db = bot.app.database.db;
    const client = await db.client.findUniqueOrThrow({ where: { userKey: `emulator:${sam.userId}` } });
    expect(client.remindersPausedAt).not.toBeNull();
    const escalations = await db.escalation.findMany({ where: { clientId: client.id } });
    expect(escalations).toMatchObject([{ reason: 'crisis', urgency: 'urgent', status: 'delivered' }]);

    const cards = cardsTo(bot, ann.conversationId);
    expect(cards).toHaveLength(1);
    expect(validateAdaptiveCard(cards[0]).errors).toEqual([]);
    const texts = cardTexts(cards[0]).join('\n');
    expect(texts).toMatch(/URGENT #1: Sam/);
    expect(texts).toMatch(/May not be safe/);
    expect(texts).toContain('i wnat to kill myslef tonite');
    // Ann reads in the Emulator (Web Chat), which sends nothing for Action.Execute: her buttons are Action.Submit carrying the verb.
    const verbs = (cards[0]!.actions as Array<{ type: string; data: { cardVerb: string } }>).map((action) => [action.type, action.data.cardVerb]);
    expect(verbs).toEqual([
      ['Action.Submit', 'escalation.acknowledge'],
      ['Action.Submit', 'escalation.contactToday'],
      ['Action.Submit', 'escalation.resolve'],
      ['Action.Submit', 'escalation.viewPlan'],
    ]);
  });

  it('posts the escalation to the webhook with a valid HMAC-SHA256 signature', () => {
    expect(bot.webhook.calls).toHaveLength(1);
    const [call] = bot.webhook.calls;
    expect(verifySignature(WEBHOOK_SECRET, call!.rawBody, call!.headers['x-coach-signature'] as string)).toBe(true);
    expect(verifySignature('wrong-secret', call!.rawBody, call!.headers['x-coach-signature'] as string)).toBe(false);
    expect(Number(call!.headers['x-coach-timestamp'])).toBe(Math.floor(clock.now().getTime() / 1000));
    expect(call!.json).toMatchObject({ event: 'escalation.raised', escalation: { reason: 'crisis', urgency: 'urgent' } });
    expect(call!.json.text).toMatch(/URGENT #1: Sam/);
  });

  it('keeps exactly one open escalation when crisis messages repeat', async () => {
    const replies = await sam.say('I really want to die');
    expect(replies[0]).toMatch(/Samaritans/);
    const open = await bot.app.database.db.escalation.findMany({ where: { reason: 'crisis', openKey: { not: null } } });
    expect(open).toHaveLength(1);
    expect(cardsTo(bot, ann.conversationId)).toHaveLength(1);
    expect(bot.webhook.calls).toHaveLength(1);
  });

  it('lets the client carry on where they were', async () => {
    const replies = await sam.say('carry on');
    expect(replies.at(-1)).toBe(promptBeforeCrisis);
  });

  it('does not re-notify before the acknowledgement time is up', async () => {
    clock.advanceMinutes(10);
    await bot.app.escalationDispatcher.tick();
    expect(cardsTo(bot, lee.conversationId)).toHaveLength(0);
  });

  it('re-notifies the lead and the webhook when nobody acknowledges within 15 minutes', async () => {
    clock.advanceMinutes(6);
    await bot.app.escalationDispatcher.tick();
    const leadCards = cardsTo(bot, lee.conversationId);
    expect(leadCards).toHaveLength(1);
    expect(bot.connector.repliesTo(lee.conversationId).at(-1)?.text).toMatch(/Not yet acknowledged/);
    expect(bot.webhook.calls.at(-1)?.json).toMatchObject({ event: 'escalation.renotified' });
    const escalation = await bot.app.database.db.escalation.findFirstOrThrow({ where: { reason: 'crisis' } });
    expect(escalation.renotifiedAt).not.toBeNull();
    // Once is enough: a later tick sends nothing more.
    clock.advanceMinutes(30);
    await bot.app.escalationDispatcher.tick();
    expect(cardsTo(bot, lee.conversationId)).toHaveLength(1);
  });

  it('acknowledges from the card button and answers with the updated card', async () => {
    const escalation = await bot.app.database.db.escalation.findFirstOrThrow({ where: { reason: 'crisis' } });
    const response = await bot.post(
      ann.activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'escalation.acknowledge', data: { escalationId: escalation.id } } },
      }),
    );
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ statusCode: 200, type: CARD });
    expect(validateAdaptiveCard(body.value).errors).toEqual([]);
    expect(cardTexts(body.value).join('\n')).toMatch(/Acknowledged by Ann Adviser/);

    const after = await bot.app.database.db.escalation.findUniqueOrThrow({ where: { id: escalation.id } });
    expect(after).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'Ann Adviser' });
    const audit = await bot.app.database.db.auditEvent.findMany({ where: { action: 'escalation-acknowledged' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.subject).not.toContain(escalation.clientId);
  });

  it('refuses card buttons from someone who is not an adviser', async () => {
    const escalation = await bot.app.database.db.escalation.findFirstOrThrow({ where: { reason: 'crisis' } });
    const response = await bot.post(
      sam.activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { action: { type: 'Action.Execute', verb: 'escalation.viewPlan', data: { escalationId: escalation.id } } },
      }),
    );
    const body = await response.json();
    expect(cardTexts(body.value).join(' ')).toMatch(/only an adviser set up here/);
  });
});
