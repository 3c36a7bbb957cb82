// Someone else's risk told by the client, which the check alone reads as nothing (play-testing,
// round six): "my mate keeps saying hes gonna end it all and i dont know what to do" at the goal
// question got "Here is my question again", and "my best friend took an overdose last night" the
// next question. Now: the words and numbers for someone worried about another person, the adviser
// told, no coaching until they choose; something over and done ("last year, doing much better
// now") is left to the question on screen.
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { GOAL_QUESTION, text, useWindowBot } from './windowHarness.ts';

describe(`someone else's risk, told now, on ${testProvider}`, () => {
  const { db, atTheGoalQuestion } = useWindowBot();

  it('a friend who keeps saying he will end it: support for them and the client, the adviser told, no coaching', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    const replies = text(await user.say('my mate keeps saying hes gonna end it all and i dont know what to do'));
    expect(replies).toMatch(/That sounds really frightening[\s\S]*If they are in danger now, call 999\./);
    expect(replies).toMatch(/Samaritans/);
    expect(replies).not.toMatch(GOAL_QUESTION);
    expect(replies).not.toMatch(/I am worried about you|move away from them/);
    const escalation = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
    expect(escalation.detail).toMatch(/someone they know may harm themselves/);
    expect(escalation.safetyKinds).toBe('someone-else');
    expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
  });

  it('an overdose last night is answered the same way', async () => {
    const { user } = await atTheGoalQuestion();
    expect(text(await user.say('my best friend took an overdose last night'))).toMatch(/That sounds really frightening/);
  });

  it('something over and done is not a crisis: the question on screen hears it', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    const replies = text(await user.say('my mate tried to kill himself a few years back, thats why i want to work in mental health'));
    expect(replies).not.toMatch(/That sounds really frightening|Samaritans/);
    expect(await db().escalation.count({ where: { clientId, reason: 'crisis' } })).toBe(0);
  });

  // The check reads this one as a crisis: told as someone else's, it gets their words, not "call 999 if you might act".
  it('someone else\'s overdose read as a crisis by the check is answered as theirs', async () => {
    const { user } = await atTheGoalQuestion();
    const replies = text(await user.say('my sister in law tried to overdose last year, shes doing much better now'));
    expect(replies).toMatch(/That sounds really frightening/);
    expect(replies).not.toMatch(/if you might act on this|I am worried about you/);
  });
});
