// Play-testing as new clients found three faults in the safety replies. Every risk got the suicide
// script and its numbers; "I have told your adviser" was said when nobody could receive it; and a
// clear correction in the safety window ("IM NOT GOING TO KILL MYSELF, I JUST HATE THE JOBCENTRE")
// got the crisis reply again. Now the reply fits the kind of risk, the adviser is said to know
// only when they do, and a correction is heard, while "I mean it" still counts as a crisis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { AdviserRepository, type Adviser } from '../../src/db/advisers.ts';
import { EscalationNoteRepository } from '../../src/db/escalationNotes.ts';
import { botDidNotes } from '../../src/messages/en/escalationUpdates.ts';
import { seedReadyClient } from '../plan/planTestBot.ts';
import { startEscalationBot, TestClock } from './harness.ts';

type Bot = Awaited<ReturnType<typeof startEscalationBot>>;
const GOAL_QUESTION = /What would you like to work on\?/;
const SAID_TOLD = /I have told|adviser knows|adviser already knows|adviser will|I will ask them/i;

describe(`safety replies that fit the person, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: Bot;
  const clock = new TestClock(new Date('2026-03-04T10:00:00Z')); // a Wednesday, 10am in London
  let ann: ChatUser;
  let annAdviser: Adviser;

  const db = () => bot.app.database.db;
  const text = (replies: string[]) => replies.join('\n');

  /** A client with plan and adviser; without an adviser nobody can receive their escalations. */
  async function readyClient(withAdviser = true): Promise<{ user: ChatUser; clientId: string }> {
    const seeded = await seedReadyClient(db(), { band: 'mixed', now: clock.now() });
    if (withAdviser) await new AdviserRepository(db()).assignClient(seeded.id, annAdviser);
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    return { user, clientId: seeded.id };
  }

  const updatesToAnn = () => bot.connector.repliesTo(ann.conversationId).map((activity) => activity.text ?? '');

  beforeAll(async () => {
    database = await createEmptyDatabase();
    // No webhook, no channel, no lead: a client without an adviser reaches nobody.
    bot = await startEscalationBot(database.url, clock, {
      ADVISERS: JSON.stringify([{ name: 'Ann', userKey: 'emulator:adviser-ann' }]),
      ESCALATION_WEBHOOK_URL: '',
    });
    // Local mode counts the local inbox as a person; a real deployment has none.
    bot.app.services.config.localMode = false;
    ann = new ChatUser(bot, { userId: 'adviser-ann', name: 'Ann' });
    await ann.say('hello');
    annAdviser = (await new AdviserRepository(db()).findByUserKey('emulator:adviser-ann'))!;
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  // Each kind's own numbers come first; the crisis numbers follow, in case a risk to life was missed.
  describe('the first reply fits the kind of risk', () => {
    const cases: Array<{ said: string; has: RegExp[]; hasNot: RegExp[] }> = [
      {
        said: 'my partner checks my phone and takes my money',
        has: [/Nobody has the right to hurt you, scare you or control you/, /National Domestic Abuse Helpline: call 0808 2000 247[^]*Samaritans/, /may be able to read this chat/, /press 55/],
        hasNot: [/You matter/, /Samaritans[^]*Domestic Abuse/],
      },
      {
        said: "he hit me last night and i'm scared to go home",
        has: [/National Domestic Abuse Helpline/, /may be able to read this chat/],
        hasNot: [/You matter/, /Samaritans[^]*Domestic Abuse/],
      },
      {
        said: "i've got nowhere to sleep tonight",
        has: [/you need help tonight/, /Shelter: call 0808 800 4444[^]*Samaritans/, /homeless team/, /nights and weekends/],
        hasNot: [/You matter/, /read this chat/],
      },
      {
        said: 'im going to kill him',
        has: [/If you feel you might hurt someone/, /If someone is in danger now, call 999/, /Samaritans/],
        hasNot: [/You matter/, /I am worried about you/],
      },
      {
        said: 'I want to kill myself',
        has: [/I am worried about you. You matter./, /Samaritans: call 116 123/, /I am a computer/],
        hasNot: [/Domestic Abuse/, /Shelter/],
      },
      {
        said: 'he hits me and i want to die',
        has: [/You matter/, /Samaritans/, /National Domestic Abuse Helpline/, /may be able to read this chat/],
        hasNot: [],
      },
    ];

    it.each(cases)('"$said"', async ({ said, has, hasNot }) => {
      const { user } = await readyClient();
      const replies = await user.say(said);
      const first = replies[0]!;
      for (const pattern of has) expect(first).toMatch(pattern);
      for (const pattern of hasNot) expect(first).not.toMatch(pattern);
      expect(replies[1]).toMatch(/I have told your adviser now/);
      expect(text(replies)).not.toMatch(GOAL_QUESTION);
    });

    it('keeps to the kind in the window: the numbers and a further message are for abuse, not suicide', async () => {
      const { user } = await readyClient();
      await user.say('my boyfriend controls everything i do');
      const numbers = text(await user.say('Phone numbers'));
      expect(numbers).toMatch(/National Domestic Abuse Helpline[^]*Samaritans/);
      const again = text(await user.say('he hit me again'));
      expect(again).toMatch(/These people can help with this/);
      expect(again).toMatch(/National Domestic Abuse Helpline/);
      expect(again).not.toMatch(/You matter/);
    });
  });

  describe('the adviser is said to know only when they do', () => {
    it('says nobody could be reached, and keeps saying so in the window', async () => {
      const { user, clientId } = await readyClient(false);
      const first = await user.say('I want to kill myself');
      expect(first[0]).toMatch(/Samaritans/);
      expect(first[1]).toMatch(/I could not reach an adviser just now/);
      expect(first[1]).toMatch(/the numbers above are the way to talk to a person/);
      expect(text(await user.say('ok'))).toMatch(/I could not reach an adviser yet/);
      expect(text(await user.say('help'))).toMatch(/Tap Talk to my adviser to find out how to reach them/);
      expect(text(await user.say('Talk to my adviser'))).toMatch(/I still cannot reach an adviser/);
      expect(text(await user.say('I really want to die'))).toMatch(/I could not reach an adviser, so please call one of these numbers now/);
      expect(text(await user.say("I'm not going to kill myself, I just hate the jobcentre"))).toMatch(/I have kept what you said for your adviser/);
      await user.say('Carry on');
      const worry = text(await user.say('honestly i cant cope anymore, everything feels hopeless'));
      expect(worry).toMatch(/I have kept this for your adviser too/);
      for (const reply of bot.connector.repliesTo(user.conversationId)) expect(reply.text ?? '').not.toMatch(SAID_TOLD);
      expect(bot.connector.repliesTo(user.conversationId).map((reply) => reply.text ?? '').join('\n')).not.toMatch(/passed this on/);
      // Nothing is lost: the escalation is kept for when a person looks.
      expect(await db().escalation.count({ where: { clientId, reason: 'crisis', openKey: { not: null } } })).toBe(1);
    });

    it('says it does not keep the details of someone who has not agreed', async () => {
      const stranger = new ChatUser(bot, { name: 'Jo' });
      const replies = await stranger.say('I want to kill myself');
      expect(replies[0]).toMatch(/Samaritans/);
      expect(replies[1]).toMatch(/I do not keep your details/);
      expect(text(replies)).not.toMatch(SAID_TOLD);
    });

    it('does not say "I have asked your adviser" to a worry nobody can receive', async () => {
      const { user } = await readyClient(false);
      expect(text(await user.say('honestly i cant cope anymore, everything feels hopeless'))).toMatch(/Would you like your adviser to get in touch/);
      const answer = text(await user.say('yes'));
      expect(answer).toMatch(/I could not pass your message to an adviser just now/);
      expect(answer).not.toMatch(/I have asked your adviser/);
    });
  });

  describe('a correction in the safety window', () => {
    const corrections = ['IM NOT GOING TO KILL MYSELF, I JUST HATE THE JOBCENTRE', 'no i didnt mean it like that, i meant the job is killing me lol'];

    it.each(corrections)('"%s" is heard, Carry on comes first, and the adviser still sees it', async (correction) => {
      const { user, clientId } = await readyClient();
      await user.say('I want to kill myself');
      const before = updatesToAnn().length;
      const replies = text(await user.say(correction));
      expect(replies).toMatch(/Thank you for telling me. I am glad./);
      expect(replies).toMatch(/Your adviser will still see what you said/);
      expect(replies).toMatch(/\[Carry on\] \[Phone numbers\] \[Talk to my adviser\]/);
      expect(replies).not.toMatch(/You matter|Please talk to someone now|I am still here/);
      expect(replies).not.toMatch(GOAL_QUESTION);

      expect(updatesToAnn().slice(before)).toEqual([expect.stringContaining(`They said: "${correction}"`)]);
      const escalation = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
      expect(escalation.openKey).not.toBeNull();
      const notes = await new EscalationNoteRepository(db()).listFor(escalation.id);
      expect(notes.map((note) => note.text)).toEqual(expect.arrayContaining([correction, botDidNotes.correctionHeard]));

      expect((await user.say('Carry on')).at(-1)).toMatch(/./);
      expect(await db().escalation.count({ where: { clientId, reason: 'crisis', openKey: { not: null } } })).toBe(1);
    });

    it('after abuse, hears a taking back without "I am glad", and keeps the numbers on offer', async () => {
      const { user } = await readyClient();
      await user.say('my partner checks my phone and takes my money');
      const replies = text(await user.say('no i didnt mean it like that'));
      expect(replies).toMatch(/OK. Thank you for telling me./);
      expect(replies).not.toMatch(/I am glad/);
      expect(replies).toMatch(/If you ever feel unsafe, tap Phone numbers/);
      expect(replies).toMatch(/\[Carry on\] \[Phone numbers\] \[Talk to my adviser\]/);
    });

    it.each(["im not joking", 'i mean it', 'not going to do it today, tomorrow'])('"%s" is never read as a correction: the crisis reply again', async (said) => {
      const { user } = await readyClient();
      await user.say('I want to kill myself');
      await user.say("I'm not going to kill myself, I just hate the jobcentre");
      const before = updatesToAnn().length;
      const replies = text(await user.say(said));
      expect(replies).toMatch(/I am still here. You matter./);
      expect(replies).toMatch(/Samaritans/);
      expect(replies).not.toMatch(/I am glad/);
      expect(updatesToAnn().slice(before)).toEqual([expect.stringContaining(`They said: "${said}"`)]);
    });
  });
});
