// An adviser reaches their client through the coach (play-testing as advisers, round six: the card
// said "How to reach them: Only through the coach ... no phone or email is held" and "message Tom:
// Hi Tom, it's Bob" got the help list). "message <client>: <words>" puts the words in the client's
// chat with who sent them and how to answer; the audit log records it; an open escalation notes it.
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { text, useWindowBot } from './windowHarness.ts';

describe(`an adviser messages a client through the coach, on ${testProvider}`, () => {
  const { db, atTheGoalQuestion, adviserChat } = useWindowBot();

  it('sends the words to the client, says so to the adviser, and notes it on an open escalation', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    await user.say('talk to my adviser');
    const name = (await db().client.findUniqueOrThrow({ where: { id: clientId } })).displayName!;
    const before = user.replies().length;
    const sent = text(await adviserChat('Ann').say(`message ${name}: can you come in on Tuesday at 10?`));
    expect(sent).toMatch(new RegExp(`^Sent to ${name} in their chat with the coach\\.`));
    const received = user.replies().slice(before).map((activity) => activity.text).join('\n');
    expect(received).toBe('A message from your adviser, Ann:\n"can you come in on Tuesday at 10?"\nTo answer, type "talk to my adviser".');
    const open = await db().escalation.findFirstOrThrow({ where: { clientId, status: { not: 'resolved' } } });
    const notes = await db().escalationNote.findMany({ where: { escalationId: open.id, kind: 'bot-did' } });
    expect(notes.map((note) => note.text)).toContain('Ann sent them a message through the coach.');
    expect(await db().auditEvent.count({ where: { action: 'adviser-messaged-client' } })).toBe(1);
  });

  it('without the words, says how; for someone not in the caseload, says so', async () => {
    expect(text(await adviserChat('Ann').say('message'))).toMatch(/^To send a client a message through the coach, type: message <client>: <your words>/);
    expect(text(await adviserChat('Ann').say('message Nobody Here: hello'))).not.toMatch(/^Sent to/);
  });
});
