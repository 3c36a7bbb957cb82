// "the adviser not call me, 2 weeks" (play-testing, round six) had been answered with the next
// question. The adviser is told again, with the client's words, and the question comes back.
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { saysAdviserHasNotBeenInTouch } from '../../src/domain/adviserContactWords.ts';
import { GOAL_QUESTION, text, useWindowBot } from './windowHarness.ts';

describe('the client says their adviser has not been in touch', () => {
  it.each(['the adviser not call me, 2 weeks', 'Also adviser did not call me', 'still waiting for my adviser to ring', 'I have not heard from you or from my adviser in three weeks', 'adviser never got back to me'])(
    '%j says so',
    (said) => expect(saysAdviserHasNotBeenInTouch(said)).toBe(true),
  );
  it.each(['my adviser called me yesterday', 'my adviser is called Julie', 'can my adviser call me', 'i did not call my adviser'])('%j does not', (said) =>
    expect(saysAdviserHasNotBeenInTouch(said)).toBe(false),
  );
});

describe(`telling the adviser again, on ${testProvider}`, () => {
  const { db, atTheGoalQuestion } = useWindowBot();

  it('tells the adviser with their words, says so, and asks the question again without keeping it', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    const reply = text(await user.say('still waiting for my adviser to ring, its been 2 weeks'));
    expect(reply).toMatch(/^I am sorry you have not heard from your adviser\. I have told them again that you are waiting to hear from them\./);
    expect(reply).toMatch(GOAL_QUESTION);
    const asked = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'client-asked' } });
    expect(asked.detail).toBe('Says they have not heard from you: "still waiting for my adviser to ring, its been 2 weeks"');
    expect(await db().goal.count({ where: { plan: { clientId } } })).toBe(0);
  });
});
