// Drives the Playground's page the way a person would: pick a chat, type, press a button or a
// card's button. Each step waits until the bot has answered (the relay knows) and the page shows
// every message the bot sent to the open chat.
import type { Locator, Page } from 'playwright-core';
import type { TurnRelay } from './turnRelay.ts';

const BOT_MESSAGE = '.fai-OutputCard';
/** The bot's name in the Playground's settings (playgroundProcess.ts). */
const BOT_NAME = 'Action Plan Coach';
/** How long no turn may be running before a step counts as answered. */
const QUIET_MS = 250;

export type ChatName = 'Personal Chat' | 'Group Chat' | 'General';

export class PlaygroundPage {
  constructor(
    readonly page: Page,
    private readonly relay: TurnRelay,
  ) {}

  /** Opens the Playground; it installs the bot in the personal chat, which greets the person. */
  async open(url: string): Promise<string[]> {
    return this.act(async () => {
      await this.page.goto(url);
      await this.page.getByRole('textbox').last().waitFor();
      // The log panel repeats what the bot says; with it hidden, the page shows each message once.
      await this.page.getByTitle('Hide log panel').click();
    });
  }

  /** Opens a chat from the list; the first visit to the team installs the bot there. */
  async openChat(name: ChatName): Promise<void> {
    await this.page.getByRole('treeitem', { name: name === 'General' ? 'My Team - General' : name, exact: true }).click();
    await this.page.getByRole('textbox').last().waitFor();
    await this.settle();
  }

  private pageText(): Promise<string> {
    return this.page.locator('body').innerText();
  }

  /** Waits until no turn has been running for a moment. */
  private async settle(): Promise<void> {
    let quietSince = Date.now();
    await waitUntil(() => {
      if (this.relay.turnsInFlight > 0) quietSince = Date.now();
      return Date.now() - quietSince >= QUIET_MS;
    }, 'the bot to answer');
  }

  /**
   * Types a message and sends it; returns the texts of the bot's replies in that turn. In a group
   * chat, as in Teams, the bot only hears messages that @mention it.
   */
  say(text: string, options: { mentionBot?: boolean } = {}): Promise<string[]> {
    return this.act(async () => {
      await this.page.getByRole('textbox').last().click();
      if (options.mentionBot) await this.mentionBot();
      await this.page.keyboard.type(text);
      await this.page.keyboard.press('Enter');
    });
  }

  /** Starts a new post in the open team channel, @mentioning the bot. */
  post(text: string): Promise<string[]> {
    return this.act(async () => {
      await this.page.getByRole('textbox').first().click();
      await this.mentionBot();
      await this.page.keyboard.type(text);
      await this.page.getByRole('button', { name: 'Post', exact: true }).click();
    });
  }

  /** Types "@" and picks the bot from the people the Playground offers. */
  private async mentionBot(): Promise<void> {
    await this.page.keyboard.type(`@${BOT_NAME.slice(0, 3)}`);
    await this.page.getByRole('menuitem', { name: BOT_NAME }).click();
    await this.page.keyboard.type(' ');
  }

  /** Presses a suggested action under the last message. */
  press(title: string): Promise<string[]> {
    return this.act(() => this.page.getByRole('button', { name: title, exact: true }).last().click());
  }

  /** Presses a button on the last card shown (an Action.Execute comes back to the bot as an invoke). */
  pressOnCard(card: Locator, title: string): Promise<string[]> {
    return this.act(() => card.getByRole('button', { name: title, exact: true }).click());
  }

  /** The bot's messages shown in the open chat, in order. */
  botMessages(): Locator {
    return this.page.locator(BOT_MESSAGE);
  }

  async botTexts(): Promise<string[]> {
    return this.botMessages().allInnerTexts();
  }

  /**
   * Does something that makes the Playground post to the bot, waits until the bot has finished
   * every turn it started, then until the page shows what the bot sent to the open chat.
   */
  private async act(action: () => Promise<unknown>): Promise<string[]> {
    const turnsBefore = this.relay.turnsStarted;
    const repliesBefore = this.relay.replies.length;
    const shownBefore = await this.botMessages().count();
    const pageBefore = await this.pageText();
    await action();
    await waitUntil(() => this.relay.turnsStarted > turnsBefore, 'the Playground to pass it to the bot');
    // Some steps start several turns in a row (installing the app): wait until all are over.
    await this.settle();
    const sent = this.relay.replies.slice(repliesBefore).filter((reply) => reply.activity.type === 'message');
    const open = this.relay.lastConversationFromPlayground;
    const toOpenChat = sent.filter((reply) => reply.conversationId === open);
    // Chat messages are counted; channel posts look different, so there the last words are sought.
    const lastWords = lastWordsOf(toOpenChat.at(-1)?.activity.text);
    await waitUntil(
      async () =>
        (await this.botMessages().count()) >= shownBefore + toOpenChat.length ||
        (lastWords !== null && timesIn(await this.pageText(), lastWords) > timesIn(pageBefore, lastWords)),
      'the page to show the replies',
    );
    return toOpenChat.map((reply) => String(reply.activity.text ?? ''));
  }
}

/** The end of a message's last line as a page shows it (markdown escapes gone), or null. */
function lastWordsOf(text: unknown): string | null {
  const line = typeof text === 'string' ? text.replace(/\\/g, '').trim().split('\n').at(-1)!.trim() : '';
  return line ? line.slice(-30) : null;
}

function timesIn(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

export async function waitUntil(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Gave up waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
