// Acceptance (issue 14): after a crisis message the bot stays with the client. Every message gets a
// supportive reply and never the next coaching question, until they choose to carry on or go
// quiet for SAFETY_WINDOW_QUIET_HOURS. Each message is kept on the open escalation; worrying ones
// tell the adviser again. Concern is reflected back, and a "no thanks" to the adviser is remembered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { AdviserRepository, type Adviser } from '../../src/db/advisers.ts';
import { EscalationNoteRepository } from '../../src/db/escalationNotes.ts';
import { seedReadyClient } from '../plan/planTestBot.ts';
import { startEscalationBot, TestClock } from './harness.ts';

type Bot = Awaited<ReturnType<typeof startEscalationBot>>;
const GOAL_QUESTION = /What would you like to work on\?/;
const COACHING = /What would you like to work on|What would you like to do\?|one small step|didn't catch/i;

describe(`the safety window after a crisis, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: Bot;
  const clock = new TestClock(new Date('2026-03-04T10:00:00Z')); // a Wednesday, 10am in London
  let ann: ChatUser;
  let annAdviser: Adviser;

  const db = () => bot.app.database.db;
  const text = (replies: string[]) => replies.join('\n');

  async function readyClient(): Promise<{ user: ChatUser; clientId: string }> {
    const seeded = await seedReadyClient(db(), { band: 'mixed', now: clock.now() });
    await new AdviserRepository(db()).assignClient(seeded.id, annAdviser);
    return { user: new ChatUser(bot, { userId: seeded.userId }), clientId: seeded.id };
  }

  async function crisisEscalation(clientId: string) {
    return db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
  }

  async function notes(clientId: string) {
    return new EscalationNoteRepository(db()).listFor((await crisisEscalation(clientId)).id);
  }

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startEscalationBot(database.url, clock, {
      ADVISERS: JSON.stringify([{ name: 'Ann', userKey: 'emulator:adviser-ann' }]),
      SAFETY_WINDOW_QUIET_HOURS: '12',
    });
    ann = new ChatUser(bot, { userId: 'adviser-ann', name: 'Ann' });
    await ann.say('hello');
    annAdviser = (await new AdviserRepository(db()).findByUserKey('emulator:adviser-ann'))!;
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  describe('in the middle of setting a goal', () => {
    let sam: { user: ChatUser; clientId: string };
    const said: string[] = [];

    beforeAll(async () => {
      sam = await readyClient();
      await sam.user.say('hi');
      expect(text(await sam.user.say('Set a goal'))).toMatch(GOAL_QUESTION);
    });

    it('answers the crisis message with the contacts and no coaching question', async () => {
      said.push('I want to kill myself');
      const replies = text(await sam.user.say(said.at(-1)!));
      expect(replies).toMatch(/Samaritans: call 116 123/);
      expect(replies).toMatch(/\[Phone numbers\] \[Talk to my adviser\] \[Carry on\]/);
      expect(replies).not.toMatch(COACHING);
    });

    it('answers "ok" with company, not the goal question', async () => {
      said.push('ok');
      const replies = text(await sam.user.say('ok'));
      expect(replies).toMatch(/I am here/);
      expect(replies).not.toMatch(COACHING);
    });

    it('answers "i dont know. nothing matters" with support, not the goal question', async () => {
      said.push('i dont know. nothing matters');
      const replies = text(await sam.user.say(said.at(-1)!));
      expect(replies).toMatch(/I am here|I am still here/);
      expect(replies).not.toMatch(COACHING);
    });

    it('keeps every message of the window on the one open escalation', async () => {
      const open = await db().escalation.findMany({ where: { clientId: sam.clientId, openKey: { not: null } } });
      expect(open).toHaveLength(1);
      const clientSaid = (await notes(sam.clientId)).filter((note) => note.kind === 'client-said').map((note) => note.text);
      expect(clientSaid).toEqual(said);
    });

    it('records what the bot did for the adviser', async () => {
      const did = (await notes(sam.clientId)).filter((note) => note.kind === 'bot-did').map((note) => note.text);
      expect(did).toEqual(expect.arrayContaining([expect.stringMatching(/crisis phone numbers/), expect.stringMatching(/Paused all reminders/)]));
    });

    it('shows the phone numbers again when asked, still without coaching', async () => {
      const replies = text(await sam.user.say('Phone numbers'));
      expect(replies).toMatch(/Samaritans: call 116 123/);
      expect(replies).not.toMatch(COACHING);
    });

    it.each(['what number do i call', 'is there a helpline', 'who should i phone'])('shows the phone numbers for "%s", asked in their own words', async (asked) => {
      const replies = text(await sam.user.say(asked));
      expect(replies).toMatch(/Samaritans: call 116 123/);
      expect(replies).not.toMatch(COACHING);
    });

    it('answers "help" in the window with what the buttons do', async () => {
      const replies = text(await sam.user.say('help'));
      expect(replies).toMatch(/Tap Carry on when you want to go back to your plan/);
      expect(replies).not.toMatch(COACHING);
    });

    it('brings back the goal question when the client chooses to carry on, and tells the adviser the window ended', async () => {
      const replies = await sam.user.say('carry on');
      expect(replies.at(-1)).toMatch(GOAL_QUESTION);
      const ended = (await notes(sam.clientId)).filter((note) => note.kind === 'window-ended');
      expect(ended).toMatchObject([{ text: expect.stringMatching(/chose to carry on/) }]);
    });

    it('is back to coaching after that: the next answer goes into the goal', async () => {
      expect(text(await sam.user.say('get a job'))).toMatch(/one small step you could take this week/);
    });
  });

  it('adds a second crisis message to the open escalation and tells the adviser again', async () => {
    const lee = await readyClient();
    await lee.user.say('hi');
    const cardsBefore = bot.connector.repliesTo(ann.conversationId).length;
    await lee.user.say('i am going to end it tonight');
    const afterFirst = bot.connector.repliesTo(ann.conversationId).length;
    expect(afterFirst).toBeGreaterThan(cardsBefore);
    const again = text(await lee.user.say('I really want to die'));
    expect(again).toMatch(/I am still here/);
    expect(again).toMatch(/Samaritans/);
    expect(again).toMatch(/I have told your adviser what you just said/);
    const updates = bot.connector.repliesTo(ann.conversationId).slice(afterFirst).map((activity) => activity.text ?? '');
    expect(updates).toEqual([expect.stringMatching(/Update on an urgent matter: Sam wrote again .*They said: "I really want to die"/)]);
    expect(await db().escalation.count({ where: { clientId: lee.clientId } })).toBe(1);
  });

  it('closes a window that has been quiet for the set hours, and says so on the escalation', async () => {
    const kim = await readyClient();
    await kim.user.say('hi');
    await kim.user.say('I want to kill myself');
    expect(text(await kim.user.say('hello'))).not.toMatch(COACHING);
    clock.advanceMinutes(12 * 60 + 1);
    const back = text(await kim.user.say('hello'));
    expect(back).not.toMatch(/I am here/);
    // Welcomed back gently, with the numbers, and asked how they are before the coaching comes back.
    expect(back).toMatch(/^Welcome back\.[\s\S]*- Samaritans: call 116 123[\s\S]*How are you today\?/);
    expect(back).not.toMatch(/Every small step counts/);
    const ended = (await notes(kim.clientId)).filter((note) => note.kind === 'window-ended');
    expect(ended).toMatchObject([{ text: expect.stringMatching(/No word from them for 12 hours/) }]);
    clock.set('2026-03-04T10:00:00Z');
  });

  describe('a worry short of a crisis', () => {
    let ros: { user: ChatUser; clientId: string };
    beforeAll(async () => {
      ros = await readyClient();
      await ros.user.say('hi');
    });

    it('is reflected back in its own terms, with the adviser offered', async () => {
      const replies = text(await ros.user.say('honestly i cant cope anymore, everything feels hopeless'));
      expect(replies).toMatch(/It sounds like things feel really heavy right now/);
      expect(replies).toMatch(/Would you like your adviser to get in touch\?/);
    });

    it('remembers a "no thanks" and does not ask again next time', async () => {
      expect(text(await ros.user.say('no thanks'))).toMatch(/I will not ask again/);
      const next = text(await ros.user.say('i cant cope, its all hopeless'));
      expect(next).toMatch(/It sounds like/);
      expect(next).not.toMatch(/Would you like your adviser to get in touch/);
      expect(await db().escalation.count({ where: { clientId: ros.clientId } })).toBe(0);
    });

    it('still acts at once on a later crisis', async () => {
      const replies = text(await ros.user.say('I want to kill myself'));
      expect(replies).toMatch(/Samaritans/);
      expect(await db().escalation.count({ where: { clientId: ros.clientId, reason: 'crisis' } })).toBe(1);
    });
  });
  describe('a few words of intent just after a worry', () => {
    it('are a crisis: the contacts, the window and an urgent escalation', async () => {
      const kim = await readyClient();
      await kim.user.say('hi');
      expect(text(await kim.user.say('honestly i cant cope anymore, everything feels hopeless'))).toMatch(/It sounds like/);
      const replies = text(await kim.user.say('gonna do it tonight'));
      expect(replies).toMatch(/Samaritans/);
      expect(replies).not.toMatch(COACHING);
      expect(await db().escalation.count({ where: { clientId: kim.clientId, reason: 'crisis' } })).toBe(1);
    });

    it('are an ordinary answer with no worry before them', async () => {
      const lee = await readyClient();
      await lee.user.say('hi');
      const replies = text(await lee.user.say('gonna do it tonight'));
      expect(replies).not.toMatch(/Samaritans/);
      expect(await db().escalation.count({ where: { clientId: lee.clientId } })).toBe(0);
    });
  });
});
