// Played as six clients at risk (December, round thirteen). A client whose danger was now, who went
// quiet and came back the next day with "hi", read "Let me ask it another way." as the first words,
// with no welcome: they are welcomed back now, and asked "Are you safe right now?" as before. A
// client who only sent "ok" got the same three lines each time; the second "ok" gets a shorter line.
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { EscalationNoteRepository } from '../../src/db/escalationNotes.ts';
import { GOAL_QUESTION, text, useWindowBot } from '../escalation/windowHarness.ts';

const DANGER_NOW = 'ive got all my tablets here and im going to take them tonight';
const SAFE_QUESTION_LAST = /^Are you safe right now\? \[I am safe\] \[No\] \[Phone numbers\]$/;
const START = '2026-03-04T10:00:00Z';

describe(`the safety window, played as clients at risk, round thirteen, on ${testProvider}`, () => {
  const { atTheGoalQuestion, clock, db } = useWindowBot({ env: { SAFETY_WINDOW_QUIET_HOURS: '12' } });

  it('danger now, quiet, and "hi" the next day: welcomed back, then the question as it was', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    await user.say(DANGER_NOW);
    clock.advanceMinutes(20 * 60);
    try {
      const replies = await user.say('hi');
      expect(text(replies)).toMatch(/^Welcome back\. It is good to hear from you\./);
      expect(text(replies)).not.toMatch(/Let me ask it another way/);
      expect(replies.at(-1)).toMatch(SAFE_QUESTION_LAST);
      expect(text(replies)).not.toMatch(GOAL_QUESTION);
      const escalation = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
      expect((await new EscalationNoteRepository(db()).listFor(escalation.id)).map((note) => note.text)).toContain('hi');
      // Something unclear just after it is asked another way, as on any day.
      expect(text(await user.say('mm not sure what you mean'))).toMatch(/^Let me ask it another way\./);
      expect(text(await user.say('I am safe'))).toMatch(/^I am glad you are safe\./);
    } finally {
      clock.set(START);
    }
  });

  it('within the hour, something unclear to the question is still asked another way', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say(DANGER_NOW);
    expect(text(await user.say('hi'))).toMatch(/^Let me ask it another way\./);
  });

  it('"ok", "ok", "ok": the second and third get a shorter line, and the window stays', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i want to die');
    const first = text(await user.say('ok'));
    expect(first).toMatch(/^OK\. I am here if you want to say more\./);
    for (let again = 0; again < 2; again += 1) {
      const replies = text(await user.say('ok'));
      expect(replies).toMatch(/^I am still here\. Take your time\./);
      expect(replies).not.toBe(first);
      expect(replies).toMatch(/\[Phone numbers\] \[Talk to my adviser\] \[Carry on\]/);
      expect(replies).not.toMatch(GOAL_QUESTION);
    }
    // Anything said between them starts again.
    await user.say('idk');
    expect(text(await user.say('ok'))).toMatch(/^OK\. I am here if you want to say more\./);
  });
});
