// Play-testing as a busy adviser (December): Ann typed "message tom: are you ok? can i ring you at
// 10?" to a client in crisis; his "yes ok" got the safety window's answer and never reached her
// (a reply to the adviser is passed on only by the dialogs, which the window holds back). In the
// window, and on the first message after a quiet one, a reply to the adviser now goes to her too,
// as anywhere else; the window still answers it. Taps on the window's buttons are no reply.
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { GOAL_QUESTION, text, useWindowBot } from './windowHarness.ts';

describe(`a reply to the adviser's message, typed in the safety window, on ${testProvider}`, () => {
  const { atTheGoalQuestion, keptChatOf, sentTo, db, clock } = useWindowBot({ env: { SAFETY_WINDOW_QUIET_HOURS: '12' } });
  let named = 0;

  const inCrisis = async (danger = 'i cant do this anymore i want to die') => {
    const { user, clientId } = await atTheGoalQuestion();
    const name = `Tom${String.fromCharCode(97 + named++)}`;
    await db().client.update({ where: { id: clientId }, data: { displayName: name } });
    await user.say(danger);
    return { user, name };
  };
  // One chat for Ann: what is sent to her goes to the chat she last wrote from.
  const ann = () => keptChatOf('Ann');
  const toAnn = () => sentTo('Ann');

  it('"yes thats fine" after "can i ring you at 10?" reaches the adviser, and the window stays', async () => {
    const { user, name } = await inCrisis();
    expect(text(await ann().say(`message ${name}: are you ok? can i ring you at 10?`))).toMatch(/Sent to/);
    const replies = text(await user.say('yes thats fine'));
    expect(replies).toMatch(/I have sent that to Ann\./);
    expect(replies).not.toMatch(GOAL_QUESTION);
    expect(toAnn().at(-1)).toMatch(new RegExp(`^${name} replied to your message:\\n"yes thats fine"`));
  });

  it('with "Are you safe right now?" waiting, a reply is passed on and the question still waits', async () => {
    const { user, name } = await inCrisis('ive got all my tablets here and im going to take them tonight');
    await ann().say(`message ${name}: i am going to ring you in 5 mins, is that ok`);
    const replies = await user.say('please do');
    expect(text(replies)).toMatch(/I have sent that to Ann\./);
    expect(toAnn().at(-1)).toMatch(/replied to your message:\n"please do"/);
    expect(text(await user.say('Carry on'))).toMatch(/Are you safe right now\?/);
  });

  it('a tap on the window\'s buttons is no reply', async () => {
    const { user, name } = await inCrisis();
    await ann().say(`message ${name}: can i ring you at 10?`);
    const before = toAnn().length;
    expect(text(await user.say('Phone numbers'))).not.toMatch(/I have sent that to Ann/);
    expect(toAnn().length).toBe(before);
  });

  it('the first message after a quiet window: passed on, then "How are you today?"', async () => {
    const { user, name } = await inCrisis();
    clock.advanceMinutes(13 * 60);
    try {
      await ann().say(`message ${name}: hi its ann, can i ring you at 10?`);
      const replies = text(await user.say('yes ok'));
      expect(replies).toMatch(/I have sent that to Ann\./);
      expect(replies).toMatch(/How are you today\?/);
      expect(toAnn().at(-1)).toMatch(/replied to your message:\n"yes ok"/);
    } finally {
      clock.set('2026-03-04T10:00:00Z');
    }
  });
});
