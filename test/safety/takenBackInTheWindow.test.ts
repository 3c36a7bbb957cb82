// Words taken back in the safety window (play-testing, round fifteen): "seriously i was joking", "i
// wasnt being serious", "i regret saying that" and "its a figure of speech" had each been read as a
// new crisis, so the full list of numbers came again (with the abuse helpline and a warning about
// phones after "i regret saying that"). Now each is heard as taken back: no new list of numbers,
// and the adviser still sees the words on the open escalation.
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { text, useWindowBot } from '../escalation/windowHarness.ts';

const CRISIS_LIST = /Please talk to someone now:/;

describe(`words taken back in the safety window, on ${testProvider}`, () => {
  const { atTheGoalQuestion, clientSaid } = useWindowBot({ advisers: ['Ann'] });

  it.each([
    ['seriously i was joking', /^OK\. Thank you for telling me\.\nI always take words like that seriously, just in case\./],
    ['i wasnt being serious', /^Thank you for telling me\. I am glad\./],
    ['i regret saying that', /^That is OK\. I am glad you told me/],
    ['its a figure of speech', /^Thank you for telling me\. I am glad\./],
  ])('%j is heard as taken back, and the adviser still sees it', async (typed, heard) => {
    const { user, clientId } = await atTheGoalQuestion();
    expect(text(await user.say('i want to die'))).toMatch(CRISIS_LIST);
    const reply = text(await user.say(typed));
    expect(reply).toMatch(heard);
    expect(reply).not.toMatch(CRISIS_LIST);
    expect(reply).not.toMatch(/Domestic Abuse|hurt someone/);
    expect(await clientSaid(clientId)).toEqual(['i want to die', typed]);
  });
});
