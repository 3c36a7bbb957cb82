// The adviser's offer must not lose what the client said (December). A message at a coaching
// question read as a worry gets the warm reflection and the offer first, as before. Then the part
// meant for the plan is not thrown away: at the goal question a goal is offered back ("You said you
// want to learn to drive. Shall we start with that?") and kept only on a yes (a message that was only
// the goal, "just sort myself out really", goes on as typed); at the step question
// the step is kept, without the worry; a question is answered as it would be alone; a worry alone
// asks the question again. Was: "just sort myself out really" and "i feel so down all the time. how
// do i update my cv?" had the goal question asked again after the offer, the goal or question lost,
// and "i feel worthless. i want to learn to drive" had been kept whole, the worry in the plan's draft.
// Lines: concernOfferKeepsWordsLines.ts (a quarter held out, never tuned on).
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { GOAL_QUESTION, text, useWindowBot } from '../escalation/windowHarness.ts';
import { KEPT_LINES } from './concernOfferKeepsWordsLines.ts';

const OFFER = /Would you like your adviser to get in touch\? \[Yes, please\] \[No, thanks\] \[Carry on\]$/;
const OFFERED_BACK = /Shall we start with that\? \[Yes, start with that\] \[No, something else\]$/;
const STEP_QUESTION = /Let's pick one small step you could take this week\./;
const AFTER_THE_STEP = /How sure do you feel that you can do this|When (?:will you have it done by|could you do it)\?/;
const OFFER_ANSWERS = ['No, thanks', 'Yes, please', 'Carry on'];

const worried = KEPT_LINES.filter((line) => !line.notAWorry).map((line, index) => ({ ...line, answer: OFFER_ANSWERS[index % OFFER_ANSWERS.length]! }));

describe(`the adviser's offer keeps what the client said, on ${testProvider}`, () => {
  const { atTheGoalQuestion, bot } = useWindowBot({ advisers: ['Ann', 'Bob'] });
  // The dialog state of this client's chat only: what the goal being set holds.
  const kept = async (conversationId: string) =>
    (await bot().app.database.db.botState.findMany()).filter((row) => row.key.includes(conversationId)).map((row) => row.data).join('\n');
  const atTheStep = async () => {
    const started = await atTheGoalQuestion();
    expect(text(await started.user.say('get a job in a shop'))).toMatch(STEP_QUESTION);
    return started;
  };

  it.each(worried)('$say ($expect, then "$answer")', async (line) => {
    const { user } = line.at === 'step' ? await atTheStep() : await atTheGoalQuestion();
    // Safety first: the worry is heard and the adviser offered, whatever else was said.
    expect(text(await user.say(line.say))).toMatch(OFFER);
    const after = text(await user.say(line.answer));
    if (line.expect === 'goal') {
      expect(after).toMatch(line.part!);
      expect(after).toMatch(OFFERED_BACK);
      expect(after).not.toMatch(GOAL_QUESTION);
      // Taken on a yes: the goal goes on, not asked for again.
      const taken = text(await user.say('yes'));
      expect(taken).not.toMatch(GOAL_QUESTION);
      expect(taken).not.toMatch(OFFERED_BACK);
    }
    if (line.expect === 'taken') {
      // Only the goal was typed: it goes on as typed, as it would have without the worry read in it.
      expect(after).not.toMatch(GOAL_QUESTION);
      expect(after).not.toMatch(OFFERED_BACK);
      expect(await kept(user.conversationId)).toMatch(new RegExp(`"aim":"[^"]*${line.part!.source}`, 'i'));
    }
    if (line.expect === 'step') {
      expect(after).not.toMatch(STEP_QUESTION);
      expect(after).toMatch(AFTER_THE_STEP);
      const state = await kept(user.conversationId);
      expect(state).toMatch(new RegExp(`"text":"[^"]*${line.part!.source}`, 'i'));
      expect(state).not.toMatch(/"text":"[^"]*(?:down|useless|worried|hate|sleep)/);
    }
    if (line.expect === 'question') {
      // Answered as it is when asked alone.
      const alone = await atTheGoalQuestion();
      if (line.at === 'step') await alone.user.say('get a job in a shop');
      const answer = text(await alone.user.say(line.question!)).split('\n')[0]!;
      expect(after).toContain(answer);
    }
    if (line.expect === 'nothing') {
      expect(after).toMatch(line.at === 'goal' ? GOAL_QUESTION : STEP_QUESTION);
      expect(after).not.toMatch(/You said|You also said/);
    }
  });

  it('"just sort myself out really": the worry heard first, then taken gently as the goal, not asked for again', async () => {
    const { user } = await atTheGoalQuestion();
    expect(text(await user.say('just sort myself out really'))).toMatch(OFFER);
    const after = text(await user.say('No, thanks'));
    expect(after).toMatch(/^OK\. I will not ask again\.[\s\S]*That is a good thing to want\./);
    expect(after).not.toMatch(GOAL_QUESTION);
  });

  it('"i feel so down all the time. how do i update my cv?": the adviser asked, then the question answered', async () => {
    const { user } = await atTheGoalQuestion();
    expect(text(await user.say('i feel so down all the time. how do i update my cv?'))).toMatch(OFFER);
    const after = text(await user.say('Yes, please'));
    expect(after).toMatch(/I have asked your adviser to get in touch with you\./);
    expect(after).toMatch(/Good question\. We can work it out together[\s\S]*"Update my CV"/);
    expect(after).not.toMatch(GOAL_QUESTION);
  });

  it('only the goal is kept: the worry said with it never reaches the plan', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i feel worthless. i want to learn to drive');
    expect(text(await user.say('Carry on'))).toMatch(/^You said you want to learn to drive\. Shall we start with that\?/);
    // Nothing is in the goal before the yes.
    expect(await kept(user.conversationId)).not.toMatch(/"aim":"[^"]*learn to drive/);
    await user.say('yeah');
    const state = await kept(user.conversationId);
    expect(state).toMatch(/"aim":"[^"]*learn to drive/i);
    expect(state).not.toMatch(/worthless/);
  });

  it('"No, something else" lets the goal go, and asks the question again', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('honestly i feel hopeless but i want to become a chef');
    expect(text(await user.say('No, thanks'))).toMatch(OFFERED_BACK);
    const again = text(await user.say('No, something else'));
    expect(again).toMatch(/^OK\. We will leave that\.[\s\S]*What would you like to work on\?/);
    expect(await kept(user.conversationId)).not.toMatch(/"aim":"[^"]*chef/);
    // The next words are the goal, as typed.
    expect(text(await user.say('get a job in a shop'))).toMatch(STEP_QUESTION);
    expect(await kept(user.conversationId)).toMatch(/"aim":"[^"]*get a job in a shop/i);
  });

  it('a new goal typed instead of yes is the goal, and the one offered back is let go', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('no motivation at all, wanna start volunteering');
    expect(text(await user.say('Carry on'))).toMatch(OFFERED_BACK);
    expect(text(await user.say('get a job in a warehouse'))).toMatch(STEP_QUESTION);
    const state = await kept(user.conversationId);
    expect(state).toMatch(/"aim":"[^"]*warehouse/i);
    expect(state).not.toMatch(/"aim":"[^"]*volunteering/);
  });

  it('a new worry at the goal offered back: once the question is asked again, a later yes does not take the old goal', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('i feel worthless. i want to learn to drive');
    expect(text(await user.say('Carry on'))).toMatch(OFFERED_BACK);
    expect(text(await user.say('i feel so low'))).toMatch(OFFER);
    expect(text(await user.say('No, thanks'))).toMatch(GOAL_QUESTION);
    await user.say('yes');
    expect(await kept(user.conversationId)).not.toMatch(/"aim":"[^"]*learn to drive/);
  });

  it('a crisis with a goal in it still opens the safety window, and nothing is offered back in it', async () => {
    const { user } = await atTheGoalQuestion();
    const said = text(await user.say('i want to end it all. i want to get a job'));
    expect(said).toMatch(/Samaritans/);
    expect(said).not.toMatch(/Shall we start with that|What would you like to work on\?/);
  });
});
