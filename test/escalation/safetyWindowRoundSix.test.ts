// The safety window, play-tested as clients at risk (round six): questions typed in the window each
// get their own short, honest answer ("what happens now?", "are you a real person?", "will you
// tell the jobcentre?", "are you gonna call the police on me?", "where do i go tho"); "its not me
// its my daughter" is heard as someone else's risk; a joke or a take-back is heard; after abuse the
// client is not told the adviser will simply phone, and is not shown the helplines unasked when
// they come back; with the means at hand said, "I am safe" asks them to put those things away.
import type { TurnContext } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { EscalationNoteRepository } from '../../src/db/escalationNotes.ts';
import { SafetyWindow, type OpenWindow } from '../../src/bot/safetyWindow.ts';
import * as answers from '../../src/messages/en/safetyWindowAnswers.ts';
import { GOAL_QUESTION, text, useWindowBot } from './windowHarness.ts';

const COACHING = /What would you like to work on|What would you like to do\?|one small step|didn't catch/i;
const BUTTONS = /\[Phone numbers\] \[Talk to my adviser\] \[Carry on\]$/;
const CANNED = /Thank you for telling me\. I am here\./;

describe(`the safety window answers what clients at risk ask, on ${testProvider}`, () => {
  // This file seeds more clients than one adviser takes (20), so two share them.
  const { bot: botOf, db, clock, atTheGoalQuestion } = useWindowBot({ advisers: ['Ann', 'Bea'], env: { SAFETY_WINDOW_QUIET_HOURS: '12' } });

  async function notes(clientId: string) {
    const escalation = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
    return new EscalationNoteRepository(db()).listFor(escalation.id);
  }

  describe('questions typed in the window', () => {
    let user: ChatUser;
    beforeAll(async () => {
      ({ user } = await atTheGoalQuestion());
      await user.say('i want to kill myself');
    });

    it('"what happens now?": the adviser has their message, the numbers are there now, Carry on when ready', async () => {
      const reply = text(await user.say('what happens now?'));
      expect(reply).toMatch(/^I have told your adviser\. A person will read it soon\.\nThey will try to get in touch\.\nIf you need someone now, tap Phone numbers\./);
      expect(reply).toMatch(/Tap Carry on when you are ready/);
      expect(reply).toMatch(BUTTONS);
      expect(reply).not.toMatch(CANNED);
      expect(reply).not.toMatch(COACHING);
    });

    it.each(['are you a real person?', 'r u a bot', 'is this a bot'])('%j: a computer program, and who the real people are', async (typed) => {
      const reply = text(await user.say(typed));
      expect(reply).toMatch(/^I am a computer program, not a person\.\nYour adviser is a real person\. They have your message\.\nThe people on the phone numbers are real people too\./);
      expect(reply).toMatch(BUTTONS);
    });

    it.each(['will you tell the jobcentre?', 'will this affect my benefits', 'are u gonna tell the job centre'])('%j: passed to their adviser so they can check, and no decisions about benefits', async (typed) => {
      const reply = text(await user.say(typed));
      expect(reply).toMatch(/^I have passed what you said to your adviser\. That is so they can check you are OK\.\nI do not make any decisions about your benefits\./);
      expect(reply).not.toMatch(/will not tell|won't tell|will not affect|nothing will happen|only your adviser/i);
      expect(reply).toMatch(BUTTONS);
    });

    it.each(['are you gonna call the police on me?', 'r u gonna ring the police'])('%j: the bot does not call the police, and 999 if someone is in danger now', async (typed) => {
      const reply = text(await user.say(typed));
      expect(reply).toMatch(/^I do not call the police\.\nYour adviser has your message, so they can check you are OK\.\nIf someone is in danger now, call 999\./);
      expect(reply).toMatch(BUTTONS);
    });

    it('keeps the window open: Carry on then brings the question back', async () => {
      expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
    });
  });

  it('a question that also holds new risk is a crisis first', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i want to die');
    const reply = text(await user.say('are you gonna call the police? i want to kill myself'));
    expect(reply).toMatch(/Samaritans: call 116 123/);
    expect(reply).toMatch(/I have told your adviser what you just said/);
    expect(reply).not.toMatch(/I do not call the police/);
  });

  it('with no details kept, no answer says the adviser has the message', async () => {
    const stranger = new ChatUser(botOf());
    await stranger.join();
    await stranger.say('No thanks');
    await stranger.say('ok whatever. nobody would notice if i disappeared');
    const next = text(await stranger.say('what happens now'));
    expect(next).toMatch(/^I cannot tell an adviser, as I do not keep your details\.\nThe people on the phone numbers can help you now\./);
    expect(next).toMatch(/\[Phone numbers\] \[Carry on\]$/);
    const police = text(await stranger.say('are you gonna call the police on me'));
    expect(police).toMatch(/^I do not call the police\.\nIf someone is in danger now, call 999\./);
    expect(text(await stranger.say('will you tell the jobcentre'))).toMatch(/^I do not keep your details, so I have not passed this on to anyone\./);
    for (const reply of [next, police]) expect(reply).not.toMatch(/has your message|I have passed/);
  });

  it('with nowhere safe tonight, "where do i go tho" and "what if the council says no" get the housing numbers and the council tonight', async () => {
    const { user } = await atTheGoalQuestion();
    expect(text(await user.say('im sleeping rough tonight, nowhere to go'))).toMatch(/Shelter/);
    for (const typed of ['where do i go tho', 'what if the council says no']) {
      const reply = text(await user.say(typed));
      expect(reply).toMatch(/These people can help you tonight:\n[\s\S]*- Shelter: call 0808 800 4444/);
      expect(reply).toMatch(/call your local council tonight\. Ask for the out of hours homeless team\./);
      expect(reply).toMatch(BUTTONS);
      expect(reply).not.toMatch(CANNED);
    }
  });

  describe("someone else's risk taken as the client's own", () => {
    it('"its not me its my daughter" after the abuse reply: the words and numbers for someone worried about another person', async () => {
      const { user, clientId } = await atTheGoalQuestion();
      expect(text(await user.say('she cuts herself every night'))).toMatch(/Nobody has the right to hurt you/);
      const reply = text(await user.say('its not me its my daughter'));
      expect(reply).toMatch(/^Thank you for telling me\. I am sorry I got that wrong\./);
      expect(reply).toMatch(/If they are in danger now, call 999\.\nThese people help anyone who is worried about someone/);
      expect(reply).toMatch(/Samaritans: call 116 123/);
      expect(reply).toMatch(/I have passed this on to your adviser too\./);
      expect(reply).not.toMatch(/Domestic Abuse|Nobody has the right|may be able to read this chat/);
      expect(reply).toMatch(BUTTONS);
      // Later replies fit too: the numbers are the ones for someone worried about another person.
      const numbers = text(await user.say('Phone numbers'));
      expect(numbers).toMatch(/Samaritans/);
      expect(numbers).not.toMatch(/Domestic Abuse/);
      const kept = await notes(clientId);
      expect(kept.map((note) => note.text)).toEqual(expect.arrayContaining(['its not me its my daughter', answers.safetyWindowNotes.someoneElseHeard]));
    });

    it.each(['not me, my brother', 'i meant my mate'])('%j is heard the same way', async (typed) => {
      const { user } = await atTheGoalQuestion();
      await user.say('she cuts herself every night');
      expect(text(await user.say(typed))).toMatch(/^Thank you for telling me\. I am sorry I got that wrong\.[\s\S]*worried about someone/);
    });
  });

  describe('a take-back or a joke', () => {
    it.each(['sorry ignore that'])('%j is taken back', async (typed) => {
      const { user } = await atTheGoalQuestion();
      await user.say('i want to die');
      const reply = text(await user.say(typed));
      expect(reply).toMatch(/I will not make a fuss/);
      expect(reply).not.toMatch(CANNED);
    });

    it.each(['jk', 'calm down it was a joke', 'it was a joke', 'only joking', 'eh? im going to majorca lol'])('%j is heard as a correction', async (typed) => {
      const { user } = await atTheGoalQuestion();
      await user.say('i want to die');
      const reply = text(await user.say(typed));
      // A sorry only where they said it was read wrong ("eh?"); a joke is heard as a joke, and still taken seriously.
      expect(reply).toMatch(typed.startsWith('eh') ? /I am sorry if I got it wrong\./ : /^OK\. Thank you for telling me\.\nI always take words like that seriously, just in case\./);
      expect(reply).toMatch(/\[Carry on\] \[Phone numbers\] \[Talk to my adviser\]$/);
      expect(reply).not.toMatch(/Your adviser knows/);
    });

    it.each(['i said carry on', 'i said carry on!!', 'carry on then'])('%j carries on', async (typed) => {
      const { user } = await atTheGoalQuestion();
      await user.say('i want to die');
      expect(text(await user.say(typed))).toMatch(GOAL_QUESTION);
    });
  });

  describe('after abuse or control', () => {
    it('the handover does not say the adviser will simply phone: this chat first, a call only if they say it is safe', async () => {
      const { user } = await atTheGoalQuestion();
      const replies = text(await user.say('my partner hits me and checks my phone every night'));
      expect(replies).toMatch(/I have told your adviser now\. A person will read it soon\.\nI have asked them to reach you in this chat first\.\nThey should only phone you if you say it is safe\./);
      expect(replies).not.toMatch(/They will try to reach you today/);
      expect(text(await user.say('what happens now'))).toMatch(/I have asked them to reach you in this chat first\./);
    });

    it('out of hours too', async () => {
      clock.set('2026-03-04T22:00:00Z');
      try {
        const { user } = await atTheGoalQuestion();
        const replies = text(await user.say('my partner hits me and checks my phone every night'));
        expect(replies).toMatch(/But nobody is at work right now\.[\s\S]*I have asked them to reach you in this chat first\./);
      } finally {
        clock.set('2026-03-04T10:00:00Z');
      }
    });

    it('after a risk to life, the handover still says they will try today', async () => {
      const { user } = await atTheGoalQuestion();
      expect(text(await user.say('i want to die'))).toMatch(/They will try to reach you today/);
    });

    it('"hi" after the window went quiet gets a short line, not the list of helplines again', async () => {
      const { user } = await atTheGoalQuestion();
      await user.say('my partner hits me and checks my phone every night');
      clock.advanceMinutes(12 * 60 + 1);
      try {
        const back = await user.say('hi');
        expect(back[0]).toBe('Welcome back. It is good to hear from you.\nIf you are in danger now, call 999.\nYou can also type "talk to my adviser" at any time.\nHow are you today? [I am OK] [Not so good]');
        expect(text(back)).not.toMatch(/Helpline|Samaritans|Shout/);
      } finally {
        clock.set('2026-03-04T10:00:00Z');
      }
    });
  });

  describe('with the means at hand said', () => {
    it.each(['im fine', 'I am safe'])('%j asks them to put the things away or give them to someone', async (typed) => {
      const { user } = await atTheGoalQuestion();
      expect(text(await user.say('ive got all my tablets here and im going to take them tonight'))).toMatch(/Are you safe right now\?/);
      const reply = text(await user.say(typed));
      expect(reply).toMatch(/^I am glad you are safe\. If you can, please put the things you could use to hurt yourself away, or give them to someone\./);
      expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
    });

    it('a weapon said: "everyone is safe" asks them to put it away', async () => {
      const { user } = await atTheGoalQuestion();
      await user.say('im outside his house with a bat');
      expect(text(await user.say('nobody got hurt'))).toMatch(/^I am glad everyone is safe\. If you can, please put away anything you could hurt someone with\./);
    });

    it('danger now with no means said: no line about putting things away', async () => {
      const { user } = await atTheGoalQuestion();
      expect(text(await user.say('im going to end it tonight'))).toMatch(/Are you safe right now\?/);
      const reply = text(await user.say('I am safe'));
      expect(reply).toMatch(/^I am glad you are safe\./);
      expect(reply).not.toMatch(/put the things/);
    });
  });

  describe('the first message after a quiet window', () => {
    // Play-testing, December: the day after, the question under the window came before any check-in.
    // closeQuietly now asks "How are you today?" and keeps that for the next message (test/safety).
    it('closeQuietly welcomes them back and asks how they are, not for the message as an answer', async () => {
      const sent: unknown[] = [];
      const context = { sendActivity: async (activity: unknown) => void sent.push(activity) } as unknown as TurnContext;
      const window: OpenWindow = { kind: 'crisis', startedAt: clock.now().toISOString(), lastMessageAt: clock.now().toISOString(), kinds: ['self'] };
      expect(await new SafetyWindow(botOf().app.services).closeQuietly(context, window)).toEqual({ window: expect.objectContaining({ checkIn: true }), dialogs: 'skip' });
      const said = (): string => (sent[0] as { text: string }).text;
      expect(said()).toMatch(/^Welcome back\.[\s\S]*Samaritans[\s\S]*How are you today\?$/);
      sent.length = 0;
      await new SafetyWindow(botOf().app.services).closeQuietly(context, { ...window, kinds: ['abuse'] });
      expect(said()).toMatch(/^Welcome back\./);
      expect(said()).not.toMatch(/Helpline|Samaritans/);
    });

    it('"still on the bench lol" gets the welcome back and the check-in, and is not kept as its answer', async () => {
      const { user } = await atTheGoalQuestion();
      await user.say('i want to die');
      clock.advanceMinutes(12 * 60 + 1);
      try {
        const back = text(await user.say('still on the bench lol'));
        expect(back).toMatch(/^Welcome back\.[\s\S]*How are you today\?/);
        expect(back).not.toMatch(/one small step/i);
        expect(text(await user.say('ok'))).toMatch(/What would you like to work on\?/);
      } finally {
        clock.set('2026-03-04T10:00:00Z');
      }
    });

    it('a crisis as the first message still goes through the risk check: the welcome, then the crisis reply', async () => {
      const { user } = await atTheGoalQuestion();
      await user.say('i want to die');
      clock.advanceMinutes(12 * 60 + 1);
      try {
        const back = text(await user.say('i still want to kill myself'));
        expect(back).toMatch(/^Welcome back\.[\s\S]*I am worried about you\. You matter\./);
        expect(back).not.toMatch(COACHING);
      } finally {
        clock.set('2026-03-04T10:00:00Z');
      }
    });
  });
});

describe('the answers say only what is true', () => {
  const reaches = ['not-reached', 'no-details'] as const;
  it('say the adviser has the message only when they were told', () => {
    for (const reach of reaches) {
      for (const reply of [answers.realPersonReply(reach), answers.whoIsToldReply(reach), answers.policeReply(reach)]) {
        expect(reply).not.toMatch(/has your message|They have your message|I have passed|adviser knows/i);
      }
    }
    expect(answers.whatNextReply({ told: false, notReached: true }, ['self'])).toMatch(/^I could not reach an adviser yet\./);
    expect(answers.policeReply('told')).toMatch(/Your adviser has your message/);
  });

  it('makes no promise about benefits or the police', () => {
    for (const reach of ['told', ...reaches] as const) {
      expect(answers.whoIsToldReply(reach)).not.toMatch(/will not|won't|never|nothing will/i);
      expect(answers.policeReply(reach)).not.toMatch(/nobody will|no one will|will not call|won't call/i);
    }
  });
});
