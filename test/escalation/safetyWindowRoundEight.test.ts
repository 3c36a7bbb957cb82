// The safety window, play-tested again (round eight): a client worried about a friend asked "is there
// a number i can give him" and got the stock lines; the risk check reads that question as a concern
// of its own, and a concern in the window had always had them. Numbers asked for are numbers given.
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { EscalationNoteRepository } from '../../src/db/escalationNotes.ts';
import { GOAL_QUESTION, text, useWindowBot } from './windowHarness.ts';

const CANNED = /Thank you for telling me\. I am here\./;

describe(`the safety window, round eight of play-testing, on ${testProvider}`, () => {
  const { atTheGoalQuestion, db } = useWindowBot({ env: { SAFETY_WINDOW_QUIET_HOURS: '12' } });

  async function clientWords(clientId: string): Promise<string[]> {
    const escalation = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
    return (await new EscalationNoteRepository(db()).listFor(escalation.id)).filter((n) => n.kind === 'client-said').map((n) => n.text);
  }

  it.each(['is there a number i can give him', 'is there a number for him', 'who can he talk to'])(
    'a friend at risk, then %j: the numbers, not the stock lines, and no coaching question',
    async (asked) => {
      const { user } = await atTheGoalQuestion();
      expect(text(await user.say('my mate keeps saying he wants to end it all'))).toMatch(/116 123/);
      const numbers = text(await user.say(asked));
      expect(numbers).toMatch(/116 123/);
      expect(numbers).not.toMatch(CANNED);
      expect(numbers).not.toMatch(GOAL_QUESTION);
    },
  );

  it('a worry of their own in the window, with a number asked for, still reaches the adviser and gets the numbers', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    await user.say('i keep thinking about killing myself');
    const numbers = text(await user.say('i feel so alone. is there a number i can ring tonight'));
    expect(numbers).toMatch(/116 123/);
    expect(await clientWords(clientId)).toContain('i feel so alone. is there a number i can ring tonight');
  });
});
