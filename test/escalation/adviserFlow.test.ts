// Acceptance, over HTTP with the stand-in connector: the adviser's flow in chat. "my code";
// escalations by their own numbers, most urgent first, in words; "ack 1" and the card buttons
// update every copy of the card that was sent; acknowledged ones leave the open list; resolve;
// contact-by times inside office hours; a client of the local demo adviser reaches the leads;
// and the urgent card says how to reach a client who gave no name and what the coach did.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { cardTexts, validateAdaptiveCard } from '../support/adaptiveCards.ts';
import { AdviserRepository, type Adviser } from '../../src/db/advisers.ts';
import { startEscalationBot, TestClock } from './harness.ts';

type Bot = Awaited<ReturnType<typeof startEscalationBot>>;
type Card = Record<string, any>;
const CARD = 'application/vnd.microsoft.card.adaptive';

const cardsIn = (activities: Array<Record<string, any>>): Card[] =>
  activities.flatMap((activity) => (activity.attachments ?? []) as Card[]).filter((attachment) => attachment.contentType === CARD).map((attachment) => attachment.content);
const facts = (card: Card): Record<string, string> =>
  Object.fromEntries(card.body.filter((block: Card) => block.type === 'FactSet').flatMap((set: Card) => set.facts.map((fact: Card) => [fact.title, fact.value])));
const actionTitles = (card: Card): string[] => (card.actions ?? []).map((action: Card) => action.title);

describe(`the adviser's flow in chat, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: Bot;
  const clock = new TestClock(new Date('2026-03-04T10:00:00Z')); // Wednesday, 10am in London
  let ann: ChatUser;
  let lee: ChatUser;
  let liz: ChatUser;
  let annAdviser: Adviser;

  async function client(name: string, adviser: Adviser, options: ConstructorParameters<typeof ChatUser>[1] = {}, extra: Record<string, unknown> = {}) {
    const user = new ChatUser(bot, { name, ...options }, extra);
    await user.say('hello');
    await user.say('yes');
    const row = await bot.app.database.db.client.findUniqueOrThrow({ where: { userKey: `${options.channelId ?? 'emulator'}:${user.userId}` } });
    await new AdviserRepository(bot.app.database.db).assignClient(row.id, adviser);
    return { user, row };
  }

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startEscalationBot(database.url, clock, {
      ADVISERS: JSON.stringify([
        { name: 'Ann Adviser', userKey: 'emulator:adviser-ann' },
        { name: 'Lee Lead', userKey: 'emulator:lead-lee', role: 'lead' },
        { name: 'Liz Lead', userKey: 'emulator:lead-liz', role: 'lead' },
      ]),
    });
    ann = new ChatUser(bot, { userId: 'adviser-ann', name: 'Ann Adviser' });
    lee = new ChatUser(bot, { userId: 'lead-lee', name: 'Lee Lead' });
    liz = new ChatUser(bot, { userId: 'lead-liz', name: 'Liz Lead' });
    for (const person of [ann, lee, liz]) await person.say('hello');
    annAdviser = (await new AdviserRepository(bot.app.database.db).findByUserKey('emulator:adviser-ann'))!;
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  it('tells an adviser their own invite code, and help shows it too', async () => {
    const [reply] = await ann.say('my code');
    expect(reply).toContain(`Your invite code is ${annAdviser.inviteCode}.`);
    expect((await ann.say('help')).join('\n')).toContain(`Your invite code is ${annAdviser.inviteCode}.`);
  });

  it('hands a client of the local demo adviser to the team leads, who each get the card', async () => {
    const demo = await new AdviserRepository(bot.app.database.db).ensureDemoAdviser(20);
    const { user: cara } = await client('Cara', demo);
    const replies = (await cara.say('talk to my adviser')).join('\n');
    expect(replies).toMatch(/I have asked your adviser to get in touch/);
    for (const lead of [lee, liz]) {
      const [card] = cardsIn(lead.replies());
      expect(card, lead.userId).toBeDefined();
      expect(cardTexts(card)[0]).toBe('Soon #1: Cara');
      expect(cardTexts(card)).toContain('Asked for you');
    }
  });

  it('lists escalations by their own number, in words, and "ack 1" updates every copy of the card', async () => {
    const listed = (await lee.say('escalations')).join('\n');
    expect(listed).toMatch(/New escalations, not acknowledged yet, most urgent first:\n\n- #1 Soon Cara: Asked for you \(raised Wednesday 4 March at 10am\)/);
    expect(listed).not.toMatch(/client-asked/);

    expect((await lee.say('ack 1')).join('\n')).toMatch(/Acknowledged: #1 Soon Cara: Asked for you/);
    const updates = bot.connector.updated.filter((update) => [lee.conversationId, liz.conversationId].includes(update.conversationId));
    expect(updates.map((update) => update.conversationId).sort()).toEqual([lee.conversationId, liz.conversationId].sort());
    for (const update of updates) {
      const sentId = bot.connector.caught.findIndex((caught) => caught.conversationId === update.conversationId && cardsIn([caught.activity]).length > 0);
      expect(update.activityId).toBe(`reply-${sentId + 1}`); // the very card that was sent
      const card = cardsIn([update.activity])[0]!;
      expect(validateAdaptiveCard(card).errors).toEqual([]);
      expect(cardTexts(card).join('\n')).toMatch(/Acknowledged by Lee Lead/);
      expect(actionTitles(card)).not.toContain('Acknowledge');
    }

    const after = (await lee.say('escalations')).join('\n');
    expect(after).toMatch(/No new escalations\. 1 acknowledged, still open:\n\n- #1 Soon Cara: Asked for you \(raised .*; acknowledged by Lee Lead\)/);
  });

  it('keeps contact-by inside office hours and leaves taps and @mention tags out of what they wrote', async () => {
    const { user: dan } = await client('Dan', annAdviser);
    await dan.say('Skip');
    await dan.say('<at>Coach</at> i got sacked from my job today');
    const card = cardsIn(ann.replies())[0]!;
    // Dan skipped his name: the adviser sees the name his channel gives, marked as not given by him.
    expect(cardTexts(card)[0]).toBe('Soon #2: Dan (no name given)');
    // Three days from Wednesday is Saturday; nobody is at work until Monday at 9am.
    expect(facts(card)['Contact by']).toBe('Monday 9 March at 9am');
    const texts = cardTexts(card);
    expect(texts).toContain('Wednesday 4 March at 10am: "i got sacked from my job today"');
    expect(texts.join('\n')).not.toMatch(/Skip|<at>|\\<at/);
  });

  it('puts an urgent escalation first, names how to reach a client who gave no name, and says what the coach did', async () => {
    const teams = { channelId: 'msteams', userId: '29:megan', conversationId: 'a:megan-personal' };
    const { user: megan, row } = await client('Megan Jones', annAdviser, teams, {
      from: { id: '29:megan', name: 'Megan Jones', aadObjectId: 'aad-megan' },
      conversation: { id: 'a:megan-personal', conversationType: 'personal' },
    });
    await megan.say('Skip'); // no name for the coach
    await bot.app.database.db.client.update({ where: { id: row.id }, data: { displayName: null } });
    clock.advanceMinutes(5);
    expect((await megan.say('i want to kill myself')).join(' ')).toMatch(/Samaritans/);
    clock.advanceMinutes(2);
    await megan.say('honestly i cant cope anymore, everything feels hopeless');

    const card = cardsIn(ann.replies()).at(-1)!;
    expect(validateAdaptiveCard(card).errors).toEqual([]);
    const texts = cardTexts(card);
    expect(texts[0]).toBe('URGENT #3: Megan Jones (no name given)');
    expect(facts(card)['How to reach them']).toBe('Teams: Megan Jones (use "Open chat in Teams")');
    expect(card.actions[0]).toEqual({ type: 'Action.OpenUrl', title: 'Open chat in Teams', url: 'https://teams.microsoft.com/l/chat/0/0?users=aad-megan' });
    expect(texts).toContain('Showed them the crisis numbers (Wednesday 4 March at 10:05am).');
    expect(texts.join('\n')).toMatch(/Paused their reminders \(Wednesday 4 March at 10:05am\)/);
    expect(texts).toContain('Wednesday 4 March at 10:05am: "i want to kill myself"');

    const listed = (await lee.say('escalations')).join('\n');
    expect(listed).toMatch(/most urgent first:\n\n- #3 URGENT Megan Jones \(no name given\): May not be safe[^\n]*\n- #2 Soon Dan \(no name given\): Lost their job/);

    const inbox = await (await fetch(`${bot.app.url}/adviser/inbox`)).text();
    const order = ['URGENT #3', 'Soon #1', 'Soon #2'].map((heading) => inbox.indexOf(heading));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Built when read: every risk message since it was raised is on it.
    expect(inbox).toContain('How to reach them: Teams: Megan Jones');
    expect(inbox).toMatch(/What they said:\n- Wednesday 4 March at 10:05am: &#34;i want to kill myself&#34;\n- Wednesday 4 March at 10:07am: &#34;honestly i cant cope anymore, everything feels hopeless&#34;/);
  });

  it('resolves by number or from the card, keeps the other numbers, and updates the card everywhere', async () => {
    expect((await lee.say('resolve 2')).join('\n')).toMatch(/Closed: #2 Soon Dan/);
    const crisis = await bot.app.database.db.escalation.findFirstOrThrow({ where: { number: 3 } });
    const before = bot.connector.updated.length;
    const response = await bot.post(
      ann.activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        // An urgent one closes from the card only with what was done (round five: it had closed with none).
        value: { action: { type: 'Action.Execute', verb: 'escalation.resolve', data: { escalationId: crisis.id, resolveNote: 'rang her, safe with her sister' } } },
      }),
    );
    const body = await response.json();
    expect(cardTexts(body.value).join('\n')).toMatch(/Closed by Ann Adviser.*\nWhat was done: "rang her, safe with her sister"/);
    expect(actionTitles(body.value)).toEqual(['Open chat in Teams', 'View plan']);
    const annCopy = bot.connector.updated.slice(before).find((update) => update.conversationId === ann.conversationId);
    expect(cardTexts(cardsIn([annCopy!.activity])[0]).join('\n')).toMatch(/Closed by Ann Adviser/);

    const listed = (await lee.say('escalations')).join('\n');
    expect(listed).not.toMatch(/#2|#3/);
    expect(listed).toMatch(/#1 Soon Cara/);
    // Closed already, and said so (play-testing as advisers: "I could not find that escalation" read as lost).
    expect((await lee.say('ack 3')).join('\n')).toMatch(/^That escalation is closed already\./);
    expect((await lee.say('resolve 3')).join('\n')).toMatch(/^That escalation is closed already\./);
    expect((await lee.say('ack 999')).join('\n')).toMatch(/could not find that escalation/);
    const audit = await bot.app.database.db.auditEvent.count({ where: { action: 'escalation-resolved' } });
    expect(audit).toBe(2);
  });
});
