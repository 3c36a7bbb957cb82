// Microsoft 365 Agents Playground, Microsoft's Teams emulator, in msteams mode: two people each
// in their own Playground (a client and her adviser), both talking to the real bot, driven in
// Chromium the way they would use Teams. Screenshots of the plan card and the escalation card
// are kept in test-artifacts/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotOnFreshDatabase, type BotUnderTest } from '../support/botUnderTest.ts';
import { chromiumLaunchOptions } from '../support/chromiumFromNpm.ts';
import { testProvider } from '../support/testDatabase.ts';
import { answerAssessment, answerLocus, externalPersona, joined } from '../journey/journey.ts';
import { freePort, startPlayground, type PlaygroundPerson, type RunningPlayground } from './playground/playgroundProcess.ts';
import { PlaygroundPage } from './playground/playgroundPage.ts';
import { TurnRelay } from './playground/turnRelay.ts';
import { addedToSharedChat, movedToPrivateChat, privateChatOpened } from '../../src/messages/en/sharedChats.ts';

const ARTIFACTS = join(process.cwd(), 'test-artifacts');
const MEGAN: PlaygroundPerson = { id: 'client-megan', name: 'Megan Bowen' };
const PRIYA: PlaygroundPerson = { id: 'adviser-priya', name: 'Priya Patel' };

/** What Megan types or taps while setting a goal; the coach asks in its own order. */
const goalAnswers: Array<[RegExp, string]> = [
  [/agree to this plan/i, 'I agree to this plan'],
  [/first step by/i, 'Yes'],
  [/smaller first step|first step be/i, 'ring one care agency'],
  [/how sure|1 to 10/i, '8'],
  [/how many/i, '2'],
  [/which job/i, 'Care worker'],
  [/is that right|does that sound right|your goal/i, 'Yes'],
  [/when could you|by when|what date|which day/i, 'Friday'],
  [/small step|work on|what exactly/i, 'apply for care jobs'],
];

interface Person {
  playground: RunningPlayground;
  relay: TurnRelay;
  chat: PlaygroundPage;
}

describe(`Teams in Microsoft 365 Agents Playground, on ${testProvider}`, () => {
  let bot: BotUnderTest;
  let browser: Browser;
  let megan: Person;
  let priya: Person;

  async function openPlayground(person: PlaygroundPerson, other: PlaygroundPerson): Promise<Person> {
    const relay = await new TurnRelay(`${bot.app.url}/api/messages`).start();
    const playground = await startPlayground({ botEndpoint: relay.botEndpointUrl, serviceUrl: relay.serviceUrl, person, others: [other], port: await freePort() });
    relay.connectTo(playground.connectorUrl);
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, timezoneId: 'Europe/London', locale: 'en-GB' });
    return { playground, relay, chat: new PlaygroundPage(page, relay) };
  }

  /** The newest card on the page, once it shows the given words. */
  async function cardShowing(person: Person, words: RegExp): Promise<Locator> {
    const card = person.chat.page.locator('.ac-adaptiveCard').filter({ hasText: words }).last();
    await card.waitFor({ timeout: 20_000 });
    return card;
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    bot = await startBotOnFreshDatabase({ ADVISERS: JSON.stringify([{ name: PRIYA.name, userKey: `msteams:${PRIYA.id}`, role: 'lead' }]) });
    browser = await chromium.launch(await chromiumLaunchOptions());
    megan = await openPlayground(MEGAN, PRIYA);
    priya = await openPlayground(PRIYA, MEGAN);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    for (const person of [megan, priya]) {
      await person?.playground.stop();
      await person?.relay.stop();
    }
    await bot?.stop();
  });

  it('takes a client from the welcome to her plan, shown as a card in her personal chat', async () => {
    const chat = megan.chat;
    expect(joined(await chat.open(megan.playground.url))).toMatch(/computer program, not a person[\s\S]*Is it OK for me to keep your answers\?/);
    expect(joined(await chat.say('hi'))).toMatch(/Hi there!\s*[\s\S]*Is it OK for me to keep your answers\?/);
    expect(joined(await chat.press('Yes, that is OK'))).toMatch(/What would you like me to call you\?/);
    expect(joined(await chat.say('Megan'))).toMatch(/Did your adviser give you a code\?/);
    const { inviteCode } = await bot.app.database.db.adviser.findUniqueOrThrow({ where: { userKey: `msteams:${PRIYA.id}` } });
    expect(joined(await chat.say(inviteCode))).toMatch(/Step 1 of 8/);
    await answerAssessment(chat, externalPersona);
    const afterLocus = await answerLocus(chat, externalPersona.locus);
    expect(joined(afterLocus)).toMatch(/What would you like to do\?/);

    let said = await chat.press('Set a goal');
    for (let turn = 0; turn < 15 && !/added it to your plan/.test(joined(said)); turn += 1) {
      const question = said.at(-1) ?? '';
      const answer = goalAnswers.find(([pattern]) => pattern.test(question))?.[1];
      if (!answer) throw new Error(`No answer for: ${question}`);
      said = await chat.say(answer);
    }
    expect(joined(said)).toMatch(/added it to your plan/);
    expect(joined(await chat.press('I agree to this plan'))).toMatch(/agreed/);
    await chat.press('My plan');
    const card = await cardShowing(megan, /What you will do/);
    await expect(card.innerText()).resolves.toMatch(/Care worker[\s\S]*What you will do/);
    await card.screenshot({ path: join(ARTIFACTS, 'playground-plan-card.png') });
  }, 300_000);

  it('sends the adviser the escalation card in her personal chat, and its buttons work', async () => {
    await priya.chat.open(priya.playground.url);
    const crisis = await megan.chat.say('I just want to kill myself');
    expect(joined(crisis)).toMatch(/Samaritans|116 123|999/);

    const card = await cardShowing(priya, /URGENT/);
    await expect(card.innerText()).resolves.toMatch(/Megan/);
    await card.screenshot({ path: join(ARTIFACTS, 'playground-escalation-card.png') });
    await priya.chat.pressOnCard(card, 'Acknowledge');
    const updated = await cardShowing(priya, /Acknowledged by Priya Patel/);
    await expect(updated.getByRole('button', { name: 'Acknowledge', exact: true }).count()).resolves.toBe(0);
    await priya.chat.pressOnCard(updated, 'View plan');
    await cardShowing(priya, /Plan: Megan/);
  }, 120_000);

  it('in the team channel and the group chat, says only a short note and talks in the personal chat', async () => {
    await megan.chat.openChat('General');
    await expect(megan.chat.page.getByText(addedToSharedChat).count()).resolves.toBeGreaterThan(0);
    expect(await megan.chat.post('my plan')).toEqual([movedToPrivateChat]);
    await priya.chat.openChat('General');
    expect(await priya.chat.post('caseload')).toEqual([movedToPrivateChat]);
    await megan.chat.openChat('Group Chat');
    expect(await megan.chat.say('hi', { mentionBot: true })).toEqual([movedToPrivateChat]);

    for (const person of [megan, priya]) {
      const shared = person.relay.replies.filter((reply) => reply.activity.conversation?.conversationType !== 'personal');
      expect(shared.length).toBeGreaterThan(0);
      for (const reply of shared) {
        const { text, attachments } = reply.activity;
        expect(JSON.stringify({ text, attachments })).not.toMatch(/Care worker|kill|URGENT|Step 1 of 8|Is it OK|Megan Bowen|caseload/i);
        expect(reply.activity.suggestedActions).toBeUndefined();
      }
    }
    // The bot opened the personal chat (the Playground gives back the one it has) and wrote there.
    await megan.chat.openChat('Personal Chat');
    await expect(megan.chat.botMessages().filter({ hasText: privateChatOpened }).count()).resolves.toBe(2);
  }, 120_000);
});
