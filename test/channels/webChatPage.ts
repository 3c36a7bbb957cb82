// Drives Microsoft's Web Chat in Chromium (from npm, see chromiumFromNpm.ts) the way a person
// would: read what the bot says, type an answer or press a suggested button.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../support/chromiumFromNpm.ts';

export interface ChatBrowser {
  context: BrowserContext;
  page: Page;
  /** Errors the page logged or threw, including refusals by its Content Security Policy. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openChatBrowser(): Promise<ChatBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'coach-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...(await chromiumLaunchOptions()),
    viewport: { width: 420, height: 860 },
    timezoneId: 'Europe/Paris',
    locale: 'en-GB',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) pageErrors.push(`${response.status()} ${response.url()}`);
  });
  return {
    context,
    page,
    pageErrors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The texts of every bot message shown so far, in order. */
export async function botMessages(page: Page): Promise<string[]> {
  return page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content').allInnerTexts();
}

/** Waits until the page shows a bot message matching the pattern, and returns all bot texts. */
export async function waitForBotMessage(page: Page, pattern: RegExp, timeout = 15_000): Promise<string[]> {
  await page.waitForFunction(
    ({ source, flags }) => {
      const re = new RegExp(source, flags);
      const bubbles = document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content');
      return Array.from(bubbles).some((bubble) => re.test((bubble as HTMLElement).innerText));
    },
    { source: pattern.source, flags: pattern.flags },
    { timeout },
  );
  return botMessages(page);
}

/** Waits until more bot messages are shown than `count`, and returns them all. */
export async function waitForMoreBotMessages(page: Page, count: number, timeout = 15_000): Promise<string[]> {
  await page.waitForFunction(
    (seen) => document.querySelectorAll('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content').length > seen,
    count,
    { timeout },
  );
  return botMessages(page);
}

/** The suggested-action buttons on offer now. */
export async function suggestedButtons(page: Page): Promise<string[]> {
  return page.locator('.webchat__suggested-actions button').allInnerTexts();
}

/** Types into Web Chat's send box and presses Enter, as someone using only a keyboard would. */
export async function typeAnswer(page: Page, text: string): Promise<void> {
  const box = page.getByRole('textbox').last();
  await box.click();
  await box.fill(text);
  await box.press('Enter');
}

export async function pressButton(page: Page, title: string): Promise<void> {
  await page.locator('.webchat__suggested-actions button', { hasText: title }).first().click();
}

/** Runs axe-core in the page and returns the serious and critical violations. */
export async function seriousAccessibilityProblems(page: Page): Promise<Array<{ id: string; impact: string; help: string; nodes: string[] }>> {
  const axeSource = readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol: the page's own policy rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n: any) => String(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
