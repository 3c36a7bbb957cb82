// The safety window, play-tested as clients at risk (round seven): "cancel" typed after danger that
// is now ("gonna kill myself tonight") had ended the window with "OK, we can stop here"; it now asks
// whether they are safe, as Carry on does. "fine. carry on" and "just ask me the questions" are
// choices to go back; "this is useless" gets a short sorry instead of the same four lines again;
// "will my adviser see this?" is answered.
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { GOAL_QUESTION, text, useWindowBot } from './windowHarness.ts';

const CANNED = /Thank you for telling me\. I am here\./;

describe(`the safety window, round seven of play-testing, on ${testProvider}`, () => {
  const { atTheGoalQuestion } = useWindowBot({ env: { SAFETY_WINDOW_QUIET_HOURS: '12' } });

  it('"cancel" after danger that is now asks if they are safe and keeps the window; coaching waits', async () => {
    const { user } = await atTheGoalQuestion();
    expect(text(await user.say('no point really, gonna kill myself tonight'))).toMatch(/Are you safe right now\?/);
    const cancelled = text(await user.say('cancel'));
    expect(cancelled).toMatch(/Are you safe right now\?/);
    expect(cancelled).not.toMatch(/stopped that|we can stop here/i);
    expect(text(await user.say('night shifts'))).not.toMatch(GOAL_QUESTION);
  });

  it('"cancel" with no danger now still ends the window, as before', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i keep thinking about killing myself');
    const cancelled = text(await user.say('cancel'));
    expect(cancelled).toMatch(/^OK, I have stopped that\./);
    expect(cancelled).not.toMatch(/Are you safe right now\?/);
  });

  it.each(['fine. carry on', 'just ask me the questions'])('%j goes back to the question that was waiting', async (typed) => {
    const { user } = await atTheGoalQuestion();
    await user.say('i keep thinking about killing myself');
    expect(text(await user.say(typed))).toMatch(GOAL_QUESTION);
  });

  it('"this is useless" gets a short sorry, not the same four lines; "will my adviser see this?" is answered', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i keep thinking about killing myself');
    const fedUp = text(await user.say('this is useless'));
    expect(fedUp).toMatch(/^Sorry\. I know it is a lot\. I am not going anywhere\. Tap Carry on when you want to go back to your plan\./);
    // Play-testing, round nine: it had promised to back off ("I will stop going on about it").
    expect(fedUp).not.toMatch(/stop going on/);
    expect(fedUp).not.toMatch(CANNED);
    const asked = text(await user.say('will my adviser see this?'));
    // Round twelve: answered as who sees it, not with the line about benefits.
    expect(asked).toMatch(/^Yes\. (?:Your adviser can see what you write here|I keep what you write here for your adviser)\./);
    expect(asked).not.toMatch(/benefits/);
    expect(asked).not.toMatch(CANNED);
  });

  // Re-tested the same session: "cancel" after intent with no time ("honestly gonna kms") had still
  // said "OK, we can stop here"; "ok" to "Are you safe right now?" had got "Tap Carry on". Since
  // December's play-testing a plain "ok" just after the question is a yes (test/safety).
  it('"cancel" after intent asks if they are safe; "ok" to that question is heard as a yes', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('honestly gonna kms');
    expect(text(await user.say('cancel'))).toMatch(/Are you safe right now\?/);
    const ok = text(await user.say('ok'));
    expect(ok).toMatch(/^I am glad you are safe\./);
    expect(ok).not.toMatch(/OK\. I am here if you want to say more/);
  });

  it('pills taken last night are danger now: 999 first and "Are you safe right now?"', async () => {
    const { user } = await atTheGoalQuestion();
    const reply = text(await user.say('cos i need something, last night i took a load of pills tbh'));
    expect(reply).toMatch(/999/);
    expect(reply).toMatch(/Are you safe right now\?/);
  });
});
