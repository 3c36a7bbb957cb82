// Play-testing as clients at risk (round twelve): questions asked at "Would you like your adviser
// to get in touch?" were taken as neither yes nor no: "will my adviser be told" got "OK. Your
// adviser is there if you want them" and the goal question, the offer gone and the question never
// answered. Now the question is answered first and the offer is asked again; "can you call me"
// there is a yes.
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { GOAL_QUESTION, text, useWindowBot } from '../escalation/windowHarness.ts';
import { forbidden } from '../messages/forbiddenWords.ts';

const WORRY = 'i cant cope with anything at the moment, everything is falling apart';
const OFFER = /Would you like your adviser to get in touch\? \[Yes, please\] \[No, thanks\] \[Carry on\]$/;

describe(`questions at the adviser offer after a worry, round twelve, on ${testProvider}`, () => {
  const { atTheGoalQuestion, db } = useWindowBot({ advisers: ['Ann'] });
  const concerns = (clientId: string) => db().escalation.count({ where: { clientId, reason: 'concern' } });

  it.each(['will my adviser be told', 'will they see this', 'who will see this', 'will my adviser know'])('%j is answered first, then the offer is asked again', async (typed) => {
    const { user, clientId } = await atTheGoalQuestion();
    expect(text(await user.say(WORRY))).toMatch(OFFER);
    const answer = text(await user.say(typed));
    expect(answer).toMatch(/^Your adviser can see what you write here\./);
    expect(answer).toMatch(/If you tap Yes, please, I will also ask them to get in touch\./);
    expect(answer).toMatch(OFFER);
    expect(answer).not.toMatch(GOAL_QUESTION);
    expect(await concerns(clientId)).toBe(0);
    // The offer is still open: a yes now raises the concern.
    expect(text(await user.say('yes'))).toMatch(/I have asked your adviser to get in touch with you/);
    expect(await concerns(clientId)).toBe(1);
  });

  it.each(['what would they do', 'what happens if i say yes'])('%j is answered, then the offer again', async (typed) => {
    const { user, clientId } = await atTheGoalQuestion();
    await user.say(WORRY);
    const answer = text(await user.say(typed));
    expect(answer).toMatch(/^Your adviser would read what you said\./);
    expect(answer).toMatch(/You stay in charge\./);
    expect(answer).toMatch(OFFER);
    expect(await concerns(clientId)).toBe(0);
    expect(text(await user.say('No, thanks'))).toMatch(/I will not ask again/);
    expect(await concerns(clientId)).toBe(0);
  });

  it.each(['will this affect my benefits', 'will they stop my money'])('%j is answered, and the offer stays open', async (typed) => {
    const { user, clientId } = await atTheGoalQuestion();
    await user.say(WORRY);
    const answer = text(await user.say(typed));
    expect(answer).toMatch(/^I do not decide anything about benefits\./);
    expect(answer).toMatch(OFFER);
    expect(answer).not.toMatch(GOAL_QUESTION);
    expect(forbidden([answer])).toEqual([]);
    expect(await concerns(clientId)).toBe(0);
  });

  // Play-testing (December): a worry said with a question about who sees it ("i get panic attacks
  // sometimes, will my adviser see this?") had the offer, and the question was never answered.
  it('a worry asked with "will my adviser see this?" has who sees it answered, then the offer', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    const answer = text(await user.say('i get panic attacks sometimes, will my adviser see this?'));
    expect(answer).toMatch(/Your adviser can see your answers\. If they are away, their team leader can too\. Nobody else can\./);
    expect(answer).toMatch(OFFER);
    expect(await concerns(clientId)).toBe(0);
    expect(text(await user.say('i cant cope with anything, everything is falling apart'))).not.toMatch(/Nobody else can/);
  });

  // Play-testing (December): "can i talk to a real person" had been read as a no.
  it.each(['can i talk to a real person', 'i want to speak to a human', 'can i speak to my adviser please'])('%j at the offer is a yes', async (typed) => {
    const { user, clientId } = await atTheGoalQuestion();
    await user.say(WORRY);
    const answer = text(await user.say(typed));
    expect(answer).toMatch(/I have asked your adviser to get in touch with you/);
    expect(answer).not.toMatch(/Your adviser is there if you want them/);
    expect(await concerns(clientId)).toBe(1);
  });

  it.each(['can you call me', 'can someone ring me please'])('%j at the offer is a yes', async (typed) => {
    const { user, clientId } = await atTheGoalQuestion();
    await user.say(WORRY);
    const answer = text(await user.say(typed));
    expect(answer).toMatch(/I have asked your adviser to get in touch with you/);
    expect(await concerns(clientId)).toBe(1);
  });

  it('asked twice, the offer is still asked once per message and never threatens', async () => {
    const { user } = await atTheGoalQuestion();
    const said = [...(await user.say(WORRY)), ...(await user.say('will my adviser be told')), ...(await user.say('what would they do'))];
    for (const message of said) expect(message.match(/\?/g)?.length ?? 0).toBeLessThanOrEqual(1);
    expect(forbidden(said)).toEqual([]);
  });
});
