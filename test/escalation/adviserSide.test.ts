// Acceptance: adviser commands are for registered advisers only, and each adviser sees only
// their own caseload. Also: concern check-ins, honest out-of-hours answers, job loss, and the
// local inbox page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { AdviserRepository, type Adviser } from '../../src/db/advisers.ts';
import { raiseEscalation } from '../../src/escalation/raiseEscalation.ts';
import { startEscalationBot, TestClock } from './harness.ts';

type Bot = Awaited<ReturnType<typeof startEscalationBot>>;

describe(`the adviser side, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: Bot;
  const clock = new TestClock(new Date('2026-03-04T11:00:00Z'));
  let ann: ChatUser;
  let bob: ChatUser;
  let annAdviser: Adviser;

  async function consentedClient(name: string, adviser: Adviser): Promise<ChatUser> {
    const user = new ChatUser(bot, { name });
    await user.say('hello');
    await user.say('yes');
    const client = await bot.app.database.db.client.findUniqueOrThrow({ where: { userKey: `emulator:${user.userId}` } });
    await bot.app.database.db.client.update({ where: { id: client.id }, data: { displayName: name } });
    await new AdviserRepository(bot.app.database.db).assignClient(client.id, adviser);
    return user;
  }

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startEscalationBot(database.url, clock, {
      ADVISERS: JSON.stringify([
        { name: 'Ann', userKey: 'emulator:adviser-ann' },
        { name: 'Bob', userKey: 'emulator:adviser-bob' },
      ]),
    });
    ann = new ChatUser(bot, { userId: 'adviser-ann', name: 'Ann' });
    bob = new ChatUser(bot, { userId: 'adviser-bob', name: 'Bob' });
    const advisers = new AdviserRepository(bot.app.database.db);
    annAdviser = (await advisers.findByUserKey('emulator:adviser-ann'))!;
    const bobAdviser = (await advisers.findByUserKey('emulator:adviser-bob'))!;
    await consentedClient('Cara <b>Client</b>', annAdviser);
    await consentedClient('Dan Other', bobAdviser);
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  it('greets an adviser who opens their chat as an adviser, with their code, never with client onboarding', async () => {
    const opened = (await new ChatUser(bot, { userId: 'adviser-bob', name: 'Bob' }).join()).join('\n');
    expect(opened).toMatch(/Hello Bob\. You are set up as an adviser here\./);
    expect(opened).toMatch(/Your invite code is \w+/);
    expect(opened).not.toMatch(/Is it OK for me to keep your answers/);
  });

  it('refuses adviser commands from someone who is not an adviser', async () => {
    const stranger = new ChatUser(bot, { name: 'Eve' });
    expect(await stranger.say('caseload')).toEqual(['Sorry, that is just for advisers.']);
    expect(await stranger.say('escalations')).toEqual(['Sorry, that is just for advisers.']);
    expect((await stranger.say('register me as adviser')).join(' ')).toMatch(/only an admin/);
  });

  it('shows an adviser only their own caseload', async () => {
    const annSees = (await ann.say('caseload')).join('\n');
    expect(annSees).toMatch(/1 active/);
    expect(annSees).toContain('Cara &lt;b&gt;Client&lt;/b&gt;');
    expect(annSees).not.toMatch(/Dan/);
    const bobSees = (await bob.say('caseload')).join('\n');
    expect(bobSees).toMatch(/Dan Other/);
    expect(bobSees).not.toMatch(/Cara/);
    expect((await bob.say('plan Cara')).join(' ')).toMatch(/could not find that client/);
    const views = await bot.app.database.db.auditEvent.count({ where: { action: 'adviser-viewed-client' } });
    expect(views).toBe(2);
  });

  it('lets an adviser set the review cadence and the coaching style of their own client', async () => {
    expect((await ann.say('cadence 1 14')).join(' ')).toMatch(/every 14 days/);
    expect((await ann.say('cadence 1 10')).join(' ')).toMatch(/7, 14 or 28/);
    expect((await ann.say('style Cara warm')).join(' ')).toMatch(/set to warm/);
    const cara = await bot.app.database.db.client.findFirstOrThrow({ where: { displayName: { startsWith: 'Cara' } } });
    expect(cara.reviewCadenceDays).toBe(14);
    expect(JSON.parse(cara.styleOverride!)).toMatchObject({ wording: 'warm-guided' });
  });

  it('asks gently after a sign of struggle, and hands over when the client says yes', async () => {
    const client = await consentedClient('Fay', annAdviser);
    const question = await client.say('honestly i cant cope anymore, everything feels hopeless');
    expect(question.join(' ')).toMatch(/It sounds like things feel really heavy right now/);
    expect(question.join(' ')).toMatch(/Would you like your adviser to get in touch\? \[Yes, please\] \[No, thanks\] \[Carry on\]/);
    const answer = await client.say('yes please');
    expect(answer[0]).toMatch(/I have asked your adviser to get in touch/);
    const fay = await bot.app.database.db.client.findUniqueOrThrow({ where: { userKey: `emulator:${client.userId}` } });
    expect(await bot.app.database.db.escalation.findMany({ where: { clientId: fay.id } })).toMatchObject([{ reason: 'concern', urgency: 'soon' }]);
    const words = await bot.app.database.db.clientMessage.findMany({ where: { clientId: fay.id, riskLevel: 'concern' } });
    expect(words).toHaveLength(1);
    expect((await ann.say('escalations')).join('\n')).toMatch(/#1 Soon Fay: Signs they are struggling/);
    expect((await bob.say('escalations')).join('\n')).not.toMatch(/Fay/);
  });

  it('takes a yes with more said after it as the answer to the offer of the adviser', async () => {
    const client = await consentedClient('Hana', annAdviser);
    expect((await client.say('honestly i cant cope anymore, everything feels hopeless')).join(' ')).toMatch(/Would you like your adviser to get in touch\?/);
    const answer = (await client.say('yes i need to be home for the kids at 3')).join(' ');
    expect(answer).toMatch(/I have asked your adviser to get in touch/);
    expect(answer).not.toMatch(/Would you like your adviser to get in touch\?/);
    const hana = await bot.app.database.db.client.findUniqueOrThrow({ where: { userKey: `emulator:${client.userId}` } });
    expect(await bot.app.database.db.escalation.count({ where: { clientId: hana.id, reason: 'concern' } })).toBe(1);
  });

  // Play-testing: a plain request in hours listing Samaritans and 999 had read as alarming.
  it('in hours, a plain request is confirmed without the crisis numbers', async () => {
    const client = await consentedClient('Ida', annAdviser);
    const replies = (await client.say('talk to my adviser')).join('\n');
    expect(replies).toMatch(/I have asked your adviser to get in touch with you\./);
    expect(replies).not.toMatch(/Samaritans|If you feel unsafe/);
  });

  it('tells the client honestly that nobody is at work at the weekend, and when someone will be', async () => {
    const client = await consentedClient('Gus', annAdviser);
    clock.set('2026-03-07T15:00:00Z'); // Saturday afternoon
    const replies = (await client.say('talk to my adviser')).join('\n');
    expect(replies).toMatch(/Nobody is at work right now/);
    expect(replies).toMatch(/on Monday at 9am/);
    // Play-testing first conversations: a plain request out of hours had shown Samaritans and 999.
    expect(replies).not.toMatch(/Samaritans|If you feel unsafe/);
    clock.set('2026-03-04T11:00:00Z');
  });

  it('out of hours, a request after a worry raised in the conversation still has the crisis numbers', async () => {
    const client = await consentedClient('Iona', annAdviser);
    clock.set('2026-03-07T15:00:00Z'); // Saturday afternoon
    expect((await client.say('honestly i cant cope anymore, everything feels hopeless')).join(' ')).toMatch(/Would you like your adviser to get in touch\?/);
    await client.say('yes please');
    const replies = (await client.say('talk to my adviser')).join('\n');
    expect(replies).toMatch(/Nobody is at work right now/);
    expect(replies).toMatch(/Samaritans: call 116 123/);
    clock.set('2026-03-04T11:00:00Z');
  });

  it('hands over a job loss with contact due within 3 days', async () => {
    const client = await consentedClient('Hal', annAdviser);
    const replies = await client.say('i got sacked from my job today');
    expect(replies[0]).toMatch(/within 3 days/);
    const hal = await bot.app.database.db.client.findUniqueOrThrow({ where: { userKey: `emulator:${client.userId}` } });
    const [escalation] = await bot.app.database.db.escalation.findMany({ where: { clientId: hal.id } });
    expect(escalation).toMatchObject({ reason: 'job-loss' });
    expect(escalation!.contactBy!.getTime() - clock.now().getTime()).toBe(3 * 24 * 60 * 60 * 1000);
  });

  it('knows when nobody can receive a handover, so the client can be told the truth', async () => {
    const zed = await new AdviserRepository(bot.app.database.db).register({ name: 'Zed', userKey: 'emulator:adviser-zed' }); // never said hello
    await consentedClient('Ivy', zed);
    const ivy = await bot.app.database.db.client.findFirstOrThrow({ where: { displayName: 'Ivy' } });
    // Outside local mode, with no webhook: the adviser has no chat with the coach and there is no lead.
    const { config } = bot.app.services;
    const deployed = { ...bot.app.services, config: { ...config, localMode: false, ESCALATION_WEBHOOK_URL: undefined } };
    const result = await raiseEscalation(deployed, { clientId: ivy.id, trigger: 'client-asked' });
    expect(result.reached).toBe(false);
    expect(await bot.app.database.db.escalation.findUniqueOrThrow({ where: { id: result.escalation.id } })).toMatchObject({ status: 'open' });
    // In local mode the inbox page shows every escalation: someone can read it there.
    expect((await raiseEscalation(bot.app.services, { clientId: ivy.id, trigger: 'client-asked' })).reached).toBe(true);
  });

  it('shows escalations on the local inbox page, escaped, and acknowledges from it', async () => {
    const cara = await bot.app.database.db.client.findFirstOrThrow({ where: { displayName: { startsWith: 'Cara' } } });
    const { escalation } = await import('../../src/escalation/raiseEscalation.ts').then(({ raiseEscalation }) =>
      raiseEscalation(bot.app.services, { clientId: cara.id, trigger: 'client-asked' }),
    );
    const page = await fetch(`${bot.app.url}/adviser/inbox`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Cara &#60;b&#62;Client&#60;/b&#62;');
    expect(html).not.toContain('<b>Client</b>');
    const ack = await fetch(`${bot.app.url}/adviser/inbox/${escalation.id}/acknowledge`, { method: 'POST', redirect: 'manual' });
    expect(ack.status).toBe(303);
    const after = await bot.app.database.db.escalation.findUniqueOrThrow({ where: { id: escalation.id } });
    expect(after.status).toBe('acknowledged');
  });
});
