// Acceptance (issue 16, item 1), over HTTP with the stand-in connector: an adviser adds an action
// to a client's plan from the plan card (Action.Execute) and by typing, moves it, marks it done
// and agrees the plan; the client is told each time and "My plan" shows the adviser's actions;
// nobody else can do any of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { cardTexts as rawCardTexts, validateAdaptiveCard } from '../support/adaptiveCards.ts';
import { renderWebChatMarkdown, visibleText } from '../support/renderers.ts';
import { AdviserRepository } from '../../src/db/advisers.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { buildPlanCard } from '../../src/cards/planCard.ts';
import { planCardWords as PLAN_CARD_WORDS } from '../../src/messages/en/planCard.ts';
import { startEscalationBot, TestClock } from './harness.ts';

type Bot = Awaited<ReturnType<typeof startEscalationBot>>;
type Card = Record<string, any>;
/** Card text as Web Chat shows it (markdown rendered, escapes gone; its curly quotes made straight). */
const cardTexts = (card: Card): string[] =>
  rawCardTexts(card).map((text) => visibleText(renderWebChatMarkdown(text)).replace(/[“”]/g, '"').replace(/[‘’]/g, "'"));

describe(`an adviser changes a client's plan from Teams, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: Bot;
  const clock = new TestClock(new Date('2026-03-04T10:00:00Z')); // Wednesday, 10am in London
  let ann: ChatUser;
  let bob: ChatUser;
  let cara: ChatUser;
  let clientId: string;

  const plans = () => new PlanRepository(bot.app.database.db, clock);
  async function press(who: ChatUser, verb: string, data: Record<string, unknown>): Promise<Card> {
    const response = await bot.post(who.activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data } } }));
    expect(response.status).toBe(200);
    return (await response.json()).value;
  }
  const told = (): string[] => bot.connector.textsTo(cara.conversationId);
  const itemNamed = async (text: string) => (await plans().currentPlan(clientId))!.items.find((item) => item.text === text)!;

  beforeAll(async () => {
    database = await createEmptyDatabase();
    bot = await startEscalationBot(database.url, clock, {
      ADVISERS: JSON.stringify([
        { name: 'Ann Adviser', userKey: 'emulator:adviser-ann' },
        { name: 'Bob Adviser', userKey: 'emulator:adviser-bob' },
      ]),
    });
    ann = new ChatUser(bot, { userId: 'adviser-ann', name: 'Ann Adviser' });
    bob = new ChatUser(bot, { userId: 'adviser-bob', name: 'Bob Adviser' });
    cara = new ChatUser(bot, { name: 'Cara' });
    await ann.say('hello');
    await bob.say('hello');
    await cara.say('hello');
    await cara.say('yes');
    const db = bot.app.database.db;
    const row = await db.client.findUniqueOrThrow({ where: { userKey: `emulator:${cara.userId}` } });
    clientId = row.id;
    await db.client.update({ where: { id: clientId }, data: { displayName: 'Cara' } });
    await new AdviserRepository(db).assignClient(clientId, (await new AdviserRepository(db).findByUserKey('emulator:adviser-ann'))!);
    await plans().addGoalWithItems(clientId, {
      text: 'Apply for 2 cleaning jobs by Friday 13 March',
      dueAt: new Date('2026-03-13T00:00:00Z'),
      items: [{ text: 'Update my CV', owner: 'client', dueAt: new Date('2026-03-06T00:00:00Z') }],
    });
    await plans().agree(clientId);
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  it('shows the adviser the plan as a card with buttons when they type "plan Cara"', async () => {
    await ann.say('plan Cara');
    const card = ann.replies().at(-1)!.attachments[0].content;
    expect(validateAdaptiveCard(card).errors).toEqual([]);
    expect(cardTexts(card)).toContain('1. Update my CV (to do, by Friday 6 March)');
    expect(card.actions.map((action: Card) => action.title)).toEqual(['Add action', 'Agree plan']);
  });

  it('adds an action from the card; the client is told and sees it in My plan', async () => {
    const card = await press(ann, 'plan.addItem', { clientId, actionText: 'Better-off calculation', actionDue: '2026-03-11' });
    expect(validateAdaptiveCard(card).errors).toEqual([]);
    expect(cardTexts(card)[0]).toBe('Added to their plan: "Better-off calculation", by Wednesday 11 March. They have been told.');
    expect(cardTexts(card)).toContain('2. Better-off calculation (to do, by Wednesday 11 March)');
    expect(told().at(-1)).toBe('Your adviser added a step they will do for you: "Better-off calculation", by Wednesday 11 March.\nTap "My plan" to see it.');

    const { fallbackText } = buildPlanCard((await plans().currentPlan(clientId))!, { now: clock.now(), timeZone: 'Europe/London' });
    expect(fallbackText).toContain(`${PLAN_CARD_WORDS.adviserItems}:\n- Better-off calculation (To do. By Wednesday 11 March)`);
  });

  // Play-testing as advisers (round six): a request without a day, or with a day gone, had saved an action with no day.
  it('adds nothing from the card without a day from today', async () => {
    const before = (await plans().currentPlan(clientId))!.items.length;
    for (const actionDue of ['', '2026-03-01']) {
      const card = await press(ann, 'plan.addItem', { clientId, actionText: 'No day given', actionDue });
      expect(cardTexts(card)[0]).toBe('Please choose a day for your action: today or a later day. Nothing was added.');
    }
    expect((await plans().currentPlan(clientId))!.items.length).toBe(before);
  });

  it('adds, moves and completes by typing or by button, and tells the client each time', async () => {
    expect((await ann.say('add Cara: ring the college about courses by Friday')).join(' ')).toBe(
      'Added to their plan: "ring the college about courses", by Friday 6 March. They have been told.',
    );
    const college = await itemNamed('ring the college about courses');
    expect(college).toMatchObject({ owner: 'adviser', status: 'open' });

    const later = await press(ann, 'plan.itemLater', { clientId, lineageId: (await itemNamed('Better-off calculation')).lineageId });
    expect(cardTexts(later)[0]).toMatch(/Moved: "Better-off calculation", now by Wednesday 18 March/);
    expect(told().at(-1)).toBe('Your adviser moved a step to a new day: "Better-off calculation", now by Wednesday 18 March.');

    const done = await press(ann, 'plan.itemDone', { clientId, lineageId: college.lineageId });
    expect(cardTexts(done)[0]).toMatch(/Marked done: "ring the college about courses"/);
    expect((await itemNamed('ring the college about courses')).status).toBe('done');
    expect(told().at(-1)).toMatch(/Your adviser has done this: "ring the college about courses"/);
    expect((await ann.say('add Cara: something by the twelfth of never')).join(' ')).toMatch(/could not read that date/);
    // Play-testing as advisers, round seven: a day said without "by" had stayed in the words, undated.
    expect((await ann.say('add Cara: send her 3 warehouse vacancies tomorrow')).join(' ')).toMatch(/"send her 3 warehouse vacancies", by Thursday 5 March/);
    const vacancies = await itemNamed('send her 3 warehouse vacancies');
    expect(vacancies.dueAt).not.toBeNull();
    // Done, so the reminder test below counts only its own action.
    await press(ann, 'plan.itemDone', { clientId, lineageId: vacancies.lineageId });
  });

  it('agrees the plan as the adviser, and the client is told', async () => {
    const card = await press(ann, 'plan.agree', { clientId });
    expect(cardTexts(card)[0]).toBe('You have agreed to this plan. They have been told.');
    expect(card.actions.map((action: Card) => action.title)).toEqual(['Add action']);
    expect((await plans().currentPlan(clientId))!.adviserAgreedAt).toEqual(clock.now());
    expect(told().at(-1)).toBe('Your adviser has agreed to your plan. Tap "My plan" to see it.');

    // The client agrees too (as "I agree to this plan" does), and the plan card shows both agreements with their day.
    await plans().agree(clientId);
    const shown = buildPlanCard((await plans().currentPlan(clientId))!, { now: clock.now(), timeZone: 'Europe/London' }).card as Card;
    expect(cardTexts(shown).join('\n')).toMatch(/You agreed to it on [^.]*\. Your adviser agreed to it on Wednesday 4 March at 10am\./);
  });

  it("reminds the adviser, not the client, of the adviser's own action on its day and the day after", async () => {
    await ann.say('add Cara: do a better-off calculation by Monday');
    const action = await itemNamed('do a better-off calculation');
    expect(action.owner).toBe('adviser');
    const before = { ann: bot.connector.textsTo(ann.conversationId).length, cara: told().length };
    clock.set('2026-03-09T10:00:30Z'); // Monday, 10am in London
    await bot.app.reminders.tick(clock.now());
    clock.set('2026-03-10T10:00:30Z');
    await bot.app.reminders.tick(clock.now());
    const toAnn = bot.connector.textsTo(ann.conversationId).slice(before.ann);
    expect(toAnn).toEqual([
      expect.stringMatching(/^Your action for Cara is due today: do a better-off calculation/),
      expect.stringMatching(/^Your action for Cara was due Monday 9 March: do a better-off calculation/),
    ]);
    expect(told().slice(before.cara).join('\n')).not.toMatch(/better-off/);
    // Play-tested: the client's "done" just after had marked the adviser's reminded action done.
    await cara.say('done');
    expect((await itemNamed('do a better-off calculation')).status).toBe('open');
    clock.set('2026-03-04T10:00:00Z');
  });

  it('lets nobody else change the plan: not the client, not another adviser', async () => {
    const before = (await plans().currentPlan(clientId))!.items.length;
    expect(cardTexts(await press(cara, 'plan.addItem', { clientId, actionText: 'Sneaky', actionDue: '2026-03-11' }))).toEqual([
      'Sorry, only an adviser set up here can do that.',
    ]);
    expect(cardTexts(await press(bob, 'plan.agree', { clientId }))).toEqual(['Sorry, this client is not in your caseload.']);
    expect((await bob.say('add Cara: sneaky by Friday')).join(' ')).toMatch(/could not find that client/);
    await cara.say('add Cara: sneaky by Friday');
    expect((await plans().currentPlan(clientId))!.items).toHaveLength(before);
  });

  // Play-testing as advisers: "cadence cara 7" had left a review already set two weeks off.
  it('a new review cadence moves the review already set, with its reminder, and the client is told', async () => {
    clock.set('2026-03-04T10:00:00Z');
    await plans().setNextReview(clientId, new Date('2026-03-18T00:00:00Z'));
    const reply = (await ann.say('cadence Cara 7')).join(' ');
    expect(reply).toMatch(/every 7 days\. Their next review is now Wednesday 11 March\./);
    expect((await plans().currentPlan(clientId))!.nextReviewAt!.toISOString()).toBe('2026-03-11T00:00:00.000Z');
    expect(told().at(-1)).toMatch(/Your adviser changed how often we look at your plan together\. The next time is Wednesday 11 March\./);
    const reviewReminders = await bot.app.database.db.reminder.findMany({ where: { clientId, kind: 'review-due', status: 'pending' } });
    expect(reviewReminders.length).toBeGreaterThan(0);
    for (const reminder of reviewReminders) expect(reminder.sendAt.getTime()).toBeLessThan(new Date('2026-03-12T00:00:00Z').getTime());
    const cara = await bot.app.database.db.client.findUniqueOrThrow({ where: { id: clientId } });
    expect(cara.reviewCadenceDays).toBe(7);
  });
});
