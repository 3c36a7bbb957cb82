// Acceptance (adviser round ten), over HTTP with the stand-in connector: five advisers' ways of
// typing, played on one caseload (Jo gave the coach no name). What was found, each mended here:
// - every answer naming Jo ended with how to reach her, even "Sent to Jo Bloggs" just after Ann
//   messaged her: now it is said once in a working day, and not once Ann has messaged her;
// - "add a step for priya: update her cv" was kept as Ann's own action, not Priya's step;
// - the help list did not say "reviews next week" or that several reviews cancel in one line, and
//   every example in it now works when copied;
// - shorthand ("esc", "cl", "od", "rev nxt wk"), a colleague's caseload ("im covering for bob",
//   "bobs caseload") and a new starter's "how do i cancel a review" had the whole help list;
// - an adviser who only taps had no button to start from: the welcome, the help and the
//   escalations list now have buttons, each sending words that work;
// - "add a step for priya update her cv by fri" (no colon) and "add a step for 3" had the usage
//   for an action of the adviser's own; two adds in one line were added as one step;
// - "how do i contact jo" said "type: message their number in your caseload: your words".
import { describe, expect, it } from 'vitest';
import { caseloadKit, TestClock, useAdviserBot } from './harness.ts';

const CLIENTS = [['tom', 'Tom Reid'], ['priya', 'Priya Shah'], ['lee', 'Lee Wong'], ['jo', 'Jo Bloggs'], ['sam', 'Sam Okafor']] as const;
const buttonsOf = (activity: { suggestedActions?: { actions: { title: string; value: unknown }[] } }) =>
  (activity.suggestedActions?.actions ?? []).map((action) => [action.title, action.value]);
const JO_REACH =
  'How to reach Jo Bloggs (no name given):\nOnly through the coach, in the Bot Framework Emulator: no phone or email is held.\nTo send them a message there, type: message Jo Bloggs: your words';

describe("five advisers' ways of typing, round ten", () => {
  // Set up on Monday 1 June 2026; the day is Monday 15 June, from 9:30am in London.
  const clock = new TestClock(new Date('2026-06-01T09:00:00Z'));
  const kit = useAdviserBot(clock);
  const { ids, client, said, told, plans, raise } = caseloadKit(kit.bot, kit.ann);
  const db = () => kit.bot().app.database.db;

  it('sets up the caseload: reviews on Thursday 18 June, Jo and Priya asking for Ann', async () => {
    for (const [key, name] of CLIENTS) await client(key, name, name.split(' ')[0]!);
    await db().client.update({ where: { id: ids.jo! }, data: { displayName: null } });
    for (const key of ['priya', 'lee', 'jo', 'sam']) {
      await plans().addGoalWithItems(ids[key]!, { text: 'A warehouse job', dueAt: null, items: [{ text: 'Apply to 3 warehouses', owner: 'client', dueAt: new Date('2026-06-30T23:00:00Z') }] });
      await said(`move ${key === 'jo' ? 'Jo Bloggs' : key} review to 18 june`);
    }
    clock.set('2026-06-15T08:30:00Z');
    await raise('jo', 'client-asked');
    await raise('priya', 'client-asked');
  });

  it('says how to reach Jo once in the day, not under every answer, and not after Ann messaged her', async () => {
    expect(await said('caseload')).toContain(`\n\n${JO_REACH}`);
    expect(await said('escalations')).not.toMatch(/How to reach/);
    const sent = await said('msg jo bloggs: can you come in on tuesday?');
    expect(sent).toMatch(/^Sent to Jo Bloggs \(no name given\) in their chat with the coach\./);
    expect(sent).not.toMatch(/How to reach/);
    expect(await said('what did jo bloggs say')).not.toMatch(/How to reach/);
    // The next morning, the first list naming her says it again, unless Ann messaged her since.
    clock.set('2026-06-16T08:30:00Z');
    expect((await said('reviews this week')).endsWith(`\n\n${JO_REACH}`)).toBe(true);
    expect(await said('whos quiet')).not.toMatch(/How to reach/);
  });

  it('takes "add a step for priya: ..." as Priya\'s own step, told to her in her words, and "I\'ll ..." as Ann\'s', async () => {
    expect(await said('add a step for priya: update her cv by fri')).toBe(
      'Added to their plan as their own step: "update my cv", by Friday 19 June. They have been told, and the coach will remind them.',
    );
    expect(told('priya')).toMatch(/^Your adviser added a step for you to do: "update my cv", by Friday 19 June\./);
    const plan = await plans().currentPlan(ids.priya!);
    expect(plan!.items.find((item) => item.text === 'update my cv')!.owner).toBe('client');
    expect(await said("add a task for priya: I'll ring the college by fri")).toMatch(/^Added to their plan: "ring the college", by Friday 19 June\./);
  });

  it('lists "reviews next week" and cancelling several reviews in one line in the help, urgent things first', async () => {
    const help = await said('help');
    expect(help).toMatch(/^Your invite code is \w+\.\n\nAdviser commands:\n\n- escalations: /);
    expect(help).toContain('"reviews due", "reviews this week" or "reviews next week"');
    expect(help).toContain('"cancel Sam and Lee reviews" calls off several in one go');
    expect(help).toContain('"add a step for Sam: update her CV by Friday"');
  });

  it.each([
    ['esc', /^New escalations, not acknowledged yet, most urgent first:/],
    ['cl', /^Your caseload \(5 active/],
    ['how do i see my clients', /^Your caseload \(5 active/],
    ['od', /^(?:Clients with a late step|Nobody)/],
    ['rev nxt wk', /^(?:Reviews next week|No reviews next week)/],
    ['revs this wk', /^(?:Reviews|No reviews)/],
  ])('reads the shorthand %j', async (words, answer) => {
    expect(await said(words)).toMatch(answer);
  });

  it.each(['im covering for bob', "bob's caseload", 'show me bobs clients', "i'm looking after bob hughes caseload while he's away"])(
    'says honestly what it can do for a colleague\'s caseload: %j',
    async (words) => {
      expect(await said(words)).toMatch(/^I can only show you your own clients, so I cannot show a colleague's caseload\./);
    },
  );

  it.each([
    ['how do i add a step for a client', /^Here is how:\n\n- "add Sam call the college by Friday": [^\n]*\n- "add a step for Sam: update her CV by Friday" [^\n]*\n\nType "help" to see everything I can do\.$/],
    ['how do i cancel a review?', /^Here is how:\n\n- "cancel Sam review": call off their next review [^\n]*\n\nType "help"/],
    ['what does ack mean', /^Here is how:\n\n- "ack 5" or "ack Tom": acknowledge an escalation/],
    ['how do i add a new client', /^Here is how:\n\n- my code: the invite code to give your clients\n/],
  ])('answers a new starter\'s %j with only the lines that do it', async (words, answer) => {
    expect(await said(words)).toMatch(answer);
  });

  it('reads "add a step for" with no colon, and says how to add a step when nothing follows the client', async () => {
    expect(await said('add a step for lee update his cv by fri')).toBe(
      'Added to their plan as their own step: "update my cv", by Friday 19 June. They have been told, and the coach will remind them.',
    );
    expect(await said('add a step for 3')).toBe(
      'To add a step for them to do, type "add a step for" and the client\'s name or number. Then say what they will do and by when. For example: add a step for 2: update her CV by Friday',
    );
  });

  it('gives an adviser who only taps buttons to start from, and buttons under the escalations that work', async () => {
    const conversation = () => kit.bot().connector.repliesTo(kit.ann().conversationId);
    const start = buttonsOf(conversation()[0]!);
    expect(start).toEqual([['Escalations', 'Escalations'], ['Caseload', 'Caseload'], ['Reviews this week', 'Reviews this week'], ['Help', 'Help']]);
    for (const [, value] of start) expect(await said(String(value))).not.toMatch(/^I did not understand/);
    expect(buttonsOf(conversation().at(-1)!)).toEqual(start);
    await said('Escalations');
    const [open, ack] = buttonsOf(conversation().at(-1)!);
    expect([open, ack]).toEqual([['Open #1', 'show me escalation 1'], ['Ack #1', 'ack 1']]);
    expect(await said(String(open![1]))).toMatch(/^#1 Soon Jo Bloggs \(no name given\): Asked for you/);
    expect(await said(String(ack![1]))).toMatch(/^Acknowledged: #1 Soon Jo Bloggs/);
    // Under the caseload, the plans of the three who need Ann most, in the caseload's order.
    const caseload = await said('Caseload');
    const plansToOpen = buttonsOf(conversation().at(-1)!);
    const firstThree = caseload.split('\n').filter((line) => /^\d+\. /.test(line)).slice(0, 3).map((line) => `plan ${line.split('.')[0]}`);
    expect(plansToOpen.map(([, value]) => value)).toEqual(firstThree);
    expect(plansToOpen[0]![0]).toMatch(/^Plan: \S/);
    await said(String(plansToOpen[0]![1]));
    expect(conversation().at(-1)!.attachments?.length).toBe(1);
  });

  it('reads shorthand commands, and sends a message and keeps a note as typed', async () => {
    expect(await said('mv priya rev to fri')).toMatch(/^Priya's next review is now Friday 19 June \(it was Thursday 18 June\)\./);
    expect(await said('cancel sam rev')).toMatch(/^Cancel the review for Sam on Thursday 18 June\?/);
    expect(await said('msg lee see u nxt wk')).toMatch(/^Sent to Lee in their chat with the coach\./);
    expect(told('lee')).toMatch(/see u nxt wk/);
    expect(await said('res 2 spoke to priya, comes in weds')).toMatch(/^Closed: #2 Soon Priya: Asked for you [^\n]*\nWhat was done: "spoke to priya, comes in weds"/);
  });

  it('adds two steps typed in one line as two, each to its own client', async () => {
    expect(await said('add a step for priya: apply for 2 jobs by thurs and add a step for lee: ring the college by fri')).toBe(
      [
        'Added to their plan as their own step: "apply for 2 jobs", by Thursday 18 June. They have been told, and the coach will remind them.',
        'Added to their plan as their own step: "ring the college", by Friday 19 June. They have been told, and the coach will remind them.',
      ].join('\n\n'),
    );
    expect(told('lee')).toMatch(/^Your adviser added a step for you to do: "ring the college"/);
  });

  it('says what to type to message a client who gave no name, when asked how to reach them', async () => {
    expect(await said('how do i contact jo')).toContain('To send them a message there, type: message Jo Bloggs: your words');
  });
});
