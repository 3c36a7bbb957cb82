// Play-testing as clients at risk (round twelve): questions asked in the safety window got the
// stock "Thank you for telling me. I am here." or the wrong answer. "will my adviser be told" and
// "will you tell my mum" were not answered; "will my adviser still see it" and "who will see this"
// got a line about benefits; "can you call me" and "i dont have credit on my phone" got the stock
// lines (and, with danger now, "Let me ask it another way"); "do i have to talk to someone" was
// not answered; "lol no im fine, just stressed about the interview" got the stock lines too.
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { EscalationNoteRepository } from '../../src/db/escalationNotes.ts';
import { GOAL_QUESTION, text, useWindowBot } from '../escalation/windowHarness.ts';
import { forbidden } from '../messages/forbiddenWords.ts';
import { ChatUser } from '../support/botUnderTest.ts';

const CRISIS = 'i dont want to be here anymore';
const DANGER_NOW = 'ive got all my tablets here and im going to take them tonight';
const CANNED = /Thank you for telling me\. I am here\./;
const SAFE_QUESTION = /Are you safe right now\?/;

describe(`questions asked in the safety window, round twelve, on ${testProvider}`, () => {
  const { atTheGoalQuestion, db, bot } = useWindowBot({ advisers: ['Ann', 'Bea'] });
  const notesOf = async (clientId: string) => {
    const escalation = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
    return (await new EscalationNoteRepository(db()).listFor(escalation.id)).map((note) => note.text);
  };
  // What the advisers were sent in their own chats after the first card: the updates.
  const updatesToAnn = () => bot().connector.received.map((caught) => String(caught.activity?.text ?? '')).filter((said) => /^Update on/.test(said));

  it.each(['will my adviser be told', 'will my adviser be told about this', 'will my adviser still see it', 'who will see this', 'who can see what i write'])(
    '%j is answered first: who sees it, and nothing about benefits',
    async (typed) => {
      const { user, clientId } = await atTheGoalQuestion();
      await user.say(CRISIS);
      const answer = text(await user.say(typed));
      expect(answer).toMatch(/^Yes\. Your adviser can see what you write here\./);
      expect(answer).toMatch(/Nobody else can/);
      expect(answer).not.toMatch(/benefits/);
      expect(answer).not.toMatch(CANNED);
      expect(answer).not.toMatch(GOAL_QUESTION);
      expect(await notesOf(clientId)).toContain(typed);
    },
  );

  it.each(['will you tell my mum', 'are you going to tell my family', 'will my partner find out'])('%j: no, only their adviser', async (typed) => {
    const { user } = await atTheGoalQuestion();
    await user.say(CRISIS);
    const answer = text(await user.say(typed));
    expect(answer).toMatch(/^No\. I do not tell your family or friends\./);
    expect(answer).not.toMatch(CANNED);
  });

  it('"will this affect my benefits" keeps its own answer', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say(CRISIS);
    expect(text(await user.say('will this affect my benefits'))).toMatch(/I do not make any decisions about your benefits/);
  });

  it.each(['can you call me', 'can u ring me pls', 'will you phone me', 'please call me'])('%j: the coach cannot phone, the adviser is asked to, and hears so', async (typed) => {
    const { user, clientId } = await atTheGoalQuestion();
    await user.say(CRISIS);
    const before = updatesToAnn().length;
    const answer = text(await user.say(typed));
    expect(answer).toMatch(/^I cannot make phone calls\. I am a computer program\./);
    expect(answer).toMatch(/I have asked your adviser to phone you\./);
    expect(answer).not.toMatch(CANNED);
    expect(updatesToAnn().slice(before)).toEqual([expect.stringContaining(typed)]);
    expect(await notesOf(clientId)).toEqual(expect.arrayContaining([typed, expect.stringMatching(/asked to be phoned/)]));
  });

  it.each(['i dont have credit on my phone', 'i have no credit', 'ive got no credit', 'i dont have any credit', 'no credit on my phone'])(
    '%j: help that needs no credit, and the adviser is told',
    async (typed) => {
      const { user, clientId } = await atTheGoalQuestion();
      await user.say(CRISIS);
      const before = updatesToAnn().length;
      const answer = text(await user.say(typed));
      expect(answer).toMatch(/^You do not need credit to get help\./);
      expect(answer).toMatch(/You can call 999 with no credit/);
      expect(answer).toMatch(/You do not need credit to answer a call\./);
      expect(answer).not.toMatch(CANNED);
      expect(updatesToAnn().slice(before)).toEqual([expect.stringContaining(typed)]);
      expect(await notesOf(clientId)).toEqual(expect.arrayContaining([expect.stringMatching(/no phone credit/)]));
    },
  );

  it('after abuse, no credit does not promise a call: the adviser writes here first', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('my partner hits me and takes all my money');
    const answer = text(await user.say('i dont have credit on my phone'));
    expect(answer).toMatch(/^You do not need credit to get help\./);
    expect(answer).not.toMatch(/They can call you/);
    expect(answer).toMatch(/in this chat/);
  });

  it.each(['do i have to talk to someone', 'do i have to speak to my adviser'])('%j: no, it is their choice', async (typed) => {
    const { user } = await atTheGoalQuestion();
    await user.say(CRISIS);
    const answer = text(await user.say(typed));
    expect(answer).toMatch(/^No\. You do not have to talk to anyone\./);
    expect(answer).not.toMatch(CANNED);
  });

  it.each(['can you call me', 'i dont have credit on my phone', 'will you tell the jobcentre'])(
    'with danger now, %j is answered first, then "Are you safe right now?" again',
    async (typed) => {
      const { user } = await atTheGoalQuestion();
      expect(text(await user.say(DANGER_NOW))).toMatch(SAFE_QUESTION);
      const replies = await user.say(typed);
      expect(replies.join('\n')).not.toMatch(/Let me ask it another way/);
      expect(replies[0]).not.toMatch(SAFE_QUESTION);
      expect(replies.at(-1)).toMatch(/^Are you safe right now\? \[I am safe\] \[No\] \[Phone numbers\]$/);
      expect(replies.at(-1)).toMatch(SAFE_QUESTION);
    },
  );

  it.each(['lol no im fine, just stressed about the interview', 'nah im fine honestly', 'no im ok just tired'])('%j is heard as feeling better, not the stock lines', async (typed) => {
    const { user } = await atTheGoalQuestion();
    await user.say(CRISIS);
    const answer = text(await user.say(typed));
    expect(answer).toMatch(/^I am glad you feel a bit better\./);
    expect(answer).toMatch(/\[Carry on\]/);
    expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
  });

  it('"no im fine but i still want to die" is not heard as feeling better', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say(CRISIS);
    expect(text(await user.say('no im fine but i still want to die'))).not.toMatch(/I am glad you feel a bit better/);
  });

  it('before consent, "will my adviser be told" says plainly that the coach cannot tell them', async () => {
    const stranger = new ChatUser(bot());
    await stranger.say('hi');
    await stranger.say('i want to die');
    const answer = text(await stranger.say('will my adviser be told'));
    expect(answer).toMatch(/^I cannot tell your adviser\. I do not keep your details, so nobody else sees this\./);
    expect(text(await stranger.say('can you call me'))).toMatch(/^I cannot make phone calls\.[\s\S]*I do not keep your details, so I cannot ask your adviser\./);
  });

  it('before consent, "Yes, that is OK" in the window is not met with the stock lines: they are told how to agree', async () => {
    const stranger = new ChatUser(bot());
    await stranger.say('hi');
    await stranger.say('i want to die');
    const answer = text(await stranger.say('Yes, that is OK'));
    expect(answer).toMatch(/^Thank you\. Tap Carry on, then tap "Yes, that is OK" again\./);
    expect(answer).not.toMatch(CANNED);
    expect(text(await stranger.say('Carry on'))).toMatch(/Is it OK for me to keep your answers\?/);
  });

  it('no answer here names a condition or threatens', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say(CRISIS);
    const said = [
      ...(await user.say('will my adviser be told')),
      ...(await user.say('can you call me')),
      ...(await user.say('i dont have credit on my phone')),
      ...(await user.say('will you tell my mum')),
    ];
    expect(forbidden(said)).toEqual([]);
  });
});
