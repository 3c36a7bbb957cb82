// Trust and privacy asked at "Is it OK for me to keep your answers?" (scripted clients,
// trustQuestionsClients.ts): "why should i trust you", "is this going to the jobcentre", "must i do
// this" had "Sorry, I was not clear" or "didn't catch that". Each gets a short, true answer (what
// is kept, who sees it, that no is fine), nothing is kept, and consent is asked again with its
// buttons. Over real HTTP on the database under test.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { startPlanBotOnFreshDatabase, TestClock } from '../plan/planTestBot.ts';
import { forbidden } from '../messages/forbiddenWords.ts';
import { clientByUser, joined } from './journey.ts';
import { ASKED_AT_CONSENT, CONSENT_ASKED, CONSENT_BUTTONS, NOT_HEARD } from './trustQuestionsClients.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z');

describe(`trust and privacy asked at the consent question, on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));

  const atConsent = async () => {
    const user = new ChatUser(bot);
    expect(joined(await user.say('hello'))).toMatch(CONSENT_ASKED);
    return user;
  };

  // "what if i dont want to" gets the crisis reply: the risk check's models read it alone as a wish to
  // be dead, and the wider reading of consent questions that would hear it also matches labelled crises
  // ("she decides who i can see"), so it is left to the risk check.
  const RISK_CHECK_ANSWERS = new Set(['what if i dont want to']);
  const tuned = ASKED_AT_CONSENT.filter(({ said, heldOut }) => !heldOut && !RISK_CHECK_ANSWERS.has(said)).map(({ said }) => said);
  it.each(tuned)('%j: a plain answer about the adviser, nothing kept, and consent asked again', async (said) => {
    const user = await atConsent();
    const replies = joined(await user.say(said));
    expect(replies).toMatch(/adviser/);
    expect(replies).toMatch(CONSENT_ASKED);
    expect(replies).toContain(CONSENT_BUTTONS);
    expect(replies).not.toMatch(NOT_HEARD);
    expect(replies).not.toMatch(/I have not kept anything/);
    expect(forbidden([replies])).toEqual([]);
    expect(await clientByUser(bot, user)).toBeNull();
  });

  it.each([
    ['why should i trust you', /That is a fair question\. I am a computer program\./],
    ['is this going to the jobcentre', /I do not decide anything about benefits, and I do not report to anyone about them\./],
    ['r u reporting me to the dwp', /Only your adviser can see them, or their team leader if your adviser is away\./],
    ['must i do this', /It is your choice\. You do not have to use me\./],
  ])('%j gets its own answer, and that no is fine', async (said, answer) => {
    const user = await atConsent();
    const replies = joined(await user.say(said));
    expect(replies).toMatch(answer);
    expect(replies).toMatch(/Saying no (?:is fine|will not change)/);
  });

  it('after the answer, a yes is a yes', async () => {
    const user = await atConsent();
    await user.say('y should i trust a robot');
    expect(joined(await user.say('ok fair enough yes'))).toMatch(/What would you like me to call you\?/);
    expect(await clientByUser(bot, user)).not.toBeNull();
  });

  it.each(['no i dont trust you', 'nah dont trust computers'])('%j is a no, and nothing is kept', async (said) => {
    const user = await atConsent();
    expect(joined(await user.say(said))).toMatch(/I have not kept anything you said/);
    expect(await clientByUser(bot, user)).toBeNull();
  });
});
