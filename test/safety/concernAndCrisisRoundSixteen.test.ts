// Played as scripted clients through concern and crisis (December, round sixteen): learning
// English, text-speak, angry, ashamed, joking it off, long voice-to-text, a worry then a practical
// question, the offer answered with a question, back the next day. Each reply is checked: it
// answers what was typed, asks no coaching question in the window, asks the offer no more after a
// no, asks at most one question, promises no contact, and decides no benefits and names no illness.
// The mends, each marked `was:` with what it had said:
// - at the offer, "does it cost anything?" and "would they phone me? im at work till 5" are answered
//   and the offer asked again (src/bot/concernOfferAsks.ts); "yes but not by phone i have no credit"
//   is a yes, its wish on the adviser's card, and "maybe" is not deciding yet (src/bot/concernOffer.ts);
// - a worry told at length is not kept as the goal (the goal question refuses it as too long);
// - in the window: "ye im safe" after "No" to "Are you safe right now?" (src/bot/safetyWindowWords.ts),
//   "please dont tell the jobcentre", "what is adviser?" and "text only please" (src/bot/safetyWindowAsks.ts), an
//   appointment asked in the crisis message itself (src/bot/safetyWindowPlainTalk.ts), and a goal
//   typed in the window, kept until Carry on (src/bot/safetyWindowHeldAnswer.ts).
import { describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { GOAL_QUESTION, text, useWindowBot } from '../escalation/windowHarness.ts';
import { forbidden } from '../messages/forbiddenWords.ts';
import { summaryForEscalation } from '../../src/escalation/escalationSummaryFromDb.ts';

const OFFER = /Would you like your adviser to get in touch\? \[Yes, please\] \[No, thanks\] \[Carry on\]$/;
const ASKED = /I have asked your adviser to get in touch with you\./;
const NOT_AGAIN = /^OK\. I will not ask again\./;
const STOCK = /^Thank you for telling me\. I am here\./;
const SAFE_AGAIN = /Are you safe right now\?/;
const STEP_QUESTION = /Let's pick one small step you could take this week\./;
// The promise test/messages/noPromisedContact.test.ts looks for (imported, its own tests would run here too).
const PROMISE = /(?<!\b(?:if|when|whether) )\b(?:they|your adviser|someone|somebody|a person|an adviser|he|she)(?: \w+)? (?:will|would|'ll) (?:call|phone|ring|get in touch|contact)\b|\band (?:will )?get in touch\b/i;

/** One typed line: what the reply must say and must not; window: said inside the safety window. */
type Step = { say: string; reply: RegExp; not?: RegExp; window?: true; hours?: number };
type Client = { who: string; steps: Step[] };

const CLIENTS: Client[] = [
  {
    who: 'asks what it costs, then yes',
    steps: [
      { say: 'i cant cope with anything at the moment', reply: OFFER },
      // was: "That sounds really hard. Thank you for telling me." and the offer again, the question unanswered
      { say: 'does it cost anything?', reply: /^It is free\. Talking to your adviser costs you nothing\.\nWould you like your adviser/, not: /That sounds really hard/ },
      { say: 'ok go on then', reply: ASKED },
    ],
  },
  {
    who: 'text-speak: is it free tho',
    steps: [
      { say: 'everything feels pointless', reply: OFFER },
      { say: 'is it free tho', reply: /^It is free\./ },
    ],
  },
  {
    who: 'at work: would they phone me',
    steps: [
      { say: 'everything is falling apart and i feel hopeless', reply: OFFER },
      // was: "That sounds really hard. Thank you for telling me." and the offer again
      { say: 'would they phone me? im at work till 5', reply: /^I do not know if they would phone you or write to you here\.\nYour adviser can see what you write here/, not: ASKED },
      { say: 'No, thanks', reply: NOT_AGAIN },
    ],
  },
  {
    who: 'how would they contact me, then no, then low again: no nagging',
    steps: [
      { say: 'i feel like giving up on everything', reply: OFFER },
      { say: 'how would they contact me', reply: /^I do not know if they would phone you/ },
      { say: 'no thanks', reply: NOT_AGAIN },
      { say: 'i feel so low again today', reply: /Your adviser is there if you want them\./, not: OFFER },
    ],
  },
  {
    who: 'yes, but not by phone',
    steps: [
      { say: 'im really struggling and i feel so alone', reply: OFFER },
      // was: "Thank you for telling me what makes it hard." and the step question: no yes, nobody asked
      { say: 'yes but not by phone i have no credit', reply: /^Thank you\. I have told your adviser you would rather not have a phone call\.\nI have asked your adviser/ },
    ],
  },
  {
    who: 'yeah, but only after 5',
    steps: [
      { say: 'i feel like giving up to be honest', reply: OFFER },
      { say: 'yeah but only after 5, i work days', reply: /^Thank you\. I have added what you said about it for your adviser\.\nI have asked your adviser/ },
    ],
  },
  {
    who: 'in the window: text only please',
    steps: [
      { say: 'i want to end it all', reply: /Samaritans/, window: true },
      // was: STOCK
      { say: 'text only please, i work nights', reply: /^OK\. I will ask your adviser not to phone you\./, not: STOCK, window: true },
    ],
  },
  {
    who: 'maybe, perhaps',
    steps: [
      { say: 'i feel like such a failure', reply: OFFER },
      // was: "OK. Your adviser is there if you want them."
      { say: 'maybe', reply: /^That is OK\. You do not have to decide now\./ },
    ],
  },
  {
    who: 'long voice-to-text, then yes',
    steps: [
      {
        say: "so basically I've been really struggling since my mum passed away in the summer and I haven't really been sleeping and I just feel like there's no point in anything but I know I need to find a job because the rent is due next month",
        reply: OFFER,
      },
      // was: "That is a lot of words for me. Can you say it in one short sentence?" and the goal question: two questions
      { say: 'yes please', reply: /I have asked your adviser[\s\S]*What would you like to work on\?/, not: /a lot of words/ },
    ],
  },
  {
    who: 'angry, says no; ashamed of drinking',
    steps: [
      { say: 'this is fucking pointless, nobody is ever going to hire me', reply: OFFER },
      { say: 'no i dont want my adviser, just stop', reply: NOT_AGAIN },
    ],
  },
  {
    who: 'says no, back the next day, still low',
    steps: [
      { say: 'i feel worthless tbh', reply: OFFER },
      { say: 'no thanks', reply: NOT_AGAIN },
      { say: 'hi', hours: 24, reply: GOAL_QUESTION },
      { say: 'still feeling rubbish tbh', reply: /Your adviser is there if you want them\./, not: OFFER },
    ],
  },
  {
    who: 'says no, then a crisis: the window opens anyway',
    steps: [
      { say: 'i feel so low', reply: OFFER },
      { say: 'no', reply: NOT_AGAIN },
      { say: 'i want to end it all', reply: /Samaritans: call 116 123[\s\S]*I have told your adviser now\./, window: true },
    ],
  },
  {
    who: 'text-speak, danger now, idk, then ye im safe',
    steps: [
      { say: 'cant do this anymore gna end it 2nite', reply: SAFE_AGAIN, window: true },
      { say: 'idk', reply: /^Please call 999 now, or go to A&E\./, window: true },
      // was: "Are you safe right now?" again, as if nothing was said
      { say: 'ye im safe', reply: /^I am glad you are safe\./, not: SAFE_AGAIN, window: true },
    ],
  },
  {
    who: 'pills tonight, no, then yeah im safe honestly',
    steps: [
      { say: 'ive got the pills here and im taking them tonight', reply: SAFE_AGAIN, window: true },
      { say: 'no', reply: /^Please call 999 now/, window: true },
      { say: 'yeah im safe honestly', reply: /^I am glad you are safe\. If you can, please put the things/, window: true },
    ],
  },
  {
    who: 'ashamed: please dont tell the jobcentre',
    steps: [
      { say: 'i want to die. im so ashamed i cant even feed my kids', reply: /Samaritans/, window: true },
      // was: STOCK
      { say: 'please dont tell the jobcentre', reply: /^I have passed what you said to your adviser\. That is so they can check you are OK\.\nI do not make any decisions about your benefits\./, not: STOCK, window: true },
    ],
  },
  {
    who: 'learning English: what is adviser, who is samaritans',
    steps: [
      { say: 'i want kill myself, no one help me', reply: /Samaritans/, window: true },
      // was: STOCK
      { say: 'what is adviser?', reply: /^Your adviser is a real person\. They help you find work\.\nI have told them what you said/, not: STOCK, window: true },
      { say: 'what is samaritans', reply: /Samaritans: call 116 123/, window: true },
      { say: 'dont tell my work coach', reply: /^I have passed what you said to your adviser\./, window: true },
      { say: 'carry on', reply: GOAL_QUESTION },
    ],
  },
  {
    who: 'a crisis and an appointment in one message',
    steps: [
      // was: the numbers and the adviser, the appointment never answered
      { say: 'i want to die. anyway can i move my appointment on thursday', reply: /You asked about your appointment too\. I cannot change your appointments\. Your adviser can help with that\./, window: true },
    ],
  },
  {
    who: 'voice-to-text: a crisis, then do I still need to go',
    steps: [
      { say: "I just don't want to be alive anymore. Do I still need to go to my appointment tomorrow?", reply: /You asked about your appointment too\./, window: true },
    ],
  },
  {
    who: 'back the next day after a crisis',
    steps: [
      { say: 'i dont want to be here anymore', reply: /Samaritans/, window: true },
      { say: 'morning', hours: 20, reply: /^Welcome back\.[\s\S]*How are you today\?/ },
      { say: 'a bit better today', reply: /^I am glad to hear that\./ },
    ],
  },
  {
    who: 'asks for the adviser, and when',
    steps: [
      { say: 'i want to die', reply: /Samaritans/, window: true },
      { say: 'talk to my adviser', reply: /^Your adviser already knows\./, window: true },
      { say: 'when will they ring me', reply: /I do not know if or when they will phone you\./, window: true },
    ],
  },
];

describe(`concern and crisis, played as scripted clients, round sixteen, on ${testProvider}`, () => {
  const { atTheGoalQuestion, clock, db, bot } = useWindowBot({ advisers: ['Ann', 'Bob'], env: { SAFETY_WINDOW_QUIET_HOURS: '12' } });

  it.each(CLIENTS)('$who', async ({ steps }) => {
    clock.set('2026-03-04T10:00:00Z');
    const { user } = await atTheGoalQuestion();
    let declined = false;
    for (const step of steps) {
      if (step.hours) clock.advanceMinutes(step.hours * 60);
      const replies = await user.say(step.say);
      const said = text(replies);
      expect(said, step.say).toMatch(step.reply);
      if (step.not) expect(said, step.say).not.toMatch(step.not);
      if (step.window) expect(said, step.say).not.toMatch(GOAL_QUESTION);
      if (declined) expect(said, step.say).not.toMatch(OFFER);
      for (const reply of replies) expect(reply.replace(/\[[^\]]*\]/g, '').match(/\?/g)?.length ?? 0, reply).toBeLessThanOrEqual(1);
      expect(forbidden(replies)).toEqual([]);
      expect(replies.filter((reply) => PROMISE.test(reply))).toEqual([]);
      if (NOT_AGAIN.test(said)) declined = true;
    }
  });

  it('the adviser sees the words that came with the yes, with when they were said', async () => {
    clock.set('2026-03-04T10:00:00Z');
    const { user, clientId } = await atTheGoalQuestion();
    await user.say('im really struggling and i feel so alone');
    clock.advanceMinutes(3);
    await user.say('yes but not by phone i have no credit');
    const escalation = await db().escalation.findFirstOrThrow({ where: { clientId, reason: 'concern' } });
    const built = await summaryForEscalation(bot().app.services, escalation);
    expect(built?.text).toMatch(/- [^\n]*: "yes but not by phone i have no credit"/);
    expect(built?.text).toMatch(/- [^\n]*: "im really struggling and i feel so alone"/);
    // was: no word of it on the card
    expect(built?.text).toMatch(/^Phone: /m);
  });

  it('a goal typed in the window is kept, and answers the goal question after Carry on', async () => {
    clock.set('2026-03-04T10:00:00Z');
    const { user } = await atTheGoalQuestion();
    await user.say('i wish i was dead');
    // was: STOCK, and after Carry on the goal question again, the answer lost
    const kept = text(await user.say('i want a job in a warehouse'));
    expect(kept).toMatch(/^Thank you\. I have kept that for your plan\. We can go on with it when you tap Carry on\./);
    expect(kept).not.toMatch(GOAL_QUESTION);
    expect(kept).not.toMatch(/\?/);
    const back = text(await user.say('carry on'));
    expect(back).toMatch(/^Thank you for staying with me\. Let us carry on\./);
    expect(back).not.toMatch(GOAL_QUESTION);
    // The goal question took it as typed: the next question is the first step's.
    expect(back).toMatch(STEP_QUESTION);
  });

  it('words in the window that only mention work are not kept as a goal, nor texting taken as no calls', async () => {
    clock.set('2026-03-04T10:00:00Z');
    const { user } = await atTheGoalQuestion();
    await user.say('i wish i was dead');
    expect(text(await user.say('yeah but text only please, i work nights'))).not.toMatch(/kept that for your plan/);
    expect(text(await user.say('my job is fine'))).not.toMatch(/kept that for your plan/);
    // Nor is texting someone a wish not to be phoned.
    expect(text(await user.say('i only text my mum'))).not.toMatch(/not to phone you/);
    expect(text(await user.say('carry on'))).toMatch(GOAL_QUESTION);
  });
});
