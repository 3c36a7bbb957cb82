// Play-testing as clients wrongly thought at risk (December, round thirteen): "i go to english class
// on monday", typed as a first step, is read as a worry. The warm reflection and the offer stay
// (the product needs them for any concern), but the step had been lost: after the offer, the step
// question came back and had to be typed again. And "8" typed at the offer was taken as no. Now the
// step is kept and used once the offer is answered; anything neither yes nor no ("8", a day, a new
// step) is asked once more, plainly.
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { text, useWindowBot } from '../escalation/windowHarness.ts';

const STEP = 'i go to english class on monday';
const OFFER = /Would you like your adviser to get in touch\?/;
const STEP_QUESTION = /pick one small step/;
const NEXT_AFTER_STEP = /How sure do you feel that you can do this/;
const PLAINLY = /Just yes or no: would you like your adviser to get in touch\?/;

describe(`the answer under the adviser's offer, on ${testProvider}`, () => {
  const { atTheGoalQuestion, db, bot } = useWindowBot();
  const atTheStep = async () => {
    const started = await atTheGoalQuestion();
    expect(text(await started.user.say('get a job in a shop'))).toMatch(STEP_QUESTION);
    const offered = text(await started.user.say(STEP));
    expect(offered).toMatch(/That sounds really hard/);
    expect(offered).toMatch(OFFER);
    return started;
  };
  // The dialog state of this client's chat only.
  const kept = async (conversationId: string) =>
    (await bot().app.database.db.botState.findMany()).filter((row) => row.key.includes(conversationId)).map((row) => row.data).join('\n');

  it.each(['No, thanks', 'Yes, please', 'Carry on'])('%j to the offer: the step typed before it is the step, with no retyping', async (answer) => {
    const { user, clientId } = await atTheStep();
    const replies = text(await user.say(answer));
    expect(replies).not.toMatch(STEP_QUESTION);
    expect(replies).toMatch(NEXT_AFTER_STEP);
    // Kept as the step, its day read from it ("on monday").
    expect(await kept(user.conversationId)).toMatch(/"text":"i go to english class"/);
    if (answer === 'Yes, please') expect(await db().escalation.count({ where: { clientId, reason: 'concern' } })).toBe(1);
  });

  it.each(['8', 'friday', 'ring the college tomorrow'])('%j to the offer is no no: asked once more, plainly, and the step still kept', async (typed) => {
    const { user, clientId } = await atTheStep();
    const again = await user.say(typed);
    expect(text(again)).toMatch(PLAINLY);
    expect(text(again)).toMatch(/I have kept your answer from before/);
    expect(text(again)).not.toMatch(/I will not ask again|Your adviser is there if you want them/);
    expect(again.at(-1)).toMatch(/\[Yes, please\] \[No, thanks\]/);
    const replies = text(await user.say('yes'));
    expect(replies).toMatch(/I have asked your adviser to get in touch/);
    expect(replies).toMatch(NEXT_AFTER_STEP);
    expect(await db().escalation.count({ where: { clientId, reason: 'concern' } })).toBe(1);
  });

  it('asked plainly once only: a second "8" leaves the offer open, and the step goes on', async () => {
    const { user } = await atTheStep();
    expect(text(await user.say('8'))).toMatch(PLAINLY);
    const replies = text(await user.say('8'));
    expect(replies).not.toMatch(PLAINLY);
    expect(replies).toMatch(/Your adviser is there if you want them/);
    expect(replies).toMatch(NEXT_AFTER_STEP);
  });

  it('after a worry that was no answer, "friday" at the offer is asked once more too', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('get a job in a shop');
    expect(text(await user.say('i feel a bit useless to be honest'))).toMatch(OFFER);
    const again = text(await user.say('friday'));
    expect(again).toMatch(PLAINLY);
    expect(again).not.toMatch(/I have kept your answer/);
    expect(text(await user.say('no'))).toMatch(/I will not ask again[\s\S]*pick one small step/);
  });

  it('a worry said to the offer keeps the step it was holding', async () => {
    const { user } = await atTheStep();
    expect(text(await user.say('i feel a bit useless to be honest'))).toMatch(OFFER);
    const replies = text(await user.say('No, thanks'));
    expect(replies).toMatch(NEXT_AFTER_STEP);
    expect(await kept(user.conversationId)).toMatch(/"text":"i go to english class"/);
  });
});
