// Twelve scripted clients in the safety window (December, round fifteen): a teenager, an older
// man, someone learning English, someone angry at the bot, someone who regrets saying it, someone
// with practical questions, a joker, someone who says they will not do anything, a thankful one,
// one who asks who reads this, one who says how they feel, a parent in a hurry. Each types as
// people type, and every reply is checked: it answers what was typed, keeps Carry on on screen,
// promises no call, decides nothing about benefits, and names no illness. The mends: "lol jk" and
// "i wont do anything" had got "I am sorry if I got it wrong" (nobody had said the bot was wrong);
// "what happens now" and "what would they do" said the adviser "will get in touch" (the coach
// cannot promise that: they will try); and each of the lines below marked `was: STOCK` had got
// "Thank you for telling me. I am here." (src/bot/safetyWindowPlainTalk.ts).
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { GOAL_QUESTION, text, useWindowBot } from '../escalation/windowHarness.ts';

const WISH_TO_DIE = 'i want to die';
const STOCK = /Thank you for telling me\. I am here\./;
const SORRY_WRONG = /sorry if I got (?:it|that) wrong/i;
const JOKE_HEARD = /^OK\. Thank you for telling me\.\nI always take words like that seriously, just in case\.\nYour adviser will still see what you said, so they may get in touch\./;
const WHY_NUMBERS = /^Sorry if I got that wrong\.\nWhen someone says words like that, I always share the phone numbers, just in case\.\nYour adviser will still see what you said/;
const NUMBERS = /Samaritans: call 116 123\. Free, day or night\./;
// Never said in the window: a call or contact promised, the police, a benefits decision, an illness named.
const NEVER = new RegExp(
  [
    String.raw`(?:^|\. |\n)(?:They|Your adviser|Someone|A person) will (?:call|phone|ring|get in touch)`,
    String.raw`read it soon and get in touch|and get in touch to check`,
    String.raw`I (?:will|am going to|have) (?:call|ring|phone|rung|called|told)(?: the)? police`,
    String.raw`sanction|(?:stop|cut|affect|lose) your (?:benefits|money|claim)|you will lose`,
    String.raw`you (?:have|are suffering from|sound) (?:depress|anxi|bipolar|ptsd)|you are (?:depressed|ill|mentally)`,
  ].join('|'),
  'i',
);

/** One typed line: what the reply must say and must not; was: what it had said before the mend. */
type Step = { say: string; reply: RegExp; not?: RegExp; back?: true };
type Client = { who: string; opener: string; steps: Step[] };

const CLIENTS: Client[] = [
  {
    who: 'a teenager: joking it off, mum, a bot, who reads it',
    opener: 'i wanna kms',
    steps: [
      { say: 'lol jk', reply: JOKE_HEARD, not: SORRY_WRONG },
      { say: 'do u tell my mum', reply: /^No\. I do not tell your family or friends\./ },
      // was: STOCK
      { say: 'ur a bot arent u', reply: /^I am a computer program, not a person\.\nYour adviser is a real person\./, not: STOCK },
      // was: STOCK
      { say: 'is anyone actually reading this', reply: /^Yes\. Your adviser can see what you write here\./, not: STOCK },
      { say: 'k', reply: /^OK\. I am here if you want to say more\./ },
      // was: STOCK
      { say: 'can we go back', reply: GOAL_QUESTION, back: true },
    ],
  },
  {
    who: 'an older man: will not do anything silly, his pension, his time',
    opener: "I don't see the point in going on anymore.",
    steps: [
      { say: "I won't do anything silly, don't worry.", reply: /^Thank you for telling me\. I am glad\.\nYour adviser will still see what you said, so they may get in touch\./, not: SORRY_WRONG },
      { say: "I'm 61, nobody is going to hire me at my age.", reply: /I am here/ },
      // was: STOCK
      { say: 'Will this affect my pension?', reply: /I do not make any decisions about your benefits\.\nIf you are worried about your benefits, you can ask your adviser\./, not: STOCK },
      // was: STOCK
      { say: 'Thank you for your time.', reply: /^You are welcome\./, not: STOCK },
      { say: 'What happens now?', reply: /^I have told your adviser\. A person will read it soon\.\nThey will try to get in touch\./ },
      { say: 'Carry on', reply: GOAL_QUESTION, back: true },
    ],
  },
  {
    who: 'learning English: short words, what Carry on means, who Samaritans are',
    opener: 'i want die',
    steps: [
      // was: STOCK
      { say: 'sorry my english not good', reply: /^That is OK\. You do not need perfect English here\. Write in your own way\./, not: STOCK },
      // was: STOCK
      { say: 'i no understand', reply: /^Sorry, I will say it more simply\./, not: STOCK },
      // was: STOCK
      { say: 'what mean carry on', reply: /^Carry on takes you back to your plan\. Your plan has the steps to help you find work\. Only tap it when you feel ready\./, not: STOCK },
      { say: 'who is samaritans', reply: NUMBERS },
      { say: 'ok thank you', reply: /^You are welcome\./ },
    ],
  },
  {
    who: 'angry at the bot: why the numbers, overreacting, whatever',
    opener: WISH_TO_DIE,
    steps: [
      // was: STOCK
      { say: 'why the fuck did you send me that', reply: WHY_NUMBERS, not: STOCK },
      // was: STOCK
      { say: "you're overreacting", reply: WHY_NUMBERS, not: STOCK },
      // A worry to the risk check ("spoke of harm, then said they would not"): answered, and passed on. was: STOCK
      { say: 'i didnt say i was going to do anything', reply: WHY_NUMBERS, not: STOCK },
      { say: 'whatever', reply: /^Sorry\. I know it is a lot\. I am not going anywhere\./ },
      // was: STOCK
      { say: 'thanks for nothing', reply: /^Sorry\. I know it is a lot\./, not: STOCK },
      { say: 'carry on', reply: GOAL_QUESTION, back: true },
    ],
  },
  {
    who: 'regrets saying it: take it back, delete it, feels stupid',
    opener: 'i want to kill myself',
    steps: [
      // was: STOCK
      { say: 'i shouldnt have said that', reply: /^That is OK\. I am glad you told me, and I will not make a fuss\.\nYour adviser will still see it/, not: STOCK },
      // Honest: it cannot be taken back from the adviser. was: STOCK
      { say: 'can you delete that', reply: /Your adviser will still see it, so they may get in touch\. That is only to check you are OK\./, not: STOCK },
      // was: STOCK
      { say: 'i feel so stupid now', reply: /^There is no need to feel silly\. I am glad you told me\./, not: STOCK },
      { say: 'sorry about all that', reply: /^You have nothing to be sorry for\./ },
      { say: 'can we go back', reply: GOAL_QUESTION, back: true },
    ],
  },
  {
    who: 'practical questions: the appointment, the cost, the adviser today',
    opener: WISH_TO_DIE,
    steps: [
      // was: STOCK
      { say: 'do i still need to go to my appointment tomorrow', reply: /^I cannot change your appointments\. Your adviser can help with that\.[\s\S]*I do not make any decisions about your benefits\./, not: STOCK },
      // was: STOCK
      { say: 'is it free to call', reply: NUMBERS, not: STOCK },
      // was: STOCK
      { say: 'is my adviser in today', reply: /^I have told your adviser\. A person will read it soon\.\nThey will try to get in touch\./, not: STOCK },
      // was: STOCK
      { say: 'what do i do now', reply: /^Right now, the best thing is to talk to a person\.[\s\S]*Samaritans/, not: STOCK },
      { say: 'ok', reply: /^OK\. I am here if you want to say more\./ },
    ],
  },
  {
    who: 'a joker: lol jk, just a saying',
    opener: WISH_TO_DIE,
    steps: [
      { say: 'lol jk', reply: JOKE_HEARD, not: SORRY_WRONG },
      // was: STOCK
      { say: 'its just a saying', reply: JOKE_HEARD, not: SORRY_WRONG },
      { say: 'ok', reply: /I am here/ },
      { say: 'carry on', reply: GOAL_QUESTION, back: true },
    ],
  },
  {
    who: 'says they will not do anything',
    opener: WISH_TO_DIE,
    steps: [
      { say: 'i wont do anything', reply: /^Thank you for telling me\. I am glad\.\nYour adviser will still see what you said, so they may get in touch\.\nIf you ever feel unsafe, tap Phone numbers\./, not: SORRY_WRONG },
      { say: 'honestly', reply: /I am here/ },
      { say: 'dont worry im not going to do anything', reply: /^Thank you for telling me\. I am glad\./, not: SORRY_WRONG },
      { say: 'can we carry on', reply: GOAL_QUESTION, back: true },
    ],
  },
  {
    who: 'thankful, and a bit better',
    opener: 'i want to end it all',
    steps: [
      { say: 'thanks', reply: /^You are welcome\./ },
      { say: 'thank you for listening', reply: /^You are welcome\./ },
      // was: STOCK
      { say: 'that means a lot', reply: /^You are welcome\./, not: STOCK },
      // was: STOCK
      { say: 'i feel a bit better now', reply: /^I am glad you feel a bit better\. There is no rush\./, not: STOCK },
      { say: 'carry on', reply: GOAL_QUESTION, back: true },
    ],
  },
  {
    who: 'asks who is there and what happens',
    opener: WISH_TO_DIE,
    steps: [
      { say: 'are you a robot', reply: /^I am a computer program, not a person\./ },
      { say: 'what happens now', reply: /^I have told your adviser\. A person will read it soon\.\nThey will try to get in touch\./ },
      { say: 'what would they do', reply: /^I have told your adviser what you said\. They will try to get in touch, to check you are OK\.\nYou stay in charge\./ },
      { say: 'phone numbers', reply: NUMBERS },
      { say: 'ok', reply: /I am here/ },
    ],
  },
  {
    who: 'says how they feel',
    opener: WISH_TO_DIE,
    steps: [
      // A worry: what it sounds like, and the adviser has it. was: STOCK
      { say: 'i just feel so alone', reply: /^It sounds like you have been feeling very alone\. Thank you for telling me\.\nI have passed this on to your adviser too\.\nI am still here\. Tap Phone numbers to see who you can call\./, not: STOCK },
      { say: 'im so tired', reply: /I am here/ },
      // was: STOCK
      { say: 'i dont know what to do', reply: /^Right now, the best thing is to talk to a person\./, not: STOCK },
      { say: 'ok', reply: /I am here/ },
    ],
  },
  {
    who: 'a parent in a hurry: money, the course, the school run',
    opener: 'sometimes i think my kids would be better off without me',
    steps: [
      { say: "i'd never leave them though", reply: /I am here/ },
      // was: STOCK
      { say: 'will they stop my uc if i miss the course', reply: /I do not make any decisions about your benefits\./, not: STOCK },
      { say: 'is it free to call', reply: NUMBERS },
      // was: STOCK
      { say: 'i need to go pick up the kids', reply: /^OK\. Thank you for talking to me\. I am here whenever you come back\./, not: STOCK },
    ],
  },
];

/** The checks every reply in the window gets. */
function checkWindowReply(replies: string[], step: Step): void {
  const all = text(replies);
  expect(all).toMatch(step.reply);
  if (step.not) expect(all).not.toMatch(step.not);
  expect(all).not.toMatch(NEVER);
  if (step.back) return;
  expect(all).not.toMatch(GOAL_QUESTION);
  // The way back stays on screen.
  expect(replies.at(-1)).toMatch(/\[Carry on\]/);
  // Short and plain: at most one question, and a few lines beside the numbers.
  const said = all.replace(/\[[^\]]*\]/g, '');
  expect(said.match(/\?/g)?.length ?? 0, all).toBeLessThanOrEqual(1);
  expect(said.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('- ')).length, all).toBeLessThanOrEqual(7);
}

describe(`twelve scripted clients in the safety window, on ${testProvider}`, () => {
  const { atTheGoalQuestion, clientSaid, clock, keptChatOf, sentTo } = useWindowBot({ advisers: ['Ann'] });

  it.each(CLIENTS.map((client) => [client.who, client] as const))('%s', async (_who, client) => {
    expect(client.steps.length).toBeGreaterThanOrEqual(4);
    const { user, clientId } = await atTheGoalQuestion();
    expect(text(await user.say(client.opener))).toMatch(/Samaritans/);
    for (const step of client.steps) checkWindowReply(await user.say(step.say), step);
    // Every word typed in the window is on the escalation for the adviser.
    const kept = await clientSaid(clientId);
    for (const step of client.steps.filter((each) => !each.back)) expect(kept).toContain(step.say);
  });

  it('"lol jk" drops nothing: the adviser is told, and the escalation stays open', async () => {
    const { user, clientId } = await atTheGoalQuestion();
    await user.say(WISH_TO_DIE);
    await keptChatOf('Ann').say('hello');
    const before = sentTo('Ann').length;
    expect(text(await user.say('lol jk'))).toMatch(JOKE_HEARD);
    expect(sentTo('Ann').slice(before).some((said) => said.includes('lol jk'))).toBe(true);
    expect(await clientSaid(clientId)).toEqual([WISH_TO_DIE, 'lol jk']);
  });

  it('with the danger now, "why did you send me that" gets why, no sorry, and "Are you safe right now?" again', async () => {
    const { user } = await atTheGoalQuestion();
    await user.say('ive got all my tablets here and im going to take them tonight');
    for (const typed of ['why did you send me that', 'i feel so stupid now']) {
      const replies = await user.say(typed);
      expect(text(replies)).not.toMatch(SORRY_WRONG);
      expect(text(replies)).not.toMatch(/Tap Carry on/);
      expect(replies.at(-1)).toMatch(/^Are you safe right now\? \[I am safe\] \[No\] \[Phone numbers\]$/);
    }
    expect(text(await user.say('why did you send me that'))).toMatch(/^I shared the phone numbers because I am worried about you\./);
  });

  it('"what happens now" in the evening: told, read in the morning, then they will try to get in touch', async () => {
    const at = clock.now().toISOString();
    clock.set('2026-03-04T21:00:00Z');
    try {
      const { user } = await atTheGoalQuestion();
      await user.say(WISH_TO_DIE);
      const reply = text(await user.say('what happens now'));
      expect(reply).toMatch(/^I have told your adviser\.\nNobody is at work right now\. A person will read it tomorrow at 9am\.\nThen they will try to get in touch\./);
      expect(reply).not.toMatch(NEVER);
    } finally {
      clock.set(at);
    }
  });
});
