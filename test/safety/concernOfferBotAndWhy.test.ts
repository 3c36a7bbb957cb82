// Played as clients at the adviser offer after a worry (December, round fifteen): "are you a robot"
// and "why are you asking" had got "OK. Your adviser is there if you want them." and the coaching
// question, the offer gone and the question unanswered. Now each is answered, and the offer asked
// again; a yes after it still raises the concern, a no still declines.
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { GOAL_QUESTION, text, useWindowBot } from '../escalation/windowHarness.ts';

const WORRY = 'i feel so hopeless about everything';
const OFFER = /Would you like your adviser to get in touch\? \[Yes, please\] \[No, thanks\] \[Carry on\]$/;

describe(`"are you a robot" and "why are you asking" at the adviser offer, on ${testProvider}`, () => {
  const { atTheGoalQuestion, db } = useWindowBot({ advisers: ['Ann'] });
  const concerns = (clientId: string) => db().escalation.count({ where: { clientId, reason: 'concern' } });

  it.each(['are you a robot', 'ur a bot arent u', 'is this a real person'])('%j is answered plainly, then the offer again', async (typed) => {
    const { user, clientId } = await atTheGoalQuestion();
    expect(text(await user.say(WORRY))).toMatch(OFFER);
    const answer = text(await user.say(typed));
    expect(answer).toMatch(/^I am a computer program, not a person\. Your adviser is a real person\.\nWould you like your adviser to get in touch\?/);
    expect(answer).toMatch(OFFER);
    expect(answer).not.toMatch(GOAL_QUESTION);
    expect(text(await user.say('yes please'))).toMatch(/I have asked your adviser to get in touch with you/);
    expect(await concerns(clientId)).toBe(1);
  });

  it.each(['why are you asking', 'why', 'what for'])('%j is told why, then the offer again', async (typed) => {
    const { user, clientId } = await atTheGoalQuestion();
    await user.say(WORRY);
    const answer = text(await user.say(typed));
    expect(answer).toMatch(/^I asked because what you said sounded hard\./);
    expect(answer).toMatch(OFFER);
    expect(answer.replace(/\[[^\]]*\]/g, '').match(/\?/g)).toHaveLength(1);
    expect(text(await user.say('no thanks'))).toMatch(/I will not ask again/);
    expect(await concerns(clientId)).toBe(0);
  });
});
