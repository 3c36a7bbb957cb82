// Play-testing: a job start was news only on the caseload; the adviser was never sent it. Now the
// adviser gets a short note through the one hand-over path (their card, the webhook), routine, so it
// never comes before a risk, and once per job: the start day told later is not a second note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { cardTexts } from '../support/adaptiveCards.ts';
import { AdviserRepository } from '../../src/db/advisers.ts';
import { seedReadyClient } from '../plan/planTestBot.ts';
import { startEscalationBot, TestClock } from './harness.ts';

type Bot = Awaited<ReturnType<typeof startEscalationBot>>;
type Card = Record<string, any>;
const CARD = 'application/vnd.microsoft.card.adaptive';
const cardsIn = (activities: Array<Record<string, any>>): Card[] =>
  activities.flatMap((activity) => (activity.attachments ?? []) as Card[]).filter((attachment) => attachment.contentType === CARD).map((attachment) => attachment.content);
const joined = (replies: string[]) => replies.join('\n');

describe(`a job start, told to the adviser, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: Bot;
  const clock = new TestClock(new Date('2026-06-08T09:00:00Z')); // Monday, 10am in London
  let ann: ChatUser;

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startEscalationBot(database.url, clock, { ADVISERS: JSON.stringify([{ name: 'Ann Adviser', userKey: 'emulator:adviser-ann' }]) });
    ann = new ChatUser(bot, { userId: 'adviser-ann', name: 'Ann Adviser' });
    await ann.say('hello');
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  async function annsClientAtTheMenu(name: string) {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: clock.now() });
    await db.client.update({ where: { id: seeded.id }, data: { displayName: name } });
    const advisers = new AdviserRepository(db);
    await advisers.assignClient(seeded.id, (await advisers.findByUserKey('emulator:adviser-ann'))!);
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    return { user, clientId: seeded.id };
  }

  it('sends the adviser one routine note naming the job and its start day, and not again for the start day told later', async () => {
    const db = bot.app.database.db;
    const { user, clientId } = await annsClientAtTheMenu('Sam');
    const cardsBefore = cardsIn(ann.replies()).length;
    const hooksBefore = bot.webhook.calls.length;
    await user.say('ive got a job at tesco');
    expect(joined(await user.say('not sure yet'))).toMatch(/I have noted the job/);

    const notes = await db.escalation.findMany({ where: { clientId, reason: 'job-started' } });
    expect(notes).toMatchObject([{ urgency: 'routine' }]);
    expect(notes[0]!.detail).toBe('Told us they have a job at Tesco. They do not know their start day yet.');
    const card = cardsIn(ann.replies()).slice(cardsBefore)[0]!;
    expect(cardTexts(card)[0]).toMatch(/^Routine #\d+: Sam$/);
    expect(cardTexts(card)).toContain('Started work');
    expect(bot.webhook.calls.length).toBe(hooksBefore + 1);

    clock.set('2026-06-10T09:00:00Z');
    expect(joined(await user.say('they said i start on monday'))).toMatch(/Thank you for telling me your start day/);
    expect(await db.escalation.count({ where: { clientId, reason: 'job-started' } })).toBe(1);
    expect(cardsIn(ann.replies()).length).toBe(cardsBefore + 1);
    clock.set('2026-06-08T09:00:00Z');
  });

  it('lists a job start after a worry raised later: a risk always comes first', async () => {
    const { user: jo } = await annsClientAtTheMenu('Jo');
    await jo.say('i got a job at greggs, i start on friday');
    clock.advanceMinutes(30);
    const { user: kim } = await annsClientAtTheMenu('Kim');
    expect(joined(await kim.say('honestly i feel so hopeless about everything'))).toMatch(/Would you like your adviser to get in touch\?/);
    await kim.say('yes please');
    const listed = joined(await ann.say('escalations'));
    const worry = listed.indexOf('Kim: Signs they are struggling');
    const job = listed.indexOf('Jo: Started work');
    expect(worry).toBeGreaterThan(-1);
    expect(job).toBeGreaterThan(worry);
    clock.set('2026-06-08T09:00:00Z');
  });
});
