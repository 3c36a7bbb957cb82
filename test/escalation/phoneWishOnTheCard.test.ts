// Play-testing as a busy adviser (December): two clients in crisis at once, one of them asking to
// be phoned. The client read "I have asked your adviser to phone you", and the coach kept a note
// of it (as it does of "please dont ring me"), but no card, summary or "show me escalation" showed
// those notes: "can you call me" was one line among what they wrote, and after "please dont ring
// me" the card still said "Call them today". Now the card and the summary say what they asked.
import { describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { EscalationRepository } from '../../src/db/escalations.ts';
import { summaryForEscalation } from '../../src/escalation/escalationSummaryFromDb.ts';
import { escalationCard } from '../../src/cards/escalationCard.ts';
import { facts, TestClock, useAdviserBot } from './harness.ts';

type Card = Record<string, any>;

describe(`what a client asked about phone calls reaches the adviser's card, on ${testProvider}`, () => {
  const clock = new TestClock(new Date('2026-06-17T09:00:00Z')); // Wednesday, 10am in London
  const { bot, ann, clientOfAnn } = useAdviserBot(clock);

  const crisisOf = async (key: string, name: string): Promise<{ user: ChatUser; number: number; card: () => Promise<Card> }> => {
    const { user, id } = await clientOfAnn(key, name);
    await user.say(key === 'lee' ? 'ive got all my tablets here and im going to take them tonight' : 'i cant do this anymore i want to die');
    const row = await bot().app.database.db.escalation.findFirstOrThrow({ where: { clientId: id, reason: 'crisis' } });
    const card = async (): Promise<Card> => {
      const built = (await summaryForEscalation(bot().app.services, (await new EscalationRepository(bot().app.database.db).findById(row.id))!))!;
      return escalationCard(built.summary, { escalationId: row.id, status: 'delivered', response: null });
    };
    return { user, number: row.number!, card };
  };

  it('"can you call me": the card and "show me escalation" say they asked to be phoned, and what they were told', async () => {
    const tom = await crisisOf('tom', 'Tom');
    const lee = await crisisOf('lee', 'Lee');
    expect((await lee.user.say('can you call me')).join('\n')).toMatch(/I have asked your adviser to phone you/);
    expect(facts(await lee.card())['Phone']).toBe('They asked to be phoned. The coach told them it has asked you to phone them.');
    expect(facts(await tom.card())['Phone']).toBeUndefined();
    const shown = (await ann().say(`show me escalation ${lee.number}`)).join('\n');
    expect(shown).toMatch(/Phone: They asked to be phoned\. The coach told them it has asked you to phone them\./);
  });

  it('"please dont ring me": the card says so, and the next step is this chat, not "Call them today"', async () => {
    const sam = await crisisOf('sam', 'Sam');
    expect(facts(await sam.card())['Next step']).toMatch(/^Call them today/);
    await sam.user.say('please dont ring me');
    const card = facts(await sam.card());
    expect(card['Phone']).toBe('They asked not to be phoned. Use this chat, and call only if they say it is safe.');
    expect(card['Next step']).not.toMatch(/Call them today/);
    expect(card['Next step']).toMatch(/^Reach them in this chat today/);
    const shown = (await ann().say(`show me escalation ${sam.number}`)).join('\n');
    expect(shown).toMatch(/Next step: Reach them in this chat today/);
    expect(shown).not.toMatch(/Call them today/);
  });

  it('the latest wish counts: "dont ring me" and then "can you call me" is a call', async () => {
    const kim = await crisisOf('kim', 'Kim');
    await kim.user.say('please dont ring me');
    expect((await kim.user.say('actually can you call me')).join('\n')).toMatch(/I have asked your adviser to phone you/);
    expect(facts(await kim.card())['Phone']).toMatch(/^They asked to be phoned\./);
  });
});
