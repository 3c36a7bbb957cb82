// Acceptance (adviser round six), over HTTP with the stand-in connector: an IPS employment
// specialist with eight clients plans WITH them through a Monday, typing as a busy adviser types.
// What was found:
// - "for priya: ring college fri" got the help list;
// - "add priya: ring the college tmrw" asked "By when?", with "tmrw" kept in the action's words;
// - "add priya: I'll call the employer by Friday" reached Priya as "I'll call the employer";
// - "add priya: she will apply to 2 jobs by thurs" was kept as the adviser's own action (Priya told
//   "Your adviser added a step they will do for you: she will apply ..." and never reminded);
//   "priya to apply for 2 jobs by thurs" got the help list; "add priya her action: ..." found no client;
// - "move priya ring college to mon" got the format to retype; "move priya 6 to mon" on Priya's own
//   step said "Only they can change it", though the day was agreed with her;
// - "my actions", "whats overdue on my side", "what do i owe" got the help list;
// - "agreed plan with priya" found no client "plan with priya", and "agree priya" said neither which
//   version nor whether Priya had agreed it;
// - left from round four: a bare "done priya" gave only the usage line; "ross number" dropped the s
//   and opened Rosa; resolveTarget read the visible escalations once for each run of words it tried.
import { describe, expect, it } from 'vitest';
import { AdviserRepository } from '../../src/db/advisers.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { escalationsInOrder } from '../../src/escalation/escalationsInOrder.ts';
import { resolveTarget } from '../../dialogs/adviserResolveNote.ts';
import { caseloadKit, TestClock, useAdviserBot } from './harness.ts';

const CLIENTS = [['priya', 'Priya Shah'], ['lee', 'Lee Wong'], ['dan', 'Dan Price'], ['tom', 'Tom Reid'], ['thomas', 'Thomas Green'], ['cara', 'Cara Bell'], ['jo', 'Jo Bloggs'], ['rosa', 'Rosa Lind']] as const;

describe('an IPS specialist plans with her clients, round six', () => {
  // Monday 1 June 2026 to set up; the day is Monday 15 June, from 9:30am in London.
  const clock = new TestClock(new Date('2026-06-01T09:00:00Z'));
  const kit = useAdviserBot(clock);
  const { ids, users, client, raise, said } = caseloadKit(kit.bot, kit.ann);
  const db = () => kit.bot().app.database.db;
  const plans = () => new PlanRepository(db(), clock);
  const priyaItems = async () => (await plans().currentPlan(ids.priya!))!.items;
  const toldPriya = () => kit.bot().connector.repliesTo(users.priya!.conversationId).at(-1)!.text;
  const itemNamed = async (text: string) => (await priyaItems()).find((item) => item.text === text);

  it('sets up a caseload of eight, with one late action of the adviser\'s', async () => {
    for (const [key, name] of CLIENTS) await client(key, name, name.split(' ')[0]!);
    await plans().addGoalWithItems(ids.priya!, { text: 'Warehouse job', dueAt: new Date('2026-08-31T23:00:00Z'), items: [{ text: 'Apply to 3 warehouses', owner: 'client', dueAt: new Date('2026-06-30T23:00:00Z') }] });
    await plans().addGoalWithItems(ids.lee!, { text: 'A retail job', dueAt: new Date('2026-08-31T23:00:00Z'), items: [{ text: 'Visit 3 shops', owner: 'client', dueAt: new Date('2026-06-30T23:00:00Z') }] });
    expect(await said('add lee: ring the agency by wednesday')).toBe('Added to their plan: "ring the agency", by Wednesday 3 June. They have been told.');
    clock.set('2026-06-15T08:30:00Z');
  });

  it('adds the adviser\'s own action from "for priya: ring college fri"', async () => {
    expect(await said('for priya: ring college fri')).toBe('Added to their plan: "ring college", by Friday 19 June. They have been told.');
    expect(await itemNamed('ring college')).toMatchObject({ owner: 'adviser', status: 'open' });
  });

  it('reads "tmrw" as the day, and keeps it out of the action\'s words', async () => {
    expect(await said('add priya: ring the college tmrw')).toBe('Added to their plan: "ring the college", by Tuesday 16 June. They have been told.');
  });

  it('leaves "I\'ll" off the adviser\'s own action, so the client does not read it in the adviser\'s voice', async () => {
    expect(await said("add priya: I'll call the employer by Friday")).toBe('Added to their plan: "call the employer", by Friday 19 June. They have been told.');
    expect(toldPriya()).toBe('Your adviser added a step they will do for you: "call the employer", by Friday 19 June.\nTap "My plan" to see it.');
  });

  it('adds a step the client owns, told to them as theirs and reminded to them, never to the adviser', async () => {
    expect(await said('add priya: she will apply to 2 jobs by thurs')).toBe(
      'Added to their plan as their own step: "apply to 2 jobs", by Thursday 18 June. They have been told, and the coach will remind them.',
    );
    expect(toldPriya()).toBe(
      'Your adviser added a step for you to do: "apply to 2 jobs", by Thursday 18 June.\nI will remind you. Tap "My plan" to see it.\nIf this is not right, type "change my plan" to change it or take it off, or type "talk to my adviser".',
    );
    const step = (await itemNamed('apply to 2 jobs'))!;
    expect(step).toMatchObject({ owner: 'client', status: 'open', createdBy: 'adviser' });
    const reminders = await db().reminder.findMany({ where: { itemLineageId: step.lineageId } });
    expect(reminders.length).toBeGreaterThan(0);
    expect(reminders.every((reminder) => !reminder.kind.startsWith('adviser-'))).toBe(true);
    expect(await said('priya to ring the jobcentre by thurs')).toMatch(/^Added to their plan as their own step: "ring the jobcentre", by Thursday 18 June\./);
    expect(await said('add priya her action: update her cv by mon')).toMatch(/^Added to their plan as their own step: "update my cv", by Monday 22 June\./);
    expect(await itemNamed('update my cv')).toMatchObject({ owner: 'client' });
  });

  it('moves an action named in words, and the client\'s own step by its number, as agreed with them', async () => {
    expect(await said('move priya ring college to mon')).toBe('Moved: "ring college", now by Monday 22 June. They have been told.');
    expect(await said('move priya employer to 30 june')).toBe('Moved: "call the employer", now by Tuesday 30 June. They have been told.');
    const number = (await priyaItems()).findIndex((item) => item.text === 'apply to 2 jobs') + 1;
    expect(await said(`move priya ${number} to fri`)).toBe('Moved their own step: "apply to 2 jobs", now by Friday 19 June. They have been told, and the coach will remind them.');
    expect(toldPriya()).toBe(
      'Your adviser moved one of your steps to a new day: "apply to 2 jobs", now by Friday 19 June. I will remind you.\nIf this is not right, type "change my plan" to change the day, or type "talk to my adviser".',
    );
    expect((await itemNamed('apply to 2 jobs'))!.dueAt).toEqual(new Date('2026-06-18T23:00:00Z'));
    // Two of the adviser's actions fit "college": both listed with their numbers, nothing moved.
    expect(await said('move priya college to wed')).toBe([
      'Which of your actions for Priya? Nothing was moved yet. Your open actions:',
      '- 2. ring college, by Monday 22 June',
      '- 3. ring the college, by Tuesday 16 June',
      '- 4. call the employer, by Tuesday 30 June',
      'To move one, type: move Priya 2 to wed',
    ].join('\n'));
  });

  it('lists Priya\'s open actions of the adviser\'s for a bare "done priya", and marks one done when copied', async () => {
    expect(await said('done priya')).toBe([
      'Which of your actions for Priya? Nothing was marked done yet. Your open actions:',
      '- 2. ring college, by Monday 22 June',
      '- 3. ring the college, by Tuesday 16 June',
      '- 4. call the employer, by Tuesday 30 June',
      'To mark one done, type: done Priya 2',
    ].join('\n'));
    expect(await said('done Priya 3')).toBe('Marked done: "ring the college". They have been told.');
  });

  it('lists the adviser\'s own actions across the caseload, late first, for "my actions" and "whats overdue on my side"', async () => {
    const late = '- Lee, action 2: ring the agency, by Wednesday 3 June (12 days late)';
    for (const words of ['my actions', 'what do i owe']) {
      expect(await said(words)).toBe([
        'Your actions that are late:', '', late, '',
        'Your other open actions, soonest first:', '',
        '- Priya, action 2: ring college, by Monday 22 June',
        '- Priya, action 4: call the employer, by Tuesday 30 June', '',
        'To mark one done, type: done Lee 2',
      ].join('\n'));
    }
    for (const words of ["what's overdue on my side", 'my overdue actions']) {
      expect(await said(words)).toBe(['Your actions that are late:', '', late, '', 'To mark one done, type: done Lee 2'].join('\n'));
    }
    expect(await said('done lee 2')).toBe('Marked done: "ring the agency". They have been told.');
    expect(await said('whats overdue on my side')).toBe('None of your actions is late. You have 2 open actions coming up: type "my actions" to see them.');
  });

  it('agrees a plan version from "agreed plan with priya", saying which version and whether Priya has agreed it', async () => {
    const version = (await plans().currentPlan(ids.priya!))!.version;
    expect(await said('agreed plan with priya')).toBe(
      `You have agreed version ${version} of Priya's plan. Priya has not agreed this version yet: they can agree it from "My plan" in their chat. They have been told.`,
    );
    expect(toldPriya()).toBe('Your adviser has agreed to your plan. Tap "My plan" to see it.');
    await plans().agree(ids.priya!);
    expect(await said("agree priya's plan")).toBe(`You have agreed version ${version} of Priya's plan. Priya agreed it too, on Monday 15 June at 9:30am. They have been told.`);
  });

  it('reads "tom\'s number", "toms number" and "thomas number" right, and says an unknown name back as typed', async () => {
    for (const words of ["tom's number", 'toms number', 'how do i contact toms']) expect(await said(words)).toMatch(/^How to reach Tom:\n/);
    expect(await said('thomas number')).toMatch(/^How to reach Thomas:\n/);
    for (const words of ['ross number', "ross's number"]) expect(await said(words)).toMatch(/^I could not find that client, "ross", in your caseload\./);
  });

  it('reads the visible escalations once, however many runs of words it tries as the name', async () => {
    await raise('tom', 'crisis');
    const services = kit.bot().app.services;
    const adviser = (await new AdviserRepository(db()).findByUserKey('emulator:adviser-ann'))!;
    let reads = 0;
    const visible = async () => {
      reads += 1;
      return escalationsInOrder(services, adviser.id);
    };
    const target = await resolveTarget(services, adviser, 'tom reid: spoke to him, safe', visible, async () => null);
    expect(target).toMatchObject({ escalation: { clientId: ids.tom }, note: 'spoke to him, safe' });
    expect(reads).toBe(1);
  });
});
