// Every client-facing message of the client journey passes the plain-language check: the
// strings in our message files, and every text and button the bot actually sent while two
// people walked the whole journey (and one said no).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPlainLanguage } from '../plainLanguage.ts';
import { ChatUser, startBotOnFreshDatabase, type BotUnderTest } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import * as common from '../../src/messages/en/common.ts';
import * as menu from '../../src/messages/en/menu.ts';
import * as onboarding from '../../src/messages/en/onboarding.ts';
import * as selfAssessment from '../../src/messages/en/selfAssessment.ts';
import * as locus from '../../src/messages/en/locusOfControl.ts';
import { adviserRequestedMessage, adviserWithoutConsentMessage } from '../../dialogs/talkToAdviser.ts';
import { ASSESSMENT_QUESTIONS } from '../../src/domain/assessmentQuestions.ts';
import { ASSESSMENT_STEPS, progressLabel } from '../../src/domain/assessmentSteps.ts';
import { LIKERT_OPTIONS, LOCUS_STATEMENTS } from '../../src/domain/locusOfControl.ts';
import { BARRIER_ANSWER_OPTIONS, BARRIERS } from '../../src/domain/barriers.ts';
import { answerLocus, consentAndLink, externalPersona, internalPersona, joined, walkWholeJourney } from './journey.ts';

/** Every string a module exports: plain strings, arrays, records, and functions given sample words. */
function textsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const sample = (value as (...args: unknown[]) => unknown)('Sam', ASSESSMENT_STEPS[0], 'care work');
    return textsIn(sample);
  }
  if (Array.isArray(value)) return value.flatMap(textsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(textsIn);
  return [];
}

function expectPlain(texts: string[]): void {
  const failures = [...new Set(texts)]
    .map((text) => ({ text, result: checkPlainLanguage(text) }))
    .filter(({ result }) => !result.ok)
    .map(({ text, result }) => `${JSON.stringify(text)}: ${result.problems.join(' ')}`);
  expect(failures).toEqual([]);
}

describe('plain language in the client journey', () => {
  it('every exported message of the journey dialogs is plain', () => {
    const modules = { common, menu, onboarding, selfAssessment, locus, talkToAdviser: { adviserRequestedMessage, adviserWithoutConsentMessage } };
    const texts = Object.entries(modules).flatMap(([, module]) =>
      Object.entries(module)
        .filter(([name]) => name !== 'questionText' && name !== 'skipLabelFor' && name !== 'lastTimeYouSaid' && name !== 'statementMessage')
        .flatMap(([, value]) => textsIn(value)),
    );
    expect(texts.length).toBeGreaterThan(40);
    expectPlain(texts);
  });

  it('every question, button and statement the journey can show is plain', () => {
    const texts = [
      ...ASSESSMENT_QUESTIONS.map(selfAssessment.questionText),
      ...ASSESSMENT_QUESTIONS.map(selfAssessment.skipLabelFor),
      ...ASSESSMENT_STEPS.map((step, i) => selfAssessment.stepHeading(progressLabel(i), step)),
      ...LOCUS_STATEMENTS.map((s, i) => locus.statementMessage(i + 1, LOCUS_STATEMENTS.length, s.text)),
      ...LIKERT_OPTIONS.map((o) => o.label),
      ...BARRIERS.map((b) => b.label),
      ...BARRIER_ANSWER_OPTIONS.map((o) => o.label),
      ...menu.menuChoices.map((c) => c.label),
      selfAssessment.lastTimeYouSaid(['cooking', 'cleaning']),
      selfAssessment.lastTimeYouSaid(7),
      selfAssessment.lastTimeYouSaid('prefer-not-to-say'),
    ];
    expect(texts.length).toBeGreaterThan(50);
    expectPlain(texts);
  });
});

describe(`plain language in what the bot actually sent on ${testProvider}`, () => {
  let bot: BotUnderTest;

  beforeAll(async () => {
    bot = await startBotOnFreshDatabase();
  });
  afterAll(() => bot.stop());

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
    expect(sent.length).toBeGreaterThan(120);
    expectPlain(texts);
  });
});
