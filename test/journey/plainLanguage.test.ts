// Every text and button the bot actually sent while two people walked the whole journey (and one
// said no) passes the plain-language check. The messages themselves are each checked in
// test/messages/plainLanguage.test.ts; this catches what is put together at run time.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { checkPlainLanguage } from '../plainLanguage.ts';
import { ChatUser, startBotOnFreshDatabase } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { answerLocus, consentAndLink, externalPersona, internalPersona, joined, walkWholeJourney } from './journey.ts';

function expectPlain(texts: string[]): void {
  const failures = [...new Set(texts)]
    .map((text) => ({ text, result: checkPlainLanguage(text) }))
    .filter(({ result }) => !result.ok)
    .map(({ text, result }) => `${JSON.stringify(text)}: ${result.problems.join(' ')}`);
  expect(failures).toEqual([]);
}

describe(`plain language in what the bot actually sent on ${testProvider}`, () => {
  const bot = useBotUnderTest(() => startBotOnFreshDatabase());

  it('every text and button sent during two whole journeys, a refusal and a return is plain', async () => {
    const external = new ChatUser(bot, { name: 'Jo' });
    const internal = new ChatUser(bot, { name: 'Alex' });
    await walkWholeJourney(external, externalPersona);
    await walkWholeJourney(internal, internalPersona);
    await external.say('hello');
    await internal.say('hi');
    await external.say('sentences again');
    await answerLocus(external, internalPersona.locus);
    await internal.say('Update my profile');
    await internal.say('Go through it all');
    expect(joined(await internal.say('keep it'))).toMatch(/Last time you said/);
    await internal.say('help');
    await internal.say('cancel');
    const refusing = new ChatUser(bot);
    await refusing.say('hello');
    await refusing.say('talk to my adviser');
    await refusing.say('something else');
    await refusing.say('no');

    const withoutCode = new ChatUser(bot);
    await consentAndLink(withoutCode, { name: 'Skip', code: "I don't have one" });
    await withoutCode.say('cancel');

    const sent = bot.connector.caught.map((c) => c.activity).filter((a) => a.type === 'message');
    const texts = sent.flatMap((a) => [String(a.text ?? ''), ...(a.suggestedActions?.actions ?? []).map((x: { title: string }) => x.title)]);
    // Replies of one turn travel joined (src/bot/joinReplies.ts): count what was written, paragraph by paragraph.
    expect(sent.flatMap((a) => String(a.text ?? '').split(/\n\n+/)).length).toBeGreaterThan(120);
    expectPlain(texts);
  });
});
