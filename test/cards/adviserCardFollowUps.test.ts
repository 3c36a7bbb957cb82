// The two ends left by the button corpus (adviserCardButtons.test.ts, rows T5 and E8), as scripted
// presses over the real bot. An older copy of the plan card stays pressable: Done or "A week later"
// on an action that is done already changes nothing and tells the client nothing. An escalation card
// sent to an adviser in Web Chat or the Emulator (which send nothing for Action.Execute) goes, and is
// updated, with Action.Submit buttons; Teams keeps Action.Execute. A quarter of the rows are held out.
import { describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { AdviserRepository } from '../../src/db/advisers.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { raiseEscalation } from '../../src/escalation/raiseEscalation.ts';
import { validateAdaptiveCard } from '../support/adaptiveCards.ts';
import { TestClock, useAdviserBot } from '../escalation/harness.ts';
import { lastCard, pressOnCard, type Seen } from './cardPress.ts';

type Card = Record<string, any>;
const TEAMS_ANN = { name: 'Ann Patel', userKey: 'msteams:adviser-ann' };
const WEB_WEN = { name: 'Wen Li', userKey: 'webchat:adviser-wen' };
const EMU_EVE = { name: 'Eve Hart', userKey: 'emulator:adviser-eve' };
const ALREADY = /"Call the college" is done already\. Nothing was changed\./;

describe('older plan cards and escalation cards outside Teams', () => {
  const clock = new TestClock(new Date('2026-06-15T08:30:00Z')); // Monday morning in London
  const kit = useAdviserBot(clock, { env: { ADVISERS: JSON.stringify([TEAMS_ANN, WEB_WEN, EMU_EVE]) } });
  const ids: Record<string, string> = {};
  const users: Record<string, ChatUser> = {};
  const advisers: Record<string, ChatUser> = {};
  const plans = () => new PlanRepository(kit.bot().app.database.db, clock);
  const itemOf = async (key: string, text: string) => (await plans().currentPlan(ids[key]!))!.items.find((item) => item.text === text)!;
  const toClient = (key: string, pattern: RegExp) => kit.bot().connector.textsTo(users[key]!.conversationId).filter((text) => pattern.test(text)).length;
  const firstCardOf = (user: ChatUser, title: string): Card | undefined =>
    user.replies().flatMap((activity) => activity.attachments ?? []).map((a) => a.content).find((card) => JSON.stringify(card).includes(title));
  const buttonTypes = (card: Card | undefined) => new Set(JSON.stringify(card ?? {}).match(/"Action\.(Execute|Submit)"/g) ?? []);
  const onlySubmit = (card: Card | undefined) => buttonTypes(card).size === 1 && buttonTypes(card).has('"Action.Submit"') && validateAdaptiveCard(card).errors.length === 0;
  const onlyExecute = (card: Card | undefined) => buttonTypes(card).size === 1 && buttonTypes(card).has('"Action.Execute"');
  /** The last card put in place of one already in this adviser's chat (every copy is updated when anyone answers). */
  const lastUpdateTo = (user: ChatUser): Card | undefined =>
    kit.bot().connector.updated.filter((update) => update.conversationId === user.conversationId).at(-1)?.activity.attachments?.[0]?.content;

  async function clientOf(adviser: { userKey: string }, key: string, name: string): Promise<void> {
    const user = new ChatUser(kit.bot(), { userId: `client-${key}`, name });
    await user.say('hello');
    await user.say('yes');
    const db = kit.bot().app.database.db;
    const row = await db.client.findUniqueOrThrow({ where: { userKey: `emulator:${user.userId}` } });
    await db.client.update({ where: { id: row.id }, data: { displayName: name.split(' ')[0] } });
    const repo = new AdviserRepository(db);
    await repo.assignClient(row.id, (await repo.findByUserKey(adviser.userKey))!);
    [ids[key], users[key]] = [row.id, user];
  }

  it('sets up Ann (Teams), Wen (Web Chat) and Eve (Emulator), each with clients and plans', async () => {
    advisers.ann = new ChatUser(kit.bot(), { userId: 'adviser-ann', name: 'Ann Patel', channelId: 'msteams' });
    advisers.wen = new ChatUser(kit.bot(), { userId: 'adviser-wen', name: 'Wen Li', channelId: 'webchat' });
    advisers.eve = new ChatUser(kit.bot(), { userId: 'adviser-eve', name: 'Eve Hart', channelId: 'emulator' });
    for (const adviser of Object.values(advisers)) await adviser.say('hello');
    for (const [adviser, key, name] of [[TEAMS_ANN, 'lee', 'Lee Wong'], [TEAMS_ANN, 'ria', 'Ria Shah'], [WEB_WEN, 'kim', 'Kim Ross'], [EMU_EVE, 'max', 'Max Bell']] as const) {
      await clientOf(adviser, key, name);
      await plans().addGoalWithItems(ids[key]!, {
        text: 'A warehouse job',
        dueAt: null,
        items: [
          { text: 'Apply to 3 warehouses', owner: 'client', dueAt: new Date('2026-06-30T22:00:00Z') },
          { text: 'Call the college', owner: 'adviser', dueAt: new Date('2026-06-19T22:00:00Z') },
          { text: 'Ring the agency', owner: 'adviser', dueAt: new Date('2026-06-19T22:00:00Z') },
        ],
      });
    }
  });

  type Row = { id: string; heldOut?: true; what: string; expect: RegExp; press: () => Promise<Seen>; check?: () => Promise<boolean> };
  const ann = () => advisers.ann!;
  const wen = () => advisers.wen!;
  const eve = () => advisers.eve!;
  const press = (user: () => ChatUser, channel: 'teams' | 'webchat', card: () => Card | undefined, title: string, inputs?: Record<string, string>) =>
    pressOnCard(kit.bot(), user(), channel, card(), title, inputs);
  const freshPlanCard = (user: () => ChatUser, channel: 'teams' | 'webchat', name: string, title: string) => async () => {
    await user().say(`plan ${name}`);
    return press(user, channel, () => lastCard(user()), title);
  };
  const raise = (key: string) => raiseEscalation(kit.bot().app.services, { clientId: ids[key]!, trigger: 'crisis' });
  const stillDone = (key: string) => async () => {
    const item = await itemOf(key, 'Call the college');
    return item.status === 'done' && item.dueAt?.toISOString() === '2026-06-19T22:00:00.000Z' && toClient(key, /has done this: "Call the college"/) === 1 && toClient(key, /moved a step/) === 0;
  };

  const ROWS: Row[] = [
    // The plan card in Teams: an older copy pressed after the action is done.
    { id: 'F1', what: 'Teams plan card / Done (open action)', expect: /^Marked done: "Call the college"/, press: freshPlanCard(ann, 'teams', 'Lee', 'Done'), check: async () => toClient('lee', /has done this: "Call the college"/) === 1 },
    { id: 'F2', what: 'Teams plan card, older copy / Done (done already)', expect: ALREADY, press: () => press(ann, 'teams', () => firstCardOf(ann(), 'Plan: Lee'), 'Done'), check: stillDone('lee') },
    { id: 'F3', what: 'Teams plan card, older copy / A week later (done already)', expect: ALREADY, press: () => press(ann, 'teams', () => firstCardOf(ann(), 'Plan: Lee'), 'A week later'), check: stillDone('lee') },
    { id: 'F4', what: 'typed "move lee 2 to friday" (done already)', expect: ALREADY, press: async () => (await ann().say('move lee 2 to friday')).join('\n'), check: stillDone('lee') },
    { id: 'F5', heldOut: true, what: 'Web Chat plan card, older copy / A week later (done already)', expect: ALREADY, press: async () => (await freshPlanCard(wen, 'webchat', 'Kim', 'Done')(), press(wen, 'webchat', () => firstCardOf(wen(), 'Plan: Kim'), 'A week later')), check: stillDone('kim') },
    { id: 'F6', what: 'Teams plan card / A week later (open action)', expect: /^Moved: "Ring the agency"/, press: freshPlanCard(ann, 'teams', 'Lee', 'A week later'), check: async () => (await itemOf('lee', 'Ring the agency')).status === 'open' },
    // The escalation card, outside Teams and in it.
    { id: 'F7', what: 'escalation card to Web Chat: Action.Submit buttons', expect: /May not be safe/, press: async () => (await raise('kim'), JSON.stringify(lastCard(wen()))), check: async () => onlySubmit(lastCard(wen())) },
    { id: 'F8', what: 'escalation card (Web Chat) / Acknowledge', expect: /Acknowledged by Wen/i, press: () => press(wen, 'webchat', () => lastCard(wen()), 'Acknowledge') },
    { id: 'F9', what: 'escalation card (Web Chat), the copy updated after the answer', expect: /Acknowledged by Wen/i, press: async () => JSON.stringify(lastUpdateTo(wen()) ?? '(no update)'), check: async () => onlySubmit(lastUpdateTo(wen())) },
    { id: 'F10', what: 'escalation card (Web Chat) / Resolve with a note', expect: /Closed by Wen/, press: () => press(wen, 'webchat', () => lastCard(wen()), 'Resolve', { resolveNote: 'rang her, she is safe' }) },
    { id: 'F11', heldOut: true, what: "escalation card (Emulator) / I'll contact them today", expect: /Eve Hart will contact them today/, press: async () => (await raise('max'), press(eve, 'webchat', () => lastCard(eve()), "I'll contact them today")), check: async () => onlySubmit(firstCardOf(eve(), 'May not be safe')) && onlySubmit(lastUpdateTo(eve())) },
    { id: 'F12', heldOut: true, what: 'escalation card (Teams) / Acknowledge, as it was', expect: /Acknowledged by Ann/i, press: async () => (await raise('ria'), press(ann, 'teams', () => lastCard(ann()), 'Acknowledge')), check: async () => onlyExecute(lastCard(ann())) && onlyExecute(lastUpdateTo(ann())) },
  ];

  it('presses each button and tells what the adviser saw, and what the client was told', async () => {
    const results: string[] = [];
    let [tuned, tunedOk, held, heldOk] = [0, 0, 0, 0];
    for (const row of ROWS) {
      const seen = await row.press();
      const ok = row.expect.test(seen) && (!row.check || (await row.check()));
      if (row.heldOut) [held, heldOk] = [held + 1, heldOk + (ok ? 1 : 0)];
      else [tuned, tunedOk] = [tuned + 1, tunedOk + (ok ? 1 : 0)];
      results.push(`${ok ? 'PASS' : 'FAIL'} ${row.id}${row.heldOut ? '*' : ' '} ${row.what}: ${seen.replace(/\n/g, ' | ').slice(0, 160)}`);
    }
    console.log([...results, `tuning ${tunedOk}/${tuned}, held out ${heldOk}/${held}`].join('\n'));
    expect(results.filter((line) => line.startsWith('FAIL'))).toEqual([]);
  });
});
