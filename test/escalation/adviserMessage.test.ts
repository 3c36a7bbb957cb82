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
    expect(received).toBe('A message from your adviser, Ann:\n"can you come in on Tuesday at 10?"\nTo answer, just type your reply.');
    const open = await db().escalation.findFirstOrThrow({ where: { clientId, status: { not: 'resolved' } } });
    const notes = await db().escalationNote.findMany({ where: { escalationId: open.id, kind: 'bot-did' } });
    expect(notes.map((note) => note.text)).toContain('Ann sent them a message through the coach.');
    expect(await db().auditEvent.count({ where: { action: 'adviser-messaged-client' } })).toBe(1);
  });

  // Play-testing as advisers, round seven: "yes tuesday is fine" had been kept as the answer to the
  // question on screen, or met with "Sorry, I didn't catch that", and never reached the adviser.
  it("passes the client's next words to that adviser, tells the client, asks the waiting question again, and only once", async () => {
    const { user, clientId } = await atTheGoalQuestion();
    // Seeded clients share a name: this one gets its own, so the message is not the first client's.
    const name = 'Priya Shah';
    await db().client.update({ where: { id: clientId }, data: { displayName: name } });
    const ann = adviserChat('Ann');
    await ann.say(`message ${name}: shall we meet tuesday?`);
    const annBefore = ann.replies().length;
    const replied = text(await user.say('yes tuesday 10am is good'));
    expect(replied).toMatch(/^I have sent that to Ann\.\n/);
    expect(replied).toMatch(/What would you like to work on\?/);
    const toAnn = ann.replies().slice(annBefore).map((activity) => activity.text).join('\n');
    expect(toAnn).toBe(`${name} replied to your message:\n"yes tuesday 10am is good"\nTo write back, type "reply", their name and your words. For example: reply ${name} thank you, see you then`);
    // The next words are an answer again.
    expect(text(await user.say('get a job in a warehouse'))).not.toMatch(/sent that to Ann/);
    expect(ann.replies().length).toBe(annBefore + 1);
  });

  it('without the words, says how; for someone not in the caseload, says so', async () => {
    expect(text(await adviserChat('Ann').say('message'))).toMatch(/^To send a client a message through the coach, type "message", their name and your words\./);
    expect(text(await adviserChat('Ann').say('message Nobody Here: hello'))).not.toMatch(/^Sent to/);
  });
});
