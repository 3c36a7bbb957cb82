// Play-testing (adviser side, round six). An adviser closed a crisis while the client was still in
// the safety window; the client's "no" to "are you safe right now?" then got "I have told your
// adviser again" with nothing sent and nothing open. And "ive got my tablets here" after "i want to
// die" got "Thank you for telling me. I am here.", with no 999 and no question. Now a worrying
// message in such a window raises the crisis again, and the means at hand is danger now.
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { GOAL_QUESTION, text, useWindowBot } from './windowHarness.ts';

describe(`the safety window after its escalation was closed, on ${testProvider}`, () => {
  const { db, atTheGoalQuestion, adviserChat } = useWindowBot();

  it('a worrying message after the adviser closed the crisis raises it again, and the client is told the truth', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    await user.say('i want to end my life');
    const first = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
    // An urgent one closes with what was done (adviserRoundFour.test.ts).
    await adviserChat('Ann').say(`resolve ${first.number} spoke to them, safe for tonight`);
    expect((await db().escalation.findUniqueOrThrow({ where: { id: first.id } })).status).toBe('resolved');

    const again = text(await user.say('im going to do it tonight'));
    expect(again).toMatch(/Samaritans/);
    expect(again).not.toMatch(GOAL_QUESTION);
    const open = await db().escalation.findMany({ where: { clientId, reason: 'crisis', status: { not: 'resolved' } } });
    expect(open).toHaveLength(1);
    expect(open[0]!.id).not.toBe(first.id);
    expect(open[0]!.detail).toMatch(/after escalation \d+ was closed/);
    const notes = await db().escalationNote.findMany({ where: { escalationId: open[0]!.id, kind: 'client-said' } });
    expect(notes.map((note) => note.text)).toContain('im going to do it tonight');
  });

  it('the means at hand said in the window is danger now: 999 first and "are you safe right now?"', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i want to die');
    const reply = text(await user.say("i've got my tablets here"));
    expect(reply).toMatch(/^Please call 999 now/);
    expect(reply).toMatch(/Are you safe right now\?/);
    expect(text(await user.say('Carry on'))).not.toMatch(GOAL_QUESTION);
  });
});
