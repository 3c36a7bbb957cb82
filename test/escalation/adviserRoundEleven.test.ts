// Acceptance (adviser round eleven), over HTTP with the stand-in connector: sixteen advisers' ways
// of typing, played on one caseload (two clients called Tom; Jo gave the coach no name). Each line
// is one adviser: busy, in shorthand, with slips, covering a colleague, or new to the tool. What was
// found, each mended here:
// - "ack 2 and msg lee: see you thurs" was read as one ask ("I could not find that escalation"), and
//   nothing was sent: a colon kept the whole line together. Now each ask is done, in order, in one reply;
// - "agree priya and msg her: well done": "her" was taken as part of a client's name. Who "her" is, is
//   not guessed: nothing is sent, and the ask is said back with Priya's name on a button;
// - "move lee 9 to fri" (Lee has 2 steps) had "I could not find that action"; "move lee 2 to fir" had
//   "I could not read that date": neither said what to type next. Now both do, with what was typed kept;
// - "add bob: ring college by fri" for a client not in the caseload lost the adviser's words;
// - with two Toms, the "which one?" answer had no buttons: now one for each, sending the whole command;
// - with two Toms, "done tom reid" had the usage line for "sam", and "when is toms review" gave a
//   move ("move 1 review to Friday") as the example to copy;
// - "remove priya 2", "change priya 1 to apply for 5 jobs", "undo", "oops wrong client", "hi im new",
//   "ackk 2", "mvoe lee 2 to fri", "lee 2 -> fri" and "lee #2 done" each had the whole help list.
import { describe, expect, it } from 'vitest';
import { auditSubject } from '../../src/db/audit.ts';
import { caseloadKit, TestClock, useAdviserBot } from './harness.ts';

const CLIENTS = [['tomr', 'Tom Reid'], ['tomb', 'Tom Barnes'], ['priya', 'Priya Shah'], ['lee', 'Lee Wong'], ['jo', 'Jo Bloggs'], ['sam', 'Sam Okafor']] as const;
const buttonsOf = (activity: { suggestedActions?: { actions: { title: string; value: unknown }[] } }) =>
  (activity.suggestedActions?.actions ?? []).map((action) => [action.title, action.value]);

describe("sixteen advisers' ways of typing, round eleven", () => {
  // Set up on Monday 1 June 2026; the day is Monday 15 June, from 9:30am in London.
  const clock = new TestClock(new Date('2026-06-01T09:00:00Z'));
  const kit = useAdviserBot(clock);
  const { ids, client, said, told, plans, raise, statusOf } = caseloadKit(kit.bot, kit.ann);
  const db = () => kit.bot().app.database.db;
  const lastToAnn = () => kit.bot().connector.repliesTo(kit.ann().conversationId).at(-1)!;
  const stepsOf = async (key: string) => (await plans().currentPlan(ids[key]!))!.items.map((item) => [item.text, item.status, item.dueAt?.toISOString().slice(0, 10)]);
  const versionOf = async (key: string) => (await plans().currentPlan(ids[key]!))!.version;

  it('sets up the caseload: a step of theirs and an action of Ann\'s for four, and four asking for Ann', async () => {
    for (const [key, name] of CLIENTS) await client(key, name, name.split(' ')[0]!);
    await db().client.update({ where: { id: ids.jo! }, data: { displayName: null } });
    for (const key of ['priya', 'lee', 'sam', 'tomr']) {
      await plans().addGoalWithItems(ids[key]!, {
        text: 'A warehouse job',
        dueAt: null,
        items: [
          { text: 'Apply to 3 warehouses', owner: 'client', dueAt: new Date('2026-06-30T23:00:00Z') },
          { text: 'Call the college', owner: 'adviser', dueAt: new Date('2026-06-20T23:00:00Z') },
        ],
      });
    }
    clock.set('2026-06-15T08:30:00Z');
    for (const key of ['jo', 'priya', 'tomb', 'lee']) await raise(key, 'client-asked');
  });

  it('Ann, busy: "ack 2 and msg lee: see you thurs" acknowledges #2 and sends Lee the words, in one reply', async () => {
    const before = kit.bot().connector.repliesTo(kit.ann().conversationId).length;
    expect(await said('ack 2 and msg lee: see you thurs')).toMatch(
      /^Acknowledged: #2 Soon Priya: [^\n]*\n[^\n]*\n\nSent to Lee in their chat with the coach\./,
    );
    expect(kit.bot().connector.repliesTo(kit.ann().conversationId).length).toBe(before + 1);
    expect(await statusOf(2)).toBe('acknowledged');
    expect(told('lee')).toBe('A message from your adviser, Ann Patel:\n"see you thurs"\nTo answer, just type your reply.');
  });

  it.each([
    ['ack 4 then msg sam: see you thurs', 4, 'sam'],
    ['ack 1; msg jo bloggs: see you thurs', 1, 'jo'],
  ])('Bea and Cal, the same with "then" and ";": %j', async (line, number, key) => {
    expect(await said(line)).toMatch(new RegExp(`^Acknowledged: #${number} [\\s\\S]*Sent to ${key === 'jo' ? 'Jo Bloggs \\(no name given\\)' : 'Sam'} in their chat`));
    expect(await statusOf(number)).toBe('acknowledged');
    expect(told(key)).toMatch(/^A message from your adviser, Ann Patel:\n"see you thurs"/);
  });

  it('Dev, two Toms: "ack 3 and msg tom: see you thurs" acknowledges #3 and asks which Tom, the words kept to copy', async () => {
    const tomsBefore = [told('tomr'), told('tomb')];
    const reply = await said('ack 3 and msg tom: see you thurs');
    expect(reply).toMatch(/^Acknowledged: #3 Soon Tom: /);
    expect(reply).toContain('More than one client in your caseload matches "tom":');
    expect(reply).toContain('For example: "message 1: see you thurs" or "message Tom Reid: see you thurs".');
    expect([told('tomr'), told('tomb')]).toEqual(tomsBefore);
    // A button for each Tom sends the whole message: one tap, nothing typed again.
    expect(buttonsOf(lastToAnn())).toEqual([['Tom Reid', 'message 1: see you thurs'], ['Tom Barnes', 'message 2: see you thurs']]);
    expect(await said('message 2: see you thurs')).toMatch(/^Sent to Tom in their chat/);
    expect(told('tomb')).toMatch(/"see you thurs"/);
    expect(told('tomr')).toBe(tomsBefore[0]);
  });

  it('Dev again: "done tom reid" lists Tom Reid\'s open actions; "when is toms review" asks which Tom with a question to copy, not a move', async () => {
    expect(await said('done tom reid')).toBe(
      'Which of your actions for Tom? Nothing was marked done yet. Your open actions:\n- 2. Call the college, by Sunday 21 June\nTo mark one done, type: done Tom Reid 2',
    );
    await said('move tom reid review to 18 june');
    const reply = await said('when is toms review');
    expect(reply).toMatch(/^More than one client in your caseload matches "toms?":/);
    expect(reply).toContain('For example: "when is 1 review" or "when is Tom Reid review".');
    expect(buttonsOf(lastToAnn())).toEqual([['Tom Reid', 'when is 1 review'], ['Tom Barnes', 'when is 2 review']]);
    expect(await said('when is 1 review')).toBe('Tom\'s next review is Thursday 18 June. To move it, type: move Tom Reid review to Friday');
  });

  it('Eve, "agree priya and msg her: well done": agrees, sends nothing to "her", and offers the message to Priya on a button', async () => {
    const priyaBefore = told('priya');
    const reply = await said('agree priya and msg her: well done');
    expect(reply).toMatch(/^You have agreed version \d+ of Priya's plan\./);
    expect(reply).toContain('I was not sure who "her" is, so nothing was done for it. If you meant Priya, tap the button or type: msg priya: well done');
    expect(told('priya')).not.toMatch(/well done/);
    expect(priyaBefore).not.toMatch(/well done/);
    const [[title, value]] = buttonsOf(lastToAnn()) as [[string, string]];
    expect(title).toBe('Yes, do that');
    expect(await said(value)).toMatch(/^Sent to Priya in their chat/);
    expect(told('priya')).toMatch(/"well done"/);
  });

  it('Fay, "msg him: hi" with no client named before: nothing sent, and how to type it', async () => {
    expect(await said('msg him: hi')).toBe('I was not sure who "him" is, so nothing was done for it. Type it again with their name or their number from "caseload".');
  });

  it('Gus, "move lee 9 to fri": says Lee has steps 1 to 2, changes nothing, and keeps the day in the command, with the plan on a button', async () => {
    const [steps, version] = [await stepsOf('lee'), await versionOf('lee')];
    expect(await said('move lee 9 to fri')).toBe(
      'There is no step 9 in Lee\'s plan: its steps are 1 to 2. Nothing was changed.\nTo see the numbers, type "plan Lee". Then type it again, like this: move Lee 2 to fri [See Lee\'s plan]',
    );
    expect(buttonsOf(lastToAnn())).toEqual([["See Lee's plan", 'plan Lee']]);
    expect([await stepsOf('lee'), await versionOf('lee')]).toEqual([steps, version]);
  });

  it.each([
    ['move lee 2 to fir', 'fir'],
    ['move lee 2 to 31 june', '31 june'],
    ['move lee call college to fir', 'fir'],
  ])('Hal, a day typed wrong, %j: the day said back, nothing changed, and a command that works when copied', async (line, day) => {
    const version = await versionOf('lee');
    const reply = await said(line);
    expect(reply).toBe(`I could not read "${day}" as a day, so nothing was changed. Try "Friday", "next Monday" or "12 June", like this: move Lee 2 to Friday`);
    expect(await versionOf('lee')).toBe(version);
    expect(await said(reply.split('like this: ')[1]!)).toBe('Moved: "Call the college", now by Friday 19 June. They have been told.');
  });

  it.each([
    ['add bob: ring college by fri', 'add bob: ring college by fri'],
    ['msg bobs client sam: hi', 'message bobs client sam: hi'],
  ])('Ida, covering a colleague, %j: nobody of that name, nothing done, and the words kept to type again', async (line, kept) => {
    const reply = await said(line);
    expect(reply).toMatch(/^I could not find that client, "[^"]+", in your caseload\. Nothing was done\. Type "caseload" to see your clients\./);
    expect(reply.endsWith(`: ${kept}`)).toBe(true);
  });

  it.each([
    ['remove priya 2', /^I cannot take a step off a plan from here\. Nothing was changed\./],
    ["delete lee's step 1", /^I cannot take a step off a plan from here\./],
    ['how do i delete a step', /^I cannot take a step off a plan from here\./],
    ['change priya 1 to apply for 5 jobs', /^I cannot change the words of a step from here\. Nothing was changed\. You can add a step with the new words/],
  ])('Jon and Kim, new to the tool, %j: said plainly what cannot be done here and what can, nothing changed', async (line, answer) => {
    const [priya, lee] = [await versionOf('priya'), await versionOf('lee')];
    expect(await said(line)).toMatch(answer);
    expect([await versionOf('priya'), await versionOf('lee')]).toEqual([priya, lee]);
  });

  it('Lou, "change priya 1 to mon": moves her step through the plan use case (a new version, audited, Priya told)', async () => {
    const version = await versionOf('priya');
    const changed = () => db().auditEvent.count({ where: { subject: auditSubject(ids.priya!), action: 'adviser-changed-plan' } });
    const audited = await changed();
    expect(await said('change priya 1 to mon')).toBe('Moved their own step: "Apply to 3 warehouses", now by Monday 22 June. They have been told, and the coach will remind them.');
    expect(await versionOf('priya')).toBe(version + 1);
    expect(told('priya')).toMatch(/^Your adviser moved one of your steps to a new day: "Apply to 3 warehouses", now by Monday 22 June\./);
    expect(await changed()).toBe(audited + 1);
  });

  it.each(['undo', 'oops wrong client', 'cancel that'])('Max, after a slip, %j: what puts it right, and nothing more changed', async (line) => {
    const version = await versionOf('priya');
    expect(await said(line)).toBe(
      'I cannot undo a change from here. Nothing more was changed.\nTo give a step its day back, type "move", their name, the step number and the day.\nThe client was told of the change. To tell them it was a mistake, type "message", their name, then your words.',
    );
    expect(await versionOf('priya')).toBe(version);
  });

  it.each(['hi im new', 'new here, where do i start'])('Ned, first day, %j: the commands, with buttons to start from', async (line) => {
    expect(await said(line)).toMatch(/^Your invite code is \w+\.\n\nAdviser commands:/);
    expect(buttonsOf(lastToAnn()).map(([title]) => title)).toEqual(['Escalations', 'Caseload', 'Reviews this week', 'Help']);
  });

  it('Ola, slips in a hurry: "ackk 4", "mvoe sam 2 to fri", "dnoe sam 2"', async () => {
    expect(await said('ackk 4')).toMatch(/^(?:Acknowledged: #4|That escalation was acknowledged already)/);
    expect(await said('mvoe sam 2 to fri')).toBe('Moved: "Call the college", now by Friday 19 June. They have been told.');
    expect(await said('dnoe sam 2')).toBe('Marked done: "Call the college". They have been told.');
  });

  it('Pat, shorthand with the name first: "tom reid 2 -> fri", "tom reid #2 done", "esc then cl"', async () => {
    expect(await said('tom reid 2 -> fri')).toBe('Moved: "Call the college", now by Friday 19 June. They have been told.');
    expect(await said('tom reid #2 done')).toBe('Marked done: "Call the college". They have been told.');
    // The escalations keep their buttons under them, so the caseload follows as a message of its own.
    expect(await said('esc then cl')).toMatch(/^No new escalations\.[\s\S]*\[Open #1\]\nYour caseload \(6 active/);
  });

  it('Quin, three asks in one line: each done in order, one reply', async () => {
    await plans().addGoalWithItems(ids.lee!, { text: 'Forklift licence', dueAt: null, items: [{ text: 'Book the forklift course', owner: 'adviser', dueAt: new Date('2026-06-25T23:00:00Z') }] });
    const number = (await plans().currentPlan(ids.lee!))!.items.findIndex((item) => item.text === 'Book the forklift course') + 1;
    expect(await said(`move lee ${number} to mon and done priya 2 and msg sam: see you monday`)).toBe(
      [
        'Moved: "Book the forklift course", now by Monday 22 June. They have been told.',
        'Marked done: "Call the college". They have been told.',
        'Sent to Sam in their chat with the coach. What they type back in the next 3 days comes to you here.',
      ].join('\n\n'),
    );
    expect(told('sam')).toMatch(/"see you monday"/);
  });
});
