// Acceptance (adviser play-test, play6/c items 6, 7, 10, 11 and 16), over HTTP with the stand-in
// connector: the caseload puts an urgent escalation first and says so; two clients who gave the
// same name are told apart and can be picked by number or full name; the adviser's own late
// action is theirs, not the client's; late steps and a missed review are shown; and "resume"
// says when reminders were not paused.
import { beforeAll, describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { cardTexts } from '../support/adaptiveCards.ts';
import { renderWebChatMarkdown, visibleText } from '../support/renderers.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { raiseEscalation } from '../../src/escalation/raiseEscalation.ts';
import { TestClock, useAdviserBot } from './harness.ts';

type Card = Record<string, any>;

/** Card text as Web Chat shows it (markdown rendered, escapes gone). */
const shown = (card: Card): string[] => cardTexts(card).map((text) => visibleText(renderWebChatMarkdown(text)));

/** Every TextBlock and FactSet line of a card, as "Title: value" for facts. */
function cardLines(card: Card): string[] {
  const facts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Card;
    if (record.type === 'FactSet') for (const fact of record.facts) facts.push(`${fact.title}: ${fact.value}`);
    Object.values(record).forEach(walk);
  };
  walk(card);
  return [...cardTexts(card), ...facts];
}

describe(`the adviser's caseload and plan card after the adviser play-test, on ${testProvider}`, () => {
  // Wednesday 17 June 2026, 10am in London.
  const clock = new TestClock(new Date('2026-06-17T09:00:00Z'));
  const { bot, ann, clientOfAnn } = useAdviserBot(clock);
  const ids = { priya: '', samJones: '', samOkafor: '' };

  const client = async (key: string, teamsName: string, givenName: string): Promise<string> => (await clientOfAnn(key, teamsName, givenName)).id;

  beforeAll(async () => {
    clock.set('2026-06-08T09:00:00Z'); // they joined a week and more ago
    ids.priya = await client('priya', 'Priya Shah', 'Priya');
    ids.samJones = await client('sam-jones', 'Sam Jones', 'Sam');
    ids.samOkafor = await client('sam-okafor', 'Sam Okafor', 'Sam');
    const plans = new PlanRepository(bot().app.database.db, clock);
    await plans.addGoalWithItems(ids.samOkafor, {
      text: 'Get a bus driver job',
      dueAt: new Date('2026-07-31T23:00:00Z'),
      items: [{ text: 'Apply to 3 bus companies', owner: 'client', dueAt: new Date('2026-06-11T23:00:00Z') }],
    });
    await plans.addAdviserItem(ids.samOkafor, 'ring Arriva recruitment', new Date('2026-06-10T23:00:00Z'));
    await plans.setNextReview(ids.samOkafor, new Date('2026-06-14T23:00:00Z'));
    await plans.agree(ids.samOkafor);
    clock.set('2026-06-17T09:00:00Z');
    // Priya asked for Ann first; Sam Jones said he may not be safe later.
    await raiseEscalation(bot().app.services, { clientId: ids.priya, trigger: 'client-asked' });
    clock.set('2026-06-17T09:30:00Z');
    await raiseEscalation(bot().app.services, { clientId: ids.samJones, trigger: 'crisis', safetyKinds: ['self'] });
  });

  it('lists the client with an urgent escalation first and says it is urgent, above one who only asked', async () => {
    const lines = (await ann().say('caseload')).join('\n').split('\n').filter((line) => /^\d+\. /.test(line));
    expect(lines[0]).toMatch(/^2\. Sam \(Sam Jones\): URGENT: May not be safe\. 0 late\./);
    expect(lines[0]).toMatch(/1 open escalation\./);
    expect(lines[1]).toMatch(/^1\. Priya: 0 late\./);
    expect(lines[1]).not.toMatch(/URGENT/);
  });

  it('says which clients share a name and how to choose, and opens the plan by number or full name', async () => {
    const ambiguous = (await ann().say('plan Sam')).join('\n');
    expect(ambiguous).not.toMatch(/could not find/);
    expect(ambiguous).toMatch(/More than one client in your caseload matches "Sam":/);
    expect(ambiguous).toContain('- 2. Sam (Sam Jones)');
    expect(ambiguous).toContain('- 3. Sam (Sam Okafor)');
    expect(ambiguous).toMatch(/Use their number from the caseload list, or their full name[^"]*"plan 2" or "plan Sam Jones"/);

    await ann().say('plan sam okafor');
    expect(cardTexts(ann().replies().at(-1)!.attachments[0].content)).toContain('Plan: Sam');
    await ann().say('plan 3');
    expect(cardTexts(ann().replies().at(-1)!.attachments[0].content).join('\n')).toMatch(/Apply to 3 bus companies/);
    expect((await ann().say('resume sam')).join('\n')).toMatch(/More than one client in your caseload matches "sam"[\s\S]*"resume 2"/);
  });

  it("counts only the client's own steps as late, and shows the adviser's late action as theirs", async () => {
    const caseload = (await ann().say('caseload')).join('\n');
    const okafor = caseload.split('\n').find((line) => line.startsWith('3. '))!;
    expect(okafor).toMatch(/^3\. Sam \(Sam Okafor\): 1 late\./);
    expect(okafor).toContain('Your action is late: "ring Arriva recruitment" (due Thursday 11 June).');

    // The stall card: the client's step is overdue; Ann's own action is shown apart, as hers.
    const { escalation } = await raiseEscalation(bot().app.services, { clientId: ids.samOkafor, trigger: 'actions-overdue' });
    const card = bot().connector.repliesTo(ann().conversationId).flatMap((a) => a.attachments ?? []).map((a: Card) => a.content).at(-1)!;
    const lines = cardLines(card);
    expect(lines.join('\n')).toContain(`#${escalation.number}: Sam`);
    expect(lines).toContain('Actions: 0 done, 1 open, 1 overdue');
    expect(lines).toContain('Overdue: Apply to 3 bus companies (due Friday 12 June)');
    expect(lines).toContain('Your action is late: ring Arriva recruitment (due Thursday 11 June)');
    expect(lines.filter((line) => line.startsWith('Overdue:'))).toHaveLength(1);
  });

  it('marks late steps on the plan card and a missed review on the caseload', async () => {
    await ann().say('plan 3');
    const texts = shown(ann().replies().at(-1)!.attachments[0].content);
    expect(texts).toContain('1. Apply to 3 bus companies (LATE: due Friday 12 June, 5 days ago)');
    expect(texts).toContain('2. ring Arriva recruitment (LATE: due Thursday 11 June, 6 days ago)');
    const okafor = (await ann().say('caseload')).join('\n').split('\n').find((line) => line.startsWith('3. '))!;
    expect(okafor).toContain('Review missed: it was due Monday 15 June.');
    expect(okafor).not.toContain('Review on');
  });

  it('says reminders were not paused when nothing was paused, and back on when they were', async () => {
    expect((await ann().say('resume Priya')).join(' ')).toBe('Reminders for this client were not paused, so nothing has changed.');
    // The crisis paused nothing here (raised directly); pause and resume as a crisis would.
    await bot().app.database.db.client.update({ where: { id: ids.samJones }, data: { remindersPausedAt: clock.now() } });
    expect((await ann().say('resume sam jones')).join(' ')).toBe('Reminders are back on for this client.');
    expect((await ann().say('resume 2')).join(' ')).toBe('Reminders for this client were not paused, so nothing has changed.');
  });
});
