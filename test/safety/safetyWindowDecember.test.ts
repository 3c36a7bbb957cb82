// The safety window, play-tested in December: a plain "ok" or "yeah" to "Are you safe right now?"
// had got the bare question again; the reply to "No" still offered Carry on; the day after a quiet
// window the first message went straight to the coaching question; a mix-up put right ("i was
// talking about the course") got no sorry; "what would they do" about the adviser went unanswered.
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { EscalationNoteRepository } from '../../src/db/escalationNotes.ts';
import { GOAL_QUESTION, text, useWindowBot } from '../escalation/windowHarness.ts';

const DANGER_NOW = 'ive got all my tablets here and im going to take them tonight';
const SAFE_QUESTION = /Are you safe right now\?/;
const CANNED = /Thank you for telling me\. I am here\./;
const STEP_QUESTION = /one small step/i;

describe(`the safety window, play-tested in December, on ${testProvider}`, () => {
  const { atTheGoalQuestion, clock, db } = useWindowBot({ advisers: ['Ann', 'Bea'], env: { SAFETY_WINDOW_QUIET_HOURS: '12' } });

  describe('a plain yes to "Are you safe right now?"', () => {
    // "ok thanks" was here; it may only be thanks for the numbers, and is asked again (test/safety/fineTakenBack.test.ts).
    it.each(['ok', 'yeah', "i'm fine now honestly", 'fine', 'yes im fine'])('%j is heard as safe: warmly, and the window stays until Carry on', async (typed) => {
      const { user, clientId } = await atTheGoalQuestion();
      expect(text(await user.say(DANGER_NOW))).toMatch(SAFE_QUESTION);
      const heard = text(await user.say(typed));
      expect(heard).toMatch(/^I am glad you are safe\./);
      expect(heard).toMatch(/put the things you could use to hurt yourself away/);
      expect(heard).not.toMatch(SAFE_QUESTION);
      expect(heard).not.toMatch(GOAL_QUESTION);
      expect(heard).toMatch(/\[Carry on\]/);
      expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
      const escalation = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
      const notes = await new EscalationNoteRepository(db()).listFor(escalation.id);
      expect(notes.map((note) => note.text)).toContain(typed);
    });

    it.each(['mm not sure what you mean', 'i think so', 'what', 'the weather is nice'])('%j is asked again gently, in other words, not the same line', async (typed) => {
      const { user } = await atTheGoalQuestion();
      await user.say(DANGER_NOW);
      const again = text(await user.say(typed));
      expect(again).toMatch(/^Let me ask it another way\.[\s\S]*Are you safe where you are now\? \[I am safe\] \[No\] \[Phone numbers\]$/);
      expect(again).not.toMatch(SAFE_QUESTION);
      // Still no coaching until they say they are safe.
      expect(text(await user.say('Carry on'))).toMatch(/Before we go back to your plan[\s\S]*Are you safe right now\?/);
      expect(text(await user.say('yeah'))).toMatch(/I am glad you are safe/);
      expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
    });

    it('"ok" said after the numbers, not to the question, is no yes: the question comes again in other words', async () => {
      const { user } = await atTheGoalQuestion();
      await user.say(DANGER_NOW);
      expect(text(await user.say('Phone numbers'))).toMatch(/Samaritans/);
      const ok = text(await user.say('ok'));
      expect(ok).toMatch(/Are you safe where you are now\?/);
      expect(ok).not.toMatch(/I am glad you are safe/);
    });

    it('a threat to someone else: "yeah" to "Is everyone safe right now?" is heard; something unclear is asked another way', async () => {
      const { user } = await atTheGoalQuestion();
      expect(text(await user.say('im outside his house with a bat'))).toMatch(/Is everyone safe right now\?/);
      expect(text(await user.say('hmm dunno what u mean'))).toMatch(/Is everyone safe where you are now\?/);
      expect(text(await user.say('yeah'))).toMatch(/^I am glad everyone is safe\./);
    });
  });

  describe('"No" to "Are you safe right now?"', () => {
    it('gets 999 first with the numbers, the adviser and "I am safe now" as buttons, and no Carry on', async () => {
      const { user } = await atTheGoalQuestion();
      await user.say(DANGER_NOW);
      const notSafe = text(await user.say('no'));
      expect(notSafe).toMatch(/^Please call 999 now, or go to A&E/);
      expect(notSafe).toMatch(/\[Phone numbers\] \[Talk to my adviser\] \[I am safe now\]$/);
      expect(notSafe).not.toMatch(/Carry on/);
      // Typed all the same, Carry on asks first.
      expect(text(await user.say('carry on'))).toMatch(/Before we go back to your plan[\s\S]*Are you safe right now\?/);
    });

    it('"I am safe now", tapped later, is heard; then Carry on goes back to the question', async () => {
      const { user } = await atTheGoalQuestion();
      await user.say(DANGER_NOW);
      await user.say('no');
      expect(text(await user.say('I am safe now'))).toMatch(/^I am glad you are safe\./);
      expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
    });

    it('after mixed feelings, "no" holds coaching back until they say they are safe', async () => {
      const { user } = await atTheGoalQuestion();
      await user.say('i want to die');
      expect(text(await user.say('im not going to do anything stupid... probably'))).toMatch(SAFE_QUESTION);
      expect(text(await user.say('no'))).toMatch(/\[I am safe now\]$/);
      expect(text(await user.say('Carry on'))).not.toMatch(GOAL_QUESTION);
    });

    it('for someone else in danger the button says "Everyone is safe now"', async () => {
      const { user } = await atTheGoalQuestion();
      await user.say('im outside his house with a bat');
      const notSafe = text(await user.say('no'));
      expect(notSafe).toMatch(/\[Phone numbers\] \[Talk to my adviser\] \[Everyone is safe now\]$/);
      expect(text(await user.say('Everyone is safe now'))).toMatch(/^I am glad everyone is safe\./);
    });
  });

  describe('the day after a window went quiet', () => {
    const dayLater = async <T>(then: () => Promise<T>): Promise<T> => {
      clock.advanceMinutes(24 * 60);
      try {
        return await then();
      } finally {
        clock.set('2026-03-04T10:00:00Z');
      }
    };

    it('the first message gets "Welcome back" and "How are you today?", not the coaching question, and is not kept as its answer', async () => {
      const { user } = await atTheGoalQuestion();
      await user.say('i want to die');
      await dayLater(async () => {
        const back = text(await user.say('warehouse work'));
        expect(back).toMatch(/^Welcome back\.[\s\S]*Samaritans[\s\S]*How are you today\? \[I am OK\] \[Not so good\]$/);
        expect(back).not.toMatch(GOAL_QUESTION);
        expect(back).not.toMatch(STEP_QUESTION);
        // The answer to the check-in is heard, and only then does the question come back.
        const answered = text(await user.say('not bad thanks'));
        expect(answered).toMatch(/^I am glad to hear that\.[\s\S]*What would you like to work on\?/);
        expect(answered).not.toMatch(STEP_QUESTION);
        expect(text(await user.say('warehouse work'))).toMatch(STEP_QUESTION);
      });
    });

    it('"not great" to the check-in is heard kindly, with the numbers and the adviser, and the window waits for Carry on', async () => {
      const { user, clientId } = await atTheGoalQuestion();
      await user.say('i want to die');
      await dayLater(async () => {
        await user.say('hi');
        const hard = text(await user.say('not great tbh'));
        expect(hard).toMatch(/^I am sorry today is hard\./);
        expect(hard).toMatch(/\[Phone numbers\] \[Talk to my adviser\] \[Carry on\]$/);
        expect(hard).not.toMatch(GOAL_QUESTION);
        const escalation = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
        const notes = await new EscalationNoteRepository(db()).listFor(escalation.id);
        expect(notes.map((note) => note.text)).toContain('not great tbh');
        expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
      });
    });

    it('a worry said to the check-in goes to the adviser, and the client is told', async () => {
      const { user, clientId } = await atTheGoalQuestion();
      await user.say('i want to die');
      await dayLater(async () => {
        await user.say('hi');
        const worry = text(await user.say('i still feel so hopeless'));
        expect(worry).toMatch(/^I am sorry today is hard\.[\s\S]*I have passed what you said to your adviser\./);
        expect(worry).not.toMatch(GOAL_QUESTION);
        const escalation = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
        const notes = await new EscalationNoteRepository(db()).listFor(escalation.id);
        expect(notes.map((note) => note.text)).toContain('i still feel so hopeless');
      });
    });

    it('anything else to the check-in is thanked, and the question comes back', async () => {
      const { user } = await atTheGoalQuestion();
      await user.say('i want to die');
      await dayLater(async () => {
        await user.say('hello');
        expect(text(await user.say('still on the bench lol'))).toMatch(/^Thank you for telling me\. Let us carry on where we left off\.[\s\S]*What would you like to work on\?/);
      });
    });

    it('opening the chat again the day after checks in too, and the first message answers the check-in', async () => {
      const { user } = await atTheGoalQuestion();
      await user.say('i want to die');
      await dayLater(async () => {
        const opened = text(await user.join());
        expect(opened).toMatch(/^Welcome back\.[\s\S]*How are you today\?/);
        expect(opened).not.toMatch(GOAL_QUESTION);
        expect(text(await user.say('good thanks'))).toMatch(/^I am glad to hear that\.[\s\S]*What would you like to work on\?/);
      });
    });

    it('after abuse, the check-in puts no helplines on the screen', async () => {
      const { user } = await atTheGoalQuestion();
      await user.say('my partner hits me and checks my phone every night');
      await dayLater(async () => {
        const back = text(await user.say('hi'));
        expect(back).toMatch(/^Welcome back\.[\s\S]*How are you today\?/);
        expect(back).not.toMatch(/Helpline|Samaritans/);
      });
    });

    it('a crisis as the first message is answered as one at once, with no check-in question before it', async () => {
      const { user } = await atTheGoalQuestion();
      await user.say('i want to die');
      await dayLater(async () => {
        const back = text(await user.say('i still want to kill myself'));
        expect(back).toMatch(/^Welcome back\.[\s\S]*I am worried about you\. You matter\./);
        expect(back).not.toMatch(/How are you today\?/);
      });
    });
  });

  describe('a mix-up put right', () => {
    it.each(['no im fine i was talking about the course', 'i meant the film', 'sorry i was talking about my job'])('%j gets a short sorry for the mix-up and Carry on; the adviser still sees it', async (typed) => {
      const { user, clientId } = await atTheGoalQuestion();
      await user.say('this course is killing me, i want to die');
      const heard = text(await user.say(typed));
      expect(heard).toMatch(/^Sorry for the mix-up\. Thank you for telling me\./);
      expect(heard).toMatch(/Your adviser will still see what you said/);
      expect(heard).toMatch(/\[Carry on\] \[Phone numbers\] \[Talk to my adviser\]$/);
      expect(heard).not.toMatch(CANNED);
      const escalation = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'crisis' } });
      expect(escalation.openKey).not.toBeNull();
      const notes = await new EscalationNoteRepository(db()).listFor(escalation.id);
      expect(notes.map((note) => note.text)).toContain(typed);
      expect(text(await user.say('Carry on'))).toMatch(GOAL_QUESTION);
    });

    it.each(['i meant the film', 'no i didnt mean it like that'])('after abuse, %j gets a short sorry too, with no "I am glad", and the numbers on offer', async (typed) => {
      const { user } = await atTheGoalQuestion();
      await user.say('my partner checks my phone and takes my money');
      const heard = text(await user.say(typed));
      expect(heard).toMatch(/Sorry if I got that wrong\./);
      expect(heard).not.toMatch(/I am glad/);
      expect(heard).toMatch(/If you ever feel unsafe, tap Phone numbers\./);
      expect(heard).toMatch(/\[Carry on\] \[Phone numbers\] \[Talk to my adviser\]$/);
    });

    it('"no i didnt mean it like that, i meant the job is killing me lol" keeps the correction\'s own words, which say sorry', async () => {
      const { user } = await atTheGoalQuestion();
      await user.say('i want to die');
      expect(text(await user.say('no i didnt mean it like that, i meant the job is killing me lol'))).toMatch(/^Thank you for telling me\. I am glad\.\nI am sorry if I got it wrong\./);
    });

    it('"i was talking about my job, but i still want to do it tonight" is no mix-up', async () => {
      const { user } = await atTheGoalQuestion();
      await user.say('i want to die');
      expect(text(await user.say('i was talking about my job, but i still want to do it tonight'))).not.toMatch(/mix-up/);
    });
  });

  describe('what the adviser would do', () => {
    it.each(['what would they do', 'what happens if i talk to them', 'what will my adviser say'])('%j is answered simply, then the adviser offered again', async (typed) => {
      const { user } = await atTheGoalQuestion();
      await user.say('i want to die');
      const answer = text(await user.say(typed));
      expect(answer).toMatch(/^I have told your adviser what you said\. They will try to get in touch, to check you are OK\./);
      expect(answer).toMatch(/You stay in charge\./);
      expect(answer).toMatch(/If you want to talk to them, tap Talk to my adviser\.[\s\S]*\[Talk to my adviser\]/);
      expect(answer).not.toMatch(CANNED);
    });
  });
});
