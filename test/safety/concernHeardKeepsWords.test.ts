// A worry with a goal in it, once the client has said no to the adviser: the worry is heard (no
// offer again), and the goal part is offered back, not taken, as it is after the offer
// (concernOfferKeepsWords.test.ts). Was: "i feel worthless. i want to learn to drive" went straight
// into the goal when the offer had been declined earlier, with no chance to say it was not meant.
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { GOAL_QUESTION, text, useWindowBot } from '../escalation/windowHarness.ts';

const OFFERED_BACK = /You said you want to learn to drive\. Shall we start with that\? \[Yes, start with that\] \[No, something else\]$/;

describe(`a worry heard after the adviser was declined keeps the goal for a yes, on ${testProvider}`, () => {
  const { atTheGoalQuestion } = useWindowBot({ advisers: ['Ann'] });

  it('offers the goal back instead of taking it, and takes it on a yes', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i feel so low');
    expect(text(await user.say('No, thanks'))).toMatch(GOAL_QUESTION);
    const heard = text(await user.say('i feel worthless. i want to learn to drive'));
    expect(heard).not.toMatch(/Would you like your adviser to get in touch\?/);
    expect(heard).toMatch(OFFERED_BACK);
    expect(text(await user.say('yes'))).not.toMatch(GOAL_QUESTION);
  });

  it('a goal typed alone still goes on at once', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i feel so low');
    await user.say('No, thanks');
    expect(text(await user.say('learn to drive'))).not.toMatch(/Shall we start with that\?/);
  });
});
