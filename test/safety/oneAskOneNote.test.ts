// Play-testing as clients at risk (December, round thirteen). With "Are you safe right now?"
// waiting, a question about benefits got its answer ending "Tap Carry on when you are ready", and
// then the question: two asks at once. The answer now leaves the asking to that question (the
// numbers and "help" too). A reply that was also the answer to that question reached the adviser
// twice (as a reply to her message and as an update); "yes but i feel worthless", asked again in
// other words, reached nobody. Each message is now on the escalation once and reaches her once.
// "ok thanks" after the adviser's message got "Thank you for telling me" (the reply for a
// disclosure); thanks now gets a short "You are welcome".
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { GOAL_QUESTION, text, useWindowBot } from '../escalation/windowHarness.ts';

const DANGER_NOW = 'ive got all my tablets here and im going to take them tonight';
const SAFE_QUESTION_LAST = /^Are you safe right now\? \[I am safe\] \[No\] \[Phone numbers\]$/;
const CARRY_ON_ASK = /tap Carry on/i;

describe(`one ask at a time, and each message once, in the safety window, on ${testProvider}`, () => {
  const { atTheGoalQuestion, keptChatOf, sentTo, clientSaid: saidOf, db } = useWindowBot();
  let named = 0;
  const inCrisis = async (danger = DANGER_NOW) => {
    const { user, clientId } = await atTheGoalQuestion();
    const name = `Kim${String.fromCharCode(97 + named++)}`;
    await db().client.update({ where: { id: clientId }, data: { displayName: name } });
    await user.say(danger);
    return { user, clientId, name };
  };
  const ann = () => keptChatOf('Ann');
  const toAnn = () => sentTo('Ann');

  it.each(['will this affect my benefits', 'will you tell the jobcentre', 'what happens now', 'what number do i ring', 'help'])(
    '%j while "Are you safe right now?" waits: the answer, then that question, and no "tap Carry on" before it',
    async (typed) => {
      const { user } = await inCrisis();
      const replies = await user.say(typed);
      expect(replies.length).toBeGreaterThan(1);
      expect(replies.at(-1)).toMatch(SAFE_QUESTION_LAST);
      for (const reply of replies.slice(0, -1)) expect(reply.replace(/\[[^\]]*\]/g, '')).not.toMatch(CARRY_ON_ASK);
      expect(text(replies)).not.toMatch(GOAL_QUESTION);
    },
  );

  it('with no question waiting, the benefits answer still says how to go back', async () => {
    const { user } = await inCrisis('i want to die');
    const replies = await user.say('will this affect my benefits');
    expect(text(replies)).toMatch(/I do not make any decisions about your benefits\.\nIf you are worried[^\n]*\nThere is no rush\. Tap Carry on/);
    expect(text(replies)).not.toMatch(/Are you safe/);
  });

  it('"yes im safe" typed after the adviser\'s message reaches her once, and is on the escalation once', async () => {
    const { user, clientId, name } = await inCrisis();
    await ann().say(`message ${name}: are you ok? can i ring you at 10?`);
    const before = toAnn().length;
    const replies = text(await user.say('yes im safe'));
    expect(replies).toMatch(/I have sent that to Ann\./);
    expect(replies).toMatch(/I am glad you are safe/);
    expect(toAnn().slice(before).filter((said) => said.includes('yes im safe'))).toHaveLength(1);
    expect((await saidOf(clientId)).filter((said) => said === 'yes im safe')).toHaveLength(1);
  });

  it('"can you call me" after the adviser\'s message reaches her once', async () => {
    const { user, name } = await inCrisis('i want to die');
    await ann().say(`message ${name}: hi its ann, how are you doing?`);
    const before = toAnn().length;
    expect(text(await user.say('can you call me'))).toMatch(/I cannot make phone calls/);
    expect(toAnn().slice(before).filter((said) => said.includes('can you call me'))).toHaveLength(1);
  });

  it('a worry said to "Are you safe right now?" and asked again is kept, and the adviser hears it once', async () => {
    const { user, clientId } = await inCrisis();
    const before = toAnn().length;
    expect(text(await user.say('yes but i feel worthless'))).toMatch(/Let me ask it another way/);
    expect(await saidOf(clientId)).toContain('yes but i feel worthless');
    expect(toAnn().slice(before).filter((said) => said.includes('yes but i feel worthless'))).toHaveLength(1);
  });

  it('"mm not sure what you mean" to the question is kept on the escalation too', async () => {
    const { user, clientId } = await inCrisis();
    expect(text(await user.say('mm not sure what you mean'))).toMatch(/Let me ask it another way/);
    expect((await saidOf(clientId)).filter((said) => said === 'mm not sure what you mean')).toHaveLength(1);
  });

  it.each(['ok thanks', 'thank you', 'cheers', 'thanks ann'])('%j after the adviser\'s message gets a fitting short reply', async (typed) => {
    const { user, name } = await inCrisis('i want to die');
    await ann().say(`message ${name}: hi its ann, i will ring you at 10`);
    await user.say('ok');
    const replies = text(await user.say(typed));
    expect(replies).toMatch(/You are welcome\./);
    expect(replies).not.toMatch(/Thank you for telling me/);
    expect(replies).not.toMatch(GOAL_QUESTION);
  });

  it('"thanks for nothing" is no thank-you', async () => {
    const { user } = await inCrisis('i want to die');
    expect(text(await user.say('thanks for nothing'))).not.toMatch(/You are welcome/);
  });

  it('"ok thanks" after the numbers, with the question waiting: welcome, then the question', async () => {
    const { user } = await inCrisis();
    await user.say('what number do i ring');
    const replies = await user.say('ok thanks');
    expect(text(replies)).toMatch(/^You are welcome\./);
    expect(replies.at(-1)).toMatch(SAFE_QUESTION_LAST);
    expect(text(replies)).not.toMatch(/I am glad you are safe/);
  });
});
