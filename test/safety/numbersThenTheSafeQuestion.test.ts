// Play-testing (December): with "Are you safe right now?" waiting, "what number do i ring" got the
// numbers and nothing else, so the question that holds coaching back was gone from the screen
// (other questions there get their answer and then that question again). The numbers now end with
// the question too. "ok" typed after them is still no yes to being safe: it may only mean "ok, I
// have the numbers", so it is asked again in other words (test/safety/safetyWindowDecember.test.ts).
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { GOAL_QUESTION, text, useWindowBot } from '../escalation/windowHarness.ts';

const DANGER_NOW = 'ive got all my tablets here and im going to take them tonight';
const SAFE_QUESTION_LAST = /^Are you safe right now\? \[I am safe\] \[No\] \[Phone numbers\]$/;

describe(`the numbers, asked for while "Are you safe right now?" waits, on ${testProvider}`, () => {
  const { atTheGoalQuestion } = useWindowBot();

  it.each(['what number do i ring', 'who can i call', 'Phone numbers', 'what do i do'])('%j: the numbers, then the question again', async (typed) => {
    const { user } = await atTheGoalQuestion();
    expect(text(await user.say(DANGER_NOW))).toMatch(/Are you safe right now\?/);
    const replies = await user.say(typed);
    expect(text(replies)).toMatch(/Samaritans: call 116 123/);
    expect(text(replies).indexOf('Samaritans')).toBeLessThan(text(replies).indexOf('Are you safe right now?'));
    expect(replies.at(-1)).toMatch(SAFE_QUESTION_LAST);
    expect(text(replies)).not.toMatch(GOAL_QUESTION);
  });

  it('"ok" after the numbers and the question is still no yes: asked another way, and coaching waits', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say(DANGER_NOW);
    await user.say('what number do i ring');
    const ok = text(await user.say('ok'));
    expect(ok).not.toMatch(/I am glad you are safe/);
    expect(ok).toMatch(/Are you safe where you are now\?/);
    expect(text(await user.say('Carry on'))).toMatch(/Before we go back to your plan[\s\S]*Are you safe right now\?/);
    expect(text(await user.say('I am safe'))).toMatch(/^I am glad you are safe\./);
    expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
  });

  it('"I am safe" tapped under the numbers is heard', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say(DANGER_NOW);
    await user.say('Phone numbers');
    expect(text(await user.say('I am safe'))).toMatch(/^I am glad you are safe\./);
  });

  it('with no question waiting, the numbers are the numbers and nothing more', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i want to die');
    const replies = await user.say('what number do i ring');
    expect(text(replies)).toMatch(/Samaritans/);
    expect(text(replies)).not.toMatch(/Are you safe/);
  });
});
