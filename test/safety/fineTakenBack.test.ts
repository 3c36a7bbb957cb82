// Played as clients at risk (December, round fourteen). "im fine now" and then "actually no im not
// ok, i keep thinking about it" got the stock lines, and one tap on Carry on went straight back to
// coaching. Taking it back is heard now: its own reply, "Are you safe right now?" again when the
// fine answered it (or the numbers when it did not), the adviser gets the words, and Carry on asks
// once if they are sure. "ok thanks" just after "Are you safe right now?" had been taken as "I am
// safe"; it may only be thanks for the numbers, so the question is asked again. "I am safe" said
// again after "I am glad you are safe" had got "Thank you for telling me. I am here.".
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { GOAL_QUESTION, text, useWindowBot } from '../escalation/windowHarness.ts';

const DANGER_NOW = 'ive got all my tablets here and im going to take them tonight';
const TAKE_BACK = 'actually no im not ok, i keep thinking about it';
const SAFE_QUESTION_LAST = /^Are you safe right now\? \[I am safe\] \[No\] \[Phone numbers\]$/;
const STOCK = /Thank you for telling me\. I am here\./;
const SURE = /^Are you sure you want to go back to your plan now\? \[Yes\] \[Not yet\]$/;

describe(`"I am fine" taken back, thanks, and "I am safe" again in the safety window, on ${testProvider}`, () => {
  const { atTheGoalQuestion, keptChatOf, sentTo, clientSaid: saidOf } = useWindowBot({ advisers: ['Ann', 'Bea'] }); // two, as the file seeds more than one adviser's 20 clients
  const ann = () => keptChatOf('Ann');
  const toAnn = () => sentTo('Ann');

  it('"im fine now", then taken back: heard, the numbers, the adviser told, and Carry on checks once', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    await user.say('i want to die');
    await user.say('im fine now');
    await ann().say('hello');
    const before = toAnn().length;
    const replies = text(await user.say(TAKE_BACK));
    expect(replies).toMatch(/^Thank you for telling me\. It is OK not to be OK\./);
    expect(replies).toMatch(/Samaritans/);
    expect(replies).not.toMatch(STOCK);
    expect(await saidOf(clientId)).toContain(TAKE_BACK);
    expect(toAnn().slice(before).some((said) => said.includes(TAKE_BACK))).toBe(true);
    const check = await user.say('Carry on');
    expect(check.at(-1)).toMatch(SURE);
    expect(text(check)).not.toMatch(GOAL_QUESTION);
    expect(text(await user.say('Yes'))).toMatch(GOAL_QUESTION);
  });

  it('"Not yet" keeps the window; Carry on after it is their choice', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i want to die');
    await user.say('im ok now');
    await user.say('im not really ok');
    await user.say('Carry on');
    const notYet = text(await user.say('Not yet'));
    expect(notYet).toMatch(/^OK\. There is no rush\. I am still here\./);
    expect(notYet).not.toMatch(GOAL_QUESTION);
    expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
  });

  it('"I am fine" as the answer to "Are you safe right now?", taken back: that question again, and it holds Carry on', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    await user.say(DANGER_NOW);
    expect(text(await user.say('im fine now'))).toMatch(/I am glad you are safe/);
    const replies = await user.say(TAKE_BACK);
    expect(text(replies)).toMatch(/^Thank you for telling me\. It is OK not to be OK\./);
    expect(replies.at(-1)).toMatch(SAFE_QUESTION_LAST);
    expect(await saidOf(clientId)).toContain(TAKE_BACK);
    const carryOn = await user.say('Carry on');
    expect(carryOn.at(-1)).toMatch(SAFE_QUESTION_LAST);
    expect(text(carryOn)).not.toMatch(GOAL_QUESTION);
    await user.say('I am safe');
    expect((await user.say('Carry on')).at(-1)).toMatch(SURE);
    expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
  });

  it.each(['i lied', 'tbh im not fine', 'not really'])('%j after "im fine now" is heard as taking it back', async (typed) => {
    const { user } = await atTheGoalQuestion();
    await user.say('i want to die');
    await user.say('im fine now');
    expect(text(await user.say(typed))).toMatch(/^Thank you for telling me\. It is OK not to be OK\./);
  });

  it('"no im not going to do anything" after "im fine now" takes nothing back', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i want to die');
    await user.say('im fine now');
    expect(text(await user.say('no im not going to do anything'))).not.toMatch(/It is OK not to be OK/);
  });

  it.each(['cancel', 'Cancel', 'stop'])('%j after taking back "im fine now" asks once if they are sure, as Carry on does', async (typed) => {
    const { user } = await atTheGoalQuestion();
    await user.say('i want to die');
    await user.say('im fine now');
    await user.say(TAKE_BACK);
    const check = await user.say(typed);
    expect(check.at(-1)).toMatch(SURE);
    expect(text(check)).not.toMatch(GOAL_QUESTION);
    expect(text(await user.say('Yes'))).toMatch(GOAL_QUESTION);
  });

  it('"cancel" after "im fine now" with nothing taken back still leaves in one go', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i want to die');
    await user.say('im fine now');
    expect(text(await user.say('cancel'))).not.toMatch(SURE);
  });

  it('"im fine now" with nothing taken back still goes back in one tap', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i want to die');
    await user.say('im fine now');
    expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
  });

  it.each(['ok thanks', 'ok cheers', 'okay thank you'])('%j just after "Are you safe right now?" is no yes: the question again', async (typed) => {
    const { user } = await atTheGoalQuestion();
    await user.say(DANGER_NOW);
    const replies = await user.say(typed);
    expect(text(replies)).not.toMatch(/I am glad you are safe/);
    expect(replies.at(-1)).toMatch(SAFE_QUESTION_LAST);
    expect((await user.say('Carry on')).at(-1)).toMatch(SAFE_QUESTION_LAST);
  });

  it.each(['ok', 'yes', 'yes thanks', 'im ok thanks'])('%j just after "Are you safe right now?" is still a yes', async (typed) => {
    const { user } = await atTheGoalQuestion();
    await user.say(DANGER_NOW);
    expect(text(await user.say(typed))).toMatch(/^I am glad you are safe\./);
  });

  it.each(['I am safe', 'im safe', 'I am safe now'])('%j again after "I am glad you are safe": glad, and Carry on when ready', async (typed) => {
    const { user } = await atTheGoalQuestion();
    await user.say(DANGER_NOW);
    await user.say('I am safe');
    const replies = await user.say(typed);
    expect(text(replies)).toMatch(/^I am glad to hear it\.\nThere is no rush\. Tap Carry on when you are ready/);
    expect(text(replies)).not.toMatch(STOCK);
    expect(replies.at(-1)).toMatch(/\[Carry on\] \[Phone numbers\] \[Talk to my adviser\]$/);
    expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
  });
});
