// Acceptance (adviser play-test, play6/c item 9): a client who had stopped replying writes again.
// "Not replying to messages" closes with a note, the adviser is told it closed because they
// replied (with what they wrote), and its card says so; a worry raised for the same client stays
// open. The adviser's own list never shows it as not replying once they have written.
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { cardTexts } from '../support/adaptiveCards.ts';
import { EscalationNoteRepository } from '../../src/db/escalationNotes.ts';
import { raiseEscalation } from '../../src/escalation/raiseEscalation.ts';
import { TestClock, useAdviserBot } from './harness.ts';

describe(`a quiet client who writes again, on ${testProvider}`, () => {
  const clock = new TestClock(new Date('2026-06-16T09:20:00Z')); // Tuesday, 10:20am in London
  const { bot, ann, clientOfAnn: client } = useAdviserBot(clock);

  it('closes "not replying" when they write, tells the adviser why with their words, and leaves a worry open', async () => {
    const sam = await client('sam', 'Sam');
    const db = bot().app.database.db;
    clock.advanceMinutes(60);
    const quiet = (await raiseEscalation(bot().app.services, { clientId: sam.id, trigger: 'outreach-unanswered' })).escalation;
    const worry = (await raiseEscalation(bot().app.services, { clientId: sam.id, trigger: 'concern' })).escalation;
    await bot().app.escalationDispatcher.tick();
    expect(await db.escalation.findUniqueOrThrow({ where: { id: quiet.id } })).toMatchObject({ status: 'delivered' });

    clock.set('2026-06-26T09:20:00Z'); // ten days later
    await sam.user.say('sorry been ill, havent done anything');
    const before = bot().connector.textsTo(ann().conversationId).length;
    await bot().app.escalationDispatcher.tick();

    const told = bot().connector.textsTo(ann().conversationId).slice(before);
    expect(told).toContain(
      `Sam replied (Friday 26 June at 10:20am), so #${quiet.number} "Not replying to messages" is closed. They said: "sorry been ill, havent done anything"`,
    );
    expect(await db.escalation.findUniqueOrThrow({ where: { id: quiet.id } })).toMatchObject({ status: 'resolved', openKey: null });
    const notes = (await new EscalationNoteRepository(db).listFor(quiet.id)).map((note) => `${note.kind}: ${note.text}`);
    expect(notes).toEqual(['client-said: sorry been ill, havent done anything', 'bot-did: The client wrote again, so the coach closed this.']);
    // The card sent for it now says who closed it and why, with no buttons left but View plan.
    const updated = bot().connector.updated.filter((update) => update.conversationId === ann().conversationId).at(-1)!;
    expect(cardTexts(updated.activity.attachments[0].content).join('\n')).toMatch(/Closed by the coach, because they replied/);
    // The worry is for a person to close.
    expect(await db.escalation.findUniqueOrThrow({ where: { id: worry.id } })).toMatchObject({ reason: 'concern' });
    expect((await db.escalation.findUniqueOrThrow({ where: { id: worry.id } })).status).not.toBe('resolved');
    // Only once: the next pass tells nobody again.
    const after = bot().connector.textsTo(ann().conversationId).length;
    await bot().app.escalationDispatcher.tick();
    expect(bot().connector.textsTo(ann().conversationId).slice(after).join('\n')).not.toMatch(/replied/);
  });

  it('does not list them as not replying when the adviser looks before the next pass', async () => {
    const tom = await client('tom', 'Tom');
    clock.advanceMinutes(60);
    const quiet = (await raiseEscalation(bot().app.services, { clientId: tom.id, trigger: 'outreach-unanswered' })).escalation;
    expect((await ann().say('escalations')).join('\n')).toMatch(new RegExp(`#${quiet.number} Soon Tom: Not replying to messages`));

    clock.advanceMinutes(24 * 60);
    await tom.user.say('hi sorry i lost my phone');
    const replies = (await ann().say('escalations')).join('\n');
    expect(replies).toMatch(new RegExp(`Tom replied \\([^)]*\\), so #${quiet.number} "Not replying to messages" is closed\\. They said: "hi sorry i lost my phone"`));
    expect(replies).not.toMatch(/Tom: Not replying to messages/);
  });

  it('leaves "not replying" open while the client stays quiet', async () => {
    const ida = await client('ida', 'Ida');
    clock.advanceMinutes(60);
    const quiet = (await raiseEscalation(bot().app.services, { clientId: ida.id, trigger: 'outreach-unanswered' })).escalation;
    clock.advanceMinutes(3 * 24 * 60);
    await bot().app.escalationDispatcher.tick();
    expect((await bot().app.database.db.escalation.findUniqueOrThrow({ where: { id: quiet.id } })).status).not.toBe('resolved');
  });
});
