// Acceptance (adviser play-test, play6/c item 5): a crisis on a Saturday night. The card's
// contact-by is the next working morning, so its next step must not say "today": it says to reach
// them as soon as someone is at work, and that the client was shown the crisis numbers. In hours,
// the next step is unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { startEscalationBot, consentedClient, TestClock, startOneAdviserBot } from './harness.ts';

type Bot = Awaited<ReturnType<typeof startEscalationBot>>;
type Card = Record<string, any>;

const facts = (card: Card): Record<string, string> =>
  Object.fromEntries(card.body.filter((block: Card) => block.type === 'FactSet').flatMap((set: Card) => set.facts.map((fact: Card) => [fact.title, fact.value])));

describe(`an urgent escalation raised when nobody is at work, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: Bot;
  const clock = new TestClock(new Date('2026-06-13T21:30:00Z')); // Saturday 13 June, 10:30pm in London
  let ann: ChatUser;

  const client = async (key: string): Promise<ChatUser> => (await consentedClient(bot, { key, teamsName: 'Sam', adviserUserId: 'adviser-ann' })).user;

  const lastCardToAnn = (): Card =>
    bot.connector.repliesTo(ann.conversationId).flatMap((activity) => activity.attachments ?? []).at(-1)!.content;

  beforeAll(async () => {
    database = await createEmptyDatabase();
    ({ bot, ann } = await startOneAdviserBot(database.url, clock));
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  it('says to reach them as soon as someone is at work, never "today", beside a Monday contact-by', async () => {
    const sam = await client('sat');
    await sam.say('i cant do this anymore i want to die');
    const card = facts(lastCardToAnn());
    expect(card['Contact by']).toBe('Monday 15 June at 9am');
    expect(card['Next step']).toBe(
      'Nobody was at work when this came in. Reach them as soon as someone is at work, or use your duty route if you are on call. Check they are safe and know the crisis numbers: the coach showed them the numbers.',
    );
    expect(card['Next step']).not.toMatch(/today/i);
    // The webhook's text says the same.
    const hook = bot.webhook.calls.at(-1)!.json;
    expect(JSON.stringify(hook)).toContain('Next step: Nobody was at work when this came in. Reach them as soon as someone is at work');
    expect(JSON.stringify(hook)).not.toContain('Call them today');
  });

  it('keeps "Call them today" for a crisis raised while advisers are at work', async () => {
    clock.set('2026-06-17T10:00:00Z'); // Wednesday, 11am in London
    const sam = await client('wed');
    await sam.say('i cant do this anymore i want to die');
    expect(facts(lastCardToAnn())['Next step']).toBe('Call them today. Check they are safe and know the crisis numbers.');
  });
});
