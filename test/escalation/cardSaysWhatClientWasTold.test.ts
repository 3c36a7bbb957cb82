// Acceptance (adviser play-test, December): out of hours the client is told that nobody is at work
// and when a person will read it, but the urgent card's "What the coach did" said "Told them their
// adviser has been told and will try to reach them", as if in hours. The card and the summary text
// now say what the client was told: in hours or not, and whether anyone could be reached at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { seedReadyClient } from '../plan/planTestBot.ts';
import { EscalationRepository } from '../../src/db/escalations.ts';
import { summaryForEscalation } from '../../src/escalation/escalationSummaryFromDb.ts';
import { startEscalationBot, TestClock, useAdviserBot } from './harness.ts';

type Bot = Awaited<ReturnType<typeof startEscalationBot>>;
type Card = Record<string, any>;

const cardText = (card: Card): string =>
  card.body.filter((block: Card) => block.type === 'TextBlock').map((block: Card) => block.text as string).join('\n');
const OLD_LINE = /will try to reach them\.$/m;

describe(`the card says what the client was told, on ${testProvider}`, () => {
  const clock = new TestClock(new Date('2026-06-13T21:30:00Z')); // Saturday 13 June, 10:30pm in London
  const { bot, clientOfAnn, lastCardToAnn } = useAdviserBot(clock);

  it('out of hours: nobody was at work, when a person will read it, and to call the numbers now', async () => {
    clock.set('2026-06-13T21:30:00Z');
    const { user: sam } = await clientOfAnn('sat');
    const replies = (await sam.say('i cant do this anymore i want to die')).join('\n');
    expect(replies).toMatch(/nobody is at work right now/);
    const said = cardText(lastCardToAnn());
    expect(said).toMatch(/Told them you have their message, but nobody was at work\. A person would read it Monday 15 June at 9am\. Asked them to call the numbers now\./);
    expect(said).not.toMatch(OLD_LINE);
    expect(said).not.toMatch(/today/);
    // The summary text (webhook, "show me escalation") says the same.
    const hook = bot().webhook.calls.at(-1)!.json;
    expect(hook.text).toMatch(/- Told them you have their message, but nobody was at work\. A person would read it Monday 15 June at 9am\./);
  });

  it('in hours: they were told you will try to reach them today', async () => {
    clock.set('2026-06-17T10:00:00Z'); // Wednesday, 11am in London
    const { user: sam } = await clientOfAnn('wed');
    expect((await sam.say('i cant do this anymore i want to die')).join('\n')).toMatch(/They will try to reach you today/);
    expect(cardText(lastCardToAnn())).toMatch(/Told them you have their message and will try to reach them today\./);
  });

  it('in hours after abuse: they were told you will use this chat first and phone only if they say it is safe', async () => {
    clock.set('2026-06-17T11:00:00Z');
    const { user: sam } = await clientOfAnn('abuse');
    expect((await sam.say('my partner checks my phone and hits me')).join('\n')).toMatch(/They should only phone you if you say it is safe/);
    const said = cardText(lastCardToAnn());
    expect(said).toMatch(/Told them you have their message\. Told them you will reach them in this chat first, and phone only if they say it is safe\./);
    expect(said).not.toMatch(/will try to reach them today/);
  });

  it('out of hours after abuse: nobody at work, and this chat first', async () => {
    clock.set('2026-06-13T22:00:00Z');
    const { user: sam } = await clientOfAnn('sat-abuse');
    await sam.say('my partner checks my phone and hits me');
    const said = cardText(lastCardToAnn());
    expect(said).toMatch(/but nobody was at work\. A person would read it Monday 15 June at 9am\./);
    expect(said).toMatch(/Told them you will reach them in this chat first, and phone only if they say it is safe\./);
  });
});

describe(`when nobody could be reached, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: Bot;
  const clock = new TestClock(new Date('2026-06-17T10:00:00Z'));

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startEscalationBot(database.url, clock, { ADVISERS: '[]', ESCALATION_WEBHOOK_URL: '' });
    bot.app.services.config.localMode = false;
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  it('the summary a lead later reads says they were told nobody could be reached, not that you will call', async () => {
    const seeded = await seedReadyClient(bot.app.database.db, { band: 'mixed', now: clock.now() });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    expect((await user.say('i want to kill myself')).join('\n')).toMatch(/I could not reach an adviser just now/);
    const row = await bot.app.database.db.escalation.findFirstOrThrow({ where: { clientId: seeded.id, reason: 'crisis' } });
    const built = (await summaryForEscalation(bot.app.services, (await new EscalationRepository(bot.app.database.db).findById(row.id))!))!;
    expect(built.text).toMatch(/- Told them no adviser could be reached just then and their message was kept for you\. Told them the numbers are the way to talk to a person for now\./);
    expect(built.text).not.toMatch(/will try to reach them/);
  });
});
