// Every button an adviser (and a client, on their plan) is shown, pressed over the real bot the way
// the channel sends it: Teams sends Action.Execute as an adaptiveCard/action invoke; Web Chat (and the
// Emulator, which is Web Chat) sends nothing at all for Action.Execute, an Action.Submit with object
// data as a message carrying it in activity.value (no text), and a suggested action as its words.
// Each row says what the adviser should then see; a quarter of the rows are held out (not tuned on).
import { describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { AdviserRepository } from '../../src/db/advisers.ts';
import { TestClock, useAdviserBot } from '../escalation/harness.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { validateAdaptiveCard } from '../support/adaptiveCards.ts';
import { withSubmitButtons } from '../../src/cards/submitButtons.ts';
import { seedReadyClient } from '../plan/planTestBot.ts';
import { raiseEscalation } from '../../src/escalation/raiseEscalation.ts';
import { lastAnswerCard, lastCard, pressOnCard, pressSuggested, pressSuggestedAt, type Seen } from './cardPress.ts';

const TEAMS_ANN = { name: 'Ann Patel', userKey: 'msteams:adviser-ann' };
const WEB_WEN = { name: 'Wen Li', userKey: 'webchat:adviser-wen' };

describe('every button on the adviser cards does what it says, in Teams and in Web Chat', () => {
  const clock = new TestClock(new Date('2026-06-15T08:30:00Z')); // Monday morning in London
  const kit = useAdviserBot(clock, { env: { ADVISERS: JSON.stringify([TEAMS_ANN, WEB_WEN]) } });
  const ids: Record<string, string> = {};
  const users: Record<string, ChatUser> = {};
  let ann: ChatUser;
  let wen: ChatUser;
  const plans = () => new PlanRepository(kit.bot().app.database.db, clock);
  const statusOf = async (key: string, text: string) => (await plans().currentPlan(ids[key]!))!.items.find((item) => item.text === text)?.status;

  async function clientOf(adviserKey: string, key: string, name: string): Promise<void> {
    const user = new ChatUser(kit.bot(), { userId: `client-${key}`, name });
    await user.say('hello');
    await user.say('yes');
    const db = kit.bot().app.database.db;
    const row = await db.client.findUniqueOrThrow({ where: { userKey: `emulator:${user.userId}` } });
    await db.client.update({ where: { id: row.id }, data: { displayName: name.split(' ')[0] === 'Tom' ? name : name.split(' ')[0] } });
    const advisers = new AdviserRepository(db);
    await advisers.assignClient(row.id, (await advisers.findByUserKey(adviserKey))!);
    [ids[key], users[key]] = [row.id, user];
  }

  it('sets up Ann (Teams) and Wen (Web Chat), with plans, two Toms and an urgent escalation', async () => {
    ann = new ChatUser(kit.bot(), { userId: 'adviser-ann', name: 'Ann Patel', channelId: 'msteams' });
    wen = new ChatUser(kit.bot(), { userId: 'adviser-wen', name: 'Wen Li', channelId: 'webchat' });
    await ann.say('hello');
    await wen.say('hello');
    for (const [key, name] of [['lee', 'Lee Wong'], ['tomr', 'Tom Reid'], ['tomb', 'Tom Barnes']] as const) await clientOf(TEAMS_ANN.userKey, key, name);
    await clientOf(WEB_WEN.userKey, 'kim', 'Kim Ross');
    for (const key of ['lee', 'tomr', 'tomb', 'kim']) {
      await plans().addGoalWithItems(ids[key]!, {
        text: 'A warehouse job',
        dueAt: null,
        items: [
          { text: 'Apply to 3 warehouses', owner: 'client', dueAt: new Date('2026-06-30T22:00:00Z') },
          { text: 'Call the college', owner: 'adviser', dueAt: new Date('2026-06-19T22:00:00Z') },
          { text: 'Ring the agency', owner: 'adviser', dueAt: new Date('2026-06-19T22:00:00Z') },
          { text: 'Book a mock interview', owner: 'adviser', dueAt: new Date('2026-06-19T22:00:00Z') },
        ],
      });
      await plans().setNextReview(ids[key]!, new Date('2026-06-18T09:00:00Z'));
    }
  });

  type Row = { id: string; heldOut?: true; outside?: string; card: string; label: string; expect: RegExp; press: () => Promise<Seen>; check?: () => Promise<boolean> };
  const teams = () => kit.bot();
  const onPlanCard = (user: () => ChatUser, channel: 'teams' | 'webchat', opens: string, title: string, inputs?: Record<string, string>) => async () => {
    await user().say(opens);
    return pressOnCard(teams(), user(), channel, lastCard(user()), title, inputs);
  };
  const chooser = (user: () => ChatUser, typed: string, index = 0) => async () => {
    await user().say(typed);
    return pressSuggestedAt(user(), index);
  };
  const escalationCard = async (user: () => ChatUser, key: string): Promise<void> => {
    await raiseEscalation(teams().app.services, { clientId: ids[key]!, trigger: 'crisis' });
  };

  let sue: { id: string; user: ChatUser };
  const myPlanThen = (title: string, change?: string) => async () => {
    if (!sue) {
      const seeded = await seedReadyClient(kit.bot().app.database.db, { band: 'mixed', now: clock.now() });
      sue = { id: seeded.id, user: new ChatUser(kit.bot(), { userId: seeded.userId }) };
      await plans().addGoalWithItems(sue.id, { text: 'Update my CV by Friday', dueAt: null, items: [{ text: 'Update my CV', owner: 'client', dueAt: new Date('2026-06-19T22:00:00Z') }] });
      await sue.user.say('hi');
    }
    if (change) await plans().addItem(sue.id, { text: change, owner: 'client', dueAt: null }, 'adviser');
    await sue.user.say('My plan');
    return pressSuggested(sue.user, title);
  };
  const firstCardOf = (user: ChatUser, title: string) => user.replies().flatMap((activity) => activity.attachments ?? []).map((a) => a.content).find((card) => JSON.stringify(card).includes(title));
  const toldDone = (key: string) => kit.bot().connector.textsTo(users[key]!.conversationId).filter((text) => /has done this: "Call the college"/.test(text)).length;
  const ROWS: Row[] = [
    // The adviser's plan card in Teams (Action.Execute, an invoke).
    { id: 'T1', card: 'plan card (Teams)', label: 'Done', expect: /^Marked done: "Call the college"/, press: onPlanCard(() => ann, 'teams', 'plan Lee', 'Done'), check: async () => (await statusOf('lee', 'Call the college')) === 'done' },
    { id: 'T2', card: 'plan card (Teams)', label: 'A week later', expect: /^Moved: "Ring the agency"/, press: onPlanCard(() => ann, 'teams', 'plan Lee', 'A week later') },
    { id: 'T3', card: 'plan card (Teams)', label: 'Add action', expect: /^Added to their plan: "Check the bus times"/, press: onPlanCard(() => ann, 'teams', 'plan Lee', 'Add action', { actionText: 'Check the bus times', actionDue: '2026-06-22' }) },
    { id: 'T4', card: 'plan card (Teams)', label: 'Agree plan', expect: /^You have agreed to this plan/, press: onPlanCard(() => ann, 'teams', 'plan Lee', 'Agree plan') },
    // The same card in Web Chat.
    { id: 'W1', card: 'plan card (Web Chat)', label: 'Done', expect: /Marked done: "Call the college"/, press: onPlanCard(() => wen, 'webchat', 'plan Kim', 'Done'), check: async () => (await statusOf('kim', 'Call the college')) === 'done' },
    { id: 'W2', heldOut: true, card: 'plan card (Web Chat)', label: 'A week later', expect: /Moved: "Ring the agency"/, press: onPlanCard(() => wen, 'webchat', 'plan Kim', 'A week later') },
    { id: 'W5', card: 'plan card (Web Chat), an older copy', label: 'Done (already done)', expect: /already/i, press: async () => pressOnCard(teams(), wen, 'webchat', firstCardOf(wen, 'Plan: Kim'), 'Done'), check: async () => toldDone('kim') === 1 },
    { id: 'T5', outside: 'src/bot/planCardActions.ts or completeAdviserAction (src/usecases/adviserPlan.ts)', card: 'plan card (Teams), an older copy', label: 'Done (already done)', expect: /already/i, press: async () => pressOnCard(teams(), ann, 'teams', firstCardOf(ann, 'Plan: Lee'), 'Done'), check: async () => toldDone('lee') === 1 },
    { id: 'W3', card: 'plan card (Web Chat)', label: 'Add action', expect: /Added to their plan: "Check the bus times"/, press: onPlanCard(() => wen, 'webchat', 'plan Kim', 'Add action', { actionText: 'Check the bus times', actionDue: '2026-06-22' }) },
    { id: 'W4', heldOut: true, card: 'plan card (Web Chat)', label: 'Agree plan', expect: /You have agreed to this plan/, press: onPlanCard(() => wen, 'webchat', 'plan Kim', 'Agree plan') },
    // The buttons under the welcome and the help.
    { id: 'S1', card: 'help (buttons)', label: 'Escalations', expect: /escalation/i, press: async () => (await ann.say('help'), pressSuggested(ann, 'Escalations')) },
    { id: 'S2', card: 'help (buttons)', label: 'Caseload', expect: /Lee/, press: async () => (await ann.say('help'), pressSuggested(ann, 'Caseload')) },
    { id: 'S3', card: 'help (buttons)', label: 'Reviews this week', expect: /Thursday 18 June/, press: async () => (await ann.say('help'), pressSuggested(ann, 'Reviews this week')) },
    { id: 'S4', heldOut: true, card: 'help (buttons)', label: 'Help', expect: /plan/, press: async () => (await ann.say('help'), pressSuggested(ann, 'Help')) },
    // The caseload list: a plan button for each of the first three.
    { id: 'L1', card: 'caseload list', label: 'Plan: (first)', expect: /^Plan: /m, press: chooser(() => ann, 'caseload', 0) },
    { id: 'L2', card: 'caseload list', label: 'Plan: (third)', expect: /^Plan: /m, press: chooser(() => ann, 'caseload', 2) },
    // The escalations list and the escalation card.
    { id: 'E1', card: 'escalations list', label: 'Open #n', expect: /Lee/, press: async () => (await escalationCard(() => ann, 'lee'), await ann.say('escalations'), pressSuggestedAt(ann, 0)) },
    { id: 'E2', heldOut: true, card: 'escalations list', label: 'Ack #n', expect: /acknowledged/i, press: chooser(() => ann, 'escalations', 1) },
    { id: 'E3', card: 'escalation card (Teams)', label: 'View plan', expect: /^Plan: Tom Reid/, press: async () => (await escalationCard(() => ann, 'tomr'), pressOnCard(teams(), ann, 'teams', lastCard(ann), 'View plan')) },
    { id: 'E4', heldOut: true, card: 'escalation plan card (Teams)', label: 'Back to summary', expect: /Tom/, press: async () => pressOnCard(teams(), ann, 'teams', lastCard(ann), 'View plan').then(() => pressOnCard(teams(), ann, 'teams', lastAnswerCard(), 'Back to summary')) },
    { id: 'E5', heldOut: true, card: 'escalation card (Teams)', label: "I'll contact them today", expect: /contact/i, press: async () => pressOnCard(teams(), ann, 'teams', lastCard(ann), "I'll contact them today") },
    { id: 'E6', card: 'escalation card (Teams)', label: 'Acknowledge', expect: /Acknowledged by Ann/i, press: async () => (await escalationCard(() => ann, 'tomb'), pressOnCard(teams(), ann, 'teams', lastCard(ann), 'Acknowledge')) },
    { id: 'E7', card: 'escalation card (Teams)', label: 'Resolve', expect: /Closed by Ann/, press: async () => pressOnCard(teams(), ann, 'teams', lastCard(ann), 'Resolve', { resolveNote: 'rang him, he is safe' }) },
    { id: 'E8', outside: 'src/escalation/deliverEscalation.ts and sentCards.ts', card: 'escalation card (Web Chat)', label: 'Acknowledge', expect: /Acknowledged by Wen/i, press: async () => (await escalationCard(() => wen, 'kim'), pressOnCard(teams(), wen, 'webchat', lastCard(wen), 'Acknowledge')) },
    // "Which one?" choosers and the buttons under answers.
    { id: 'C1', card: 'which one? (plan)', label: 'first Tom', expect: /^Plan: Tom/m, press: chooser(() => ann, 'plan tom') },
    { id: 'C2', card: 'which one? (done)', label: 'first Tom', expect: /^Marked done/, press: chooser(() => ann, 'done tom 2') },
    { id: 'C3', card: 'which one? (when is review)', label: 'first Tom', expect: /review/i, press: chooser(() => ann, "when is tom's review") },
    { id: 'C4', heldOut: true, card: 'which one? (move review)', label: 'first Tom', expect: /review[^\n]*(moved|Friday)|Friday/i, press: chooser(() => ann, "move tom's review to friday") },
    { id: 'C5', card: 'which one? (cancel review)', label: 'first Tom, then Yes, cancel it', expect: /cancel/i, press: async () => (await chooser(() => ann, "cancel tom's review")(), pressSuggested(ann, 'Yes, cancel it')) },
    { id: 'C6', heldOut: true, card: 'which one? (message)', label: 'first Tom', expect: /sent|passed|told/i, press: chooser(() => ann, 'message tom: see you on thursday') },
    { id: 'C7', card: 'which one? (add)', label: 'first Tom', expect: /^Added to their plan/, press: chooser(() => ann, 'add tom: ring the library by friday') },
    { id: 'C8', card: 'no such step', label: "See Lee's plan", expect: /^Plan: Lee/m, press: chooser(() => ann, 'done lee 9') },
    { id: 'C9', heldOut: true, card: 'which one? (agree)', label: 'first Tom', expect: /agreed/i, press: chooser(() => ann, 'agree tom') },
    // The client's own plan: the card (no buttons on it) comes with buttons under it.
    { id: 'P1', heldOut: true, card: 'client plan (buttons)', label: 'Not yet', expect: /./, press: myPlanThen('Not yet'), check: async () => (await plans().currentPlan(sue.id))!.clientAgreedAt === null },
    { id: 'P2', card: 'client plan (buttons)', label: 'I agree to this plan', expect: /agreed to this plan today/, press: myPlanThen('I agree to this plan') },
    { id: 'P3', card: 'client plan (buttons)', label: 'Help', expect: /what you can type/i, press: myPlanThen('Help', 'Change my plan') },
    { id: 'P4', card: 'client plan (buttons)', label: 'Talk to my adviser', expect: /adviser/i, press: myPlanThen('Talk to my adviser', 'Change my plan') },
  ];

  it('presses every button and tells what the adviser saw', async () => {
    const results: string[] = [];
    const outside: string[] = [];
    let [tuned, tunedOk, held, heldOk] = [0, 0, 0, 0];
    for (const row of ROWS) {
      const seen = await row.press();
      const ok = row.expect.test(seen) && (!row.check || (await row.check()));
      if (row.heldOut) [held, heldOk] = [held + 1, heldOk + (ok ? 1 : 0)];
      else [tuned, tunedOk] = [tuned + 1, tunedOk + (ok ? 1 : 0)];
      if (row.outside && !ok) outside.push(`${row.id} (needs ${row.outside})`);
      results.push(`${ok ? 'PASS' : 'FAIL'} ${row.id}${row.heldOut ? '*' : ' '} ${row.card} / ${row.label}: ${seen.replace(/\n/g, ' | ').slice(0, 220)}`);
    }
    console.log([...results, `tuning ${tunedOk}/${tuned}, held out ${heldOk}/${held}`, `left for files outside this change: ${outside.join('; ')}`].join('\n'));
    const failed = results.filter((line) => line.startsWith('FAIL') && !outside.some((left) => line.slice(5).startsWith(left.split(' ')[0]!)));
    expect(failed).toEqual([]);
  });

  it('says a done action is done already when "done" is typed again, and tells the client once', async () => {
    const before = toldDone('tomb');
    expect((await ann.say('done tom barnes 2')).join('\n')).toMatch(/^Marked done: "Call the college"/);
    expect((await ann.say('done tom barnes 2')).join('\n')).toBe('"Call the college" is done already. Nothing was changed.');
    expect(toldDone('tomb')).toBe(before + 1);
  });

  it('answers an escalation card pressed in Web Chat once the card goes there with Action.Submit buttons', async () => {
    const card = withSubmitButtons(firstCardOf(wen, 'May not be safe')!);
    expect(validateAdaptiveCard(card).errors).toEqual([]);
    expect(await pressOnCard(teams(), wen, 'webchat', card, "I'll contact them today")).toMatch(/^Wen Li will contact them today \(said /m);
  });

  it('sends the plan card to Web Chat with Action.Submit buttons that say their verb, and to Teams as it was', async () => {
    await wen.say('plan Kim');
    const types = (card: Record<string, any>) => JSON.stringify(card).match(/"Action\.(Execute|Submit)"/g) ?? [];
    expect(new Set(types(lastCard(wen)!))).toEqual(new Set(['"Action.Submit"']));
    expect(validateAdaptiveCard(lastCard(wen)!).errors).toEqual([]);
    await ann.say('plan Lee');
    expect(new Set(types(lastCard(ann)!))).toEqual(new Set(['"Action.Execute"']));
  });
});
