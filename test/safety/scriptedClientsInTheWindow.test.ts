// Scripted clients in the safety window (December): after a crisis message, each types what real
// people type, step by step, and every reply is checked: short, one question at most, honest about
// the adviser, the police and benefits, the numbers when asked, never the coaching question, and
// back to the plan only on the client's clear choice. The mends: "is someone going to ring me" had
// been told "A person will get in touch" (and "will my adviser ring me" that a call had been asked
// for); "can we just carry on with my cv" and "what was my goal again", "sorry about all that",
// "am i in trouble", "you dont care", "...", an emoji, "u there?" and "bye for now" had
// all got "Thank you for telling me. I am here." (src/bot/safetyWindowSmallTalk.ts).
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { GOAL_QUESTION, text, useWindowBot } from '../escalation/windowHarness.ts';

const WISH_TO_DIE = 'i want to die';
const DANGER_NOW = 'ive got all my tablets here and im going to take them tonight';
const SAFE_QUESTION_LAST = /Are you safe right now\? \[I am safe\] \[No\] \[Phone numbers\]$/;
const STOCK = /Thank you for telling me\. I am here\./;
// Never said in the window: a call, the police or a benefits decision promised or threatened.
const DISHONEST = /I (?:will|am going to|have) (?:call|ring|phone|rung|called|told)(?: the)? police|A person will get in touch|sanction|(?:stop|cut|affect|lose) your benefits|you will lose/i;

/** One step: what the client types, what the reply must say, and what it must not. */
type Step = { say: string; reply: RegExp; not?: RegExp; back?: true; choice?: true };
type Client = { who: string; opener: string; steps: Step[] };

const CLIENTS: Client[] = [
  {
    who: 'polite: ok, thanks, sorry about all that',
    opener: WISH_TO_DIE,
    steps: [
      { say: 'ok', reply: /^OK\. I am here if you want to say more\./ },
      { say: 'thanks', reply: /^You are welcome\./ },
      // "sorry for being dramatic" itself is read as a crisis by the risk check (reported, not mended here).
      { say: 'sorry about all that', reply: /^You have nothing to be sorry for\./, not: STOCK },
      { say: 'Carry on', reply: GOAL_QUESTION, back: true },
    ],
  },
  {
    who: 'fine now: "im fine now honestly" is no choice to carry on',
    opener: WISH_TO_DIE,
    steps: [
      { say: 'im fine now honestly', reply: /^I am glad you feel a bit better\.[\s\S]*\[Carry on\]/ },
      { say: 'ok', reply: /I am here/ },
      { say: 'carry on', reply: GOAL_QUESTION, back: true },
    ],
  },
  {
    who: 'the number again, and "is someone going to ring me"',
    opener: WISH_TO_DIE,
    steps: [
      { say: 'what was that number again', reply: /Samaritans: call 116 123/ },
      { say: 'is someone going to ring me', reply: /^Your adviser has your message\.\nI do not know if or when they will phone you\./, not: /I have asked your adviser to phone you|Thank you for telling me/ },
      { say: 'will my adviser ring me', reply: /I do not know if or when they will phone you/, not: /I have asked your adviser to phone you/ },
      { say: 'can you ring me please', reply: /I have asked your adviser to phone you\./ },
    ],
  },
  {
    who: 'the police, the record, benefits, trouble',
    opener: WISH_TO_DIE,
    steps: [
      { say: 'will you tell the police', reply: /^I do not call the police\./ },
      { say: 'will this go on my record', reply: /I do not make any decisions about your benefits\./ },
      { say: 'will this affect my benefits', reply: /I do not make any decisions about your benefits\./ },
      { say: 'am i in trouble', reply: /^You have not done anything wrong by telling me how you feel\.\nI have passed what you said to your adviser, so they can check you are OK\./, not: STOCK },
      { say: 'are you going to report me', reply: /^You have not done anything wrong/ },
    ],
  },
  {
    who: '"can we just carry on with my cv" is a clear choice',
    opener: WISH_TO_DIE,
    steps: [{ say: 'can we just carry on with my cv', reply: /^Thank you for staying with me\. Let us carry on\.[\s\S]*What would you like to work on\?/, back: true }],
  },
  {
    who: 'a question about their goal is answered, and coaching waits',
    opener: WISH_TO_DIE,
    steps: [
      { say: 'what was my goal again', reply: /^Your plan is safe\. Nothing in it has changed\.\nWe can go back to it whenever you like\. Just tap Carry on\./, not: STOCK },
      { say: 'can i still do my cv goal', reply: /^Your plan is safe\./ },
      { say: 'ok', reply: /I am here/ },
    ],
  },
  {
    who: '"lol jk" is heard, and is no choice to carry on',
    opener: WISH_TO_DIE,
    steps: [
      { say: 'lol jk', reply: /Your adviser will still see what you said[\s\S]*\[Carry on\]/ },
      { say: 'ok', reply: /I am here/ },
      { say: 'lol', reply: /I am here/ },
      { say: 'Carry on', reply: GOAL_QUESTION, back: true },
    ],
  },
  {
    who: 'quiet: "...", an emoji, "u there?"',
    opener: WISH_TO_DIE,
    steps: [
      { say: '...', reply: /^I am here\. Take your time\. You do not have to say anything\. \[Phone numbers\] \[Talk to my adviser\] \[Carry on\]$/ },
      { say: '😔', reply: /^I am here\. Take your time\./ },
      { say: 'u there?', reply: /^Yes, I am still here\. Take your time\./ },
    ],
  },
  {
    who: 'angry at the bot',
    opener: WISH_TO_DIE,
    steps: [
      { say: "you're useless", reply: /^Sorry\. I know it is a lot\. I am not going anywhere\./ },
      { say: 'you dont care', reply: /^Sorry\. I know it is a lot\./, not: STOCK },
      { say: 'this is shit', reply: /^Sorry\. I know it is a lot\./ },
    ],
  },
  {
    who: 'does not want to talk, then says they will not do anything',
    opener: WISH_TO_DIE,
    steps: [
      { say: 'i dont want to talk about it', reply: /You do not have to talk now/ },
      { say: 'i wont do anything', reply: /\[Carry on\]/ },
      { say: 'k', reply: /I am here/ },
    ],
  },
  {
    who: 'bye for now',
    opener: WISH_TO_DIE,
    steps: [{ say: 'bye for now', reply: /^OK\. Thank you for talking to me\. I am here whenever you come back\./, not: STOCK }],
  },
  {
    who: 'danger now: each answer, then "Are you safe right now?" again',
    opener: DANGER_NOW,
    steps: [
      { say: 'is someone going to ring me', reply: /I do not know if or when they will phone you[\s\S]*Are you safe right now\?/ },
      { say: 'can we just carry on with my cv', reply: /Before we go back to your plan/, choice: true },
      { say: 'what was my goal again', reply: /^Your plan is safe\. Nothing in it has changed\.[\s\S]*Are you safe right now\?/, not: /Carry on\./ },
      { say: '...', reply: /^I am here\. Take your time\./ },
      { say: 'yes im safe', reply: /^I am glad you are safe\./ },
      { say: 'carry on', reply: GOAL_QUESTION, back: true },
    ],
  },
];

/** The checks every reply in the window gets. */
function checkWindowReply(replies: string[], step: Step): void {
  const all = text(replies);
  expect(all).toMatch(step.reply);
  if (step.not) expect(all).not.toMatch(step.not);
  expect(all).not.toMatch(DISHONEST);
  if (step.back) return;
  expect(all).not.toMatch(GOAL_QUESTION);
  // Short and plain: at most one question, and a few lines beside the numbers.
  const said = all.replace(/\[[^\]]*\]/g, '');
  expect(said.match(/\?/g)?.length ?? 0, all).toBeLessThanOrEqual(1);
  expect(said.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('- ')).length, all).toBeLessThanOrEqual(7);
}

describe(`scripted clients in the safety window, on ${testProvider}`, () => {
  const { atTheGoalQuestion, clientSaid, clock, keptChatOf, sentTo } = useWindowBot({ advisers: ['Ann'] });

  it.each(CLIENTS.map((client) => [client.who, client] as const))('%s', async (_who, client) => {
    const { user, clientId } = await atTheGoalQuestion();
    expect(text(await user.say(client.opener))).toMatch(/Samaritans/);
    for (const step of client.steps) checkWindowReply(await user.say(step.say), step);
    // Every word they typed before going back is on the escalation for the adviser.
    const kept = await clientSaid(clientId);
    for (const step of client.steps.filter((each) => !each.back && !each.choice)) expect(kept).toContain(step.say);
  });

  it('a second crisis said indirectly is added to the open escalation and the adviser is told again', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    await user.say(WISH_TO_DIE);
    await keptChatOf('Ann').say('hello');
    const before = sentTo('Ann').length;
    const again = text(await user.say('everyone would be better off without me'));
    expect(again).toMatch(/^I am still here\. You matter\.[\s\S]*Samaritans[\s\S]*I have told your adviser what you just said\./);
    expect(again).not.toMatch(GOAL_QUESTION);
    expect(await clientSaid(clientId)).toEqual([WISH_TO_DIE, 'everyone would be better off without me']);
    expect(sentTo('Ann').slice(before).some((said) => said.includes('everyone would be better off without me'))).toBe(true);
  });

  it('silence, then "hi" the next day: welcomed back and asked how they are, not the coaching question', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say(WISH_TO_DIE);
    clock.advanceMinutes(26 * 60);
    const back = text(await user.say('hi'));
    expect(back).toMatch(/^Welcome back\. It is good to hear from you\.[\s\S]*Samaritans[\s\S]*How are you today\? \[I am OK\] \[Not so good\]$/);
    expect(back).not.toMatch(GOAL_QUESTION);
    const hard = text(await user.say('not great'));
    expect(hard).toMatch(/^I am sorry today is hard\./);
    expect(hard).not.toMatch(GOAL_QUESTION);
  });
});
