// Microsoft's Web Chat in a real Chromium, on the page the bot serves at /, talking to the same
// bot through the local Direct Line. A person's view: what the page says, typing and buttons,
// a screenshot as an artefact, and no serious or critical accessibility problems.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotUnderTest, type BotUnderTest } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import {
  botMessages,
  openChatBrowser,
  pressButton,
  seriousAccessibilityProblems,
  suggestedButtons,
  typeAnswer,
  waitForBotMessage,
  type ChatBrowser,
} from './webChatPage.ts';
import type { Page } from 'playwright-core';

const ARTIFACTS = join(process.cwd(), 'test-artifacts');
const ALWAYS_OFFERED = ['Help', 'Talk to my adviser'];

/** What a client would type to questions the coach asks; extend as the dialogs grow. */
const typedAnswers: Array<[RegExp, string]> = [
  [/what kind of job/i, 'Working in a shop'],
  [/1 to 10|how sure/i, '8'],
  [/by when|what date|which day/i, 'next Friday'],
];

/**
 * Answers whatever the coach asks next: types a known answer, else presses the first suggested
 * button that is a real answer, else types something sensible. Resolves when the coach has asked
 * its next question (every question comes with buttons).
 */
async function answerNextQuestion(page: Page): Promise<string[]> {
  const before = (await botMessages(page)).length;
  const buttons = (await suggestedButtons(page)).filter((title) => !ALWAYS_OFFERED.includes(title));
  const question = (await botMessages(page)).at(-1) ?? '';
  const typed = typedAnswers.find(([pattern]) => pattern.test(question))?.[1];
  if (typed) await typeAnswer(page, typed);
  else if (buttons.length > 0) await pressButton(page, buttons[0]!);
  else await typeAnswer(page, 'I would like to work in a shop near home');
  await waitForCoachToAsk(page, before);
  return (await botMessages(page)).slice(before);
}

const agreedPattern = /agreed to this plan today/;

/** What a client types or taps while setting a goal; the coach asks in its own order. */
const goalAnswers: Array<[RegExp, string]> = [
  [/agree to this plan/i, 'I agree to this plan'],
  [/first step by/i, 'Yes'],
  [/first step be/i, 'write down my last two jobs'],
  [/how sure|1 to 10/i, '8'],
  [/how many/i, '2'],
  [/when|by when|what date|which day/i, 'next Friday'],
  [/is that right|does that sound right|your goal/i, 'Yes'],
  [/work on|small step|what exactly/i, 'update my CV'],
];

async function answerGoalQuestion(page: Page): Promise<string[]> {
  const before = (await botMessages(page)).length;
  const question = (await botMessages(page)).at(-1) ?? '';
  const answer = goalAnswers.find(([pattern]) => pattern.test(question))?.[1];
  const buttons = (await suggestedButtons(page)).filter((title) => !ALWAYS_OFFERED.includes(title));
  if (answer) await typeAnswer(page, answer);
  else if (buttons.length > 0) await pressButton(page, buttons[0]!);
  else await typeAnswer(page, 'Yes');
  await waitForCoachToAsk(page, before);
  return (await botMessages(page)).slice(before);
}

async function waitForCoachToAsk(page: Page, seenBefore: number): Promise<void> {
  await page.waitForFunction(
    (seen) =>
      document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content').length > seen &&
      document.querySelectorAll('.webchat__suggested-actions button').length > 0,
    seenBefore,
    { timeout: 15_000 },
  );
}

describe(`the local web chat in Chromium on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: BotUnderTest;
  let browser: ChatBrowser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    database = await createEmptyDatabase();
    bot = await startBotUnderTest(database.url, { LOCAL_WEBCHAT: 'true' });
    browser = await openChatBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await bot?.stop();
    await database?.drop();
  });

  it('opens with a labelled page and the coach saying hello and asking for consent', async () => {
    const { page } = browser;
    await page.goto(`${bot.app.url}/`);
    expect(await page.title()).toBe('Chat with Action Plan Coach');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Action Plan Coach');
    await expect(page.getByRole('region', { name: 'Chat with the coach' }).count()).resolves.toBe(1);

    const texts = await waitForBotMessage(page, /Is it OK for me to keep your answers\?/);
    expect(texts.join('\n')).toMatch(/computer program, not a person/);
    expect(await suggestedButtons(page)).toEqual(expect.arrayContaining(['Yes, that is OK', 'No thanks', 'Help']));
    expect(await page.locator('#chat-status').innerText()).toMatch(/Connected/);
  });

  it('has no serious or critical accessibility problems', async () => {
    const problems = await seriousAccessibilityProblems(browser.page);
    expect(problems, JSON.stringify(problems, null, 2)).toEqual([]);
  });

  it('takes a typed "yes" with the keyboard, keeps the client with their time zone, and moves on', async () => {
    const { page } = browser;
    const before = (await botMessages(page)).length;
    await typeAnswer(page, 'yes');
    await waitForCoachToAsk(page, before);
    const after = (await botMessages(page)).slice(before);
    expect(after.join('\n')).toMatch(/Thank you\. Let us get started\./);
    expect(await page.locator('.webchat__bubble--from-user').last().innerText()).toMatch(/yes/);

    const client = await bot.app.database.db.client.findFirst({ where: { channelId: 'webchat' } });
    expect(client).toMatchObject({ consentVersion: bot.config.CONSENT_VERSION, timeZone: 'Europe/Paris' });
    expect(client!.consentedAt).toBeInstanceOf(Date);
  });

  it('goes from the welcome to a saved goal, by buttons and typing', async () => {
    const { page } = browser;
    const asked: string[] = [];
    // The self-assessment and the locus-of-control questions, until the menu offers "Set a goal".
    for (let turn = 0; turn < 80 && !(await suggestedButtons(page)).includes('Set a goal'); turn += 1) {
      asked.push(...(await answerNextQuestion(page)));
    }
    expect(await suggestedButtons(page)).toContain('Set a goal');

    const before = (await botMessages(page)).length;
    await pressButton(page, 'Set a goal');
    await waitForCoachToAsk(page, before);
    for (let turn = 0; turn < 15 && !(await botMessages(page)).some((text) => agreedPattern.test(text)); turn += 1) {
      asked.push(...(await answerGoalQuestion(page)));
    }
    await page.screenshot({ path: join(ARTIFACTS, 'webchat.png'), fullPage: true });

    expect(asked.join('\n')).not.toMatch(/Sorry, something went wrong/);
    expect((await botMessages(page)).join('\n')).toMatch(agreedPattern);
    const client = await bot.app.database.db.client.findFirst({ where: { channelId: 'webchat' } });
    const plan = await bot.app.database.db.plan.findFirst({ where: { clientId: client!.id }, orderBy: { version: 'desc' }, include: { goals: true, items: true } });
    expect(plan!.clientAgreedAt).toBeInstanceOf(Date);
    expect(plan!.goals[0]!.text).toMatch(/CV/i);
    expect(plan!.items[0]).toMatchObject({ owner: 'client', status: 'open' });
    expect(plan!.items[0]!.dueAt).toBeInstanceOf(Date);
    expect(browser.pageErrors).toEqual([]);
    const problems = await seriousAccessibilityProblems(page);
    expect(problems, JSON.stringify(problems, null, 2)).toEqual([]);
    // Forty-odd turns through a real browser: on a busy machine that takes a while.
  }, 120_000);
});
