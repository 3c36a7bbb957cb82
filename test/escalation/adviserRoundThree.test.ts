// Acceptance (play-testing the adviser side, round three: an IPS employment specialist's Monday
// morning with six clients: Tom in crisis now, Dan stalled, Priya who asked for her, Lee whose
// review is due today, and two quiet clients who both gave the name Sam), over HTTP with the
// stand-in connector. What the adviser met:
// - round two left: "Sam replied ... For example: reply Sam thank you" asked "which Sam?" when
//   copied; "reply: thanks" got the whole help list and lost the words; the help list showed
//   "&lt;client&gt;" where Teams reads angle brackets as HTML;
// - "tom", "open tom" and "plan 6" for the client in crisis said only "Tom has no plan yet" and
//   offered "call them to agree a first goal", with no word of the crisis; "ack tom" said nothing
//   of what the coach did or how to reach him;
// - "tick off priya 2", "mark priya 2 as done" and "mark done priya 2" got the help list;
// - "help me", "hlep" and "?" got "I did not understand that";
// - "cadence lee" asked "Which client?" though Lee was named; "cadence lee 10" gave the choices
//   with no command to copy;
// - "cadence lee fortnightly" on Lee's review day moved the review due today two weeks on, without
//   a word of it to the adviser, and told Lee: the review due was never held.
import { describe, expect, it } from 'vitest';
import { PlanRepository } from '../../src/db/plans.ts';
import { caseloadKit, TestClock, useAdviserBot } from './harness.ts';

describe('an IPS specialist\'s Monday morning, round three', () => {
  // Monday 1 June 2026; the morning is Monday 15 June, from 9am in London.
  const clock = new TestClock(new Date('2026-06-01T09:00:00Z'));
  const kit = useAdviserBot(clock);
  const { ids, users, client, raise, said } = caseloadKit(kit.bot, kit.ann);
  const plans = () => new PlanRepository(kit.bot().app.database.db, clock);
  /** What a client's chat got from the coach while `act` ran. */
  const receivedBy = async (key: string, act: () => Promise<unknown>): Promise<string> => {
    const before = users[key]!.replies().length;
    await act();
    return users[key]!.replies().slice(before).map((activity) => activity.text ?? '').join('\n');
  };
  /** What reached the adviser's chat while `act` ran (a client's reply comes in her chat, not as an answer to her). */
  const toAnn = async (act: () => Promise<unknown>): Promise<string> => {
    const before = kit.ann().replies().length;
    await act();
    return kit.ann().replies().slice(before).map((activity) => activity.text ?? '').join('\n');
  };
  const lastToAnn = () => kit.bot().connector.repliesTo(kit.ann().conversationId).at(-1)!;
  const nextReviewOfLee = async () => (await plans().currentPlan(ids.lee!))!.nextReviewAt;
  let tomNumber = 0;

  it('sets up the caseload', async () => {
    // Caseload numbers follow the order they joined: Sam Jones 1, Dan 2, Priya 3, Lee 4, Sam Okafor 5, Tom 6.
    await client('sam', 'Sam Jones', 'Sam');
    await client('dan', 'Dan Price', 'Dan');
    await client('priya', 'Priya Shah', 'Priya');
    await client('lee', 'Lee Wong', 'Lee');
    await client('samO', 'Sam Okafor', 'Sam');
    await client('tom', 'Tom Reid', 'Tom');
    await plans().addGoalWithItems(ids.dan!, {
      text: 'Get a job in a kitchen',
      dueAt: new Date('2026-07-31T23:00:00Z'),
      items: [{ text: 'Apply to 2 cafes', owner: 'client', dueAt: new Date('2026-06-05T23:00:00Z') }],
    });
    await plans().addGoalWithItems(ids.lee!, { text: 'A retail job', dueAt: new Date('2026-08-31T23:00:00Z'), items: [{ text: 'Visit 3 shops', owner: 'client', dueAt: new Date('2026-06-30T23:00:00Z') }] });
    await plans().addGoalWithItems(ids.priya!, { text: 'Warehouse job', dueAt: new Date('2026-08-31T23:00:00Z'), items: [{ text: 'Apply to 3 warehouses', owner: 'client', dueAt: new Date('2026-06-30T23:00:00Z') }] });
    await kit.bot().app.database.db.plan.updateMany({ where: { clientId: ids.lee! }, data: { nextReviewAt: new Date('2026-06-15T13:00:00Z') } });
    clock.set('2026-06-15T07:30:00Z');
    await raise('priya', 'client-asked');
    await users.tom!.say('ive got all my tablets here and im going to take them tonight');
    tomNumber = (await kit.bot().app.database.db.escalation.findFirstOrThrow({ where: { clientId: ids.tom! } })).number!;
    clock.set('2026-06-15T08:00:00Z');
    expect(await said('caseload')).toMatch(/^6\. Tom: URGENT: May not be safe\. Danger may be now\./m);
  });

  it('says the crisis first when the adviser opens the client in crisis, and where to read what the coach did', async () => {
    for (const words of ['tom', 'open tom', 'plan 6']) {
      const reply = await said(words);
      expect(reply).toMatch(new RegExp(`^Urgent, not closed yet:\\n+- #${tomNumber} URGENT Tom: May not be safe`));
      expect(reply).toContain(`Type "show me escalation ${tomNumber}" for what the coach did and how to reach them.`);
      expect(reply).toContain('Tom has no plan yet.');
    }
    expect(await said('ack tom')).toMatch(new RegExp(`^Acknowledged: #${tomNumber} URGENT Tom: .*\\nType "show me escalation ${tomNumber}" for what the coach did`));
  });

  it('says the crisis above the plan card too, and nothing above a client with none urgent', async () => {
    await kit.bot().app.database.db.plan.create({ data: { clientId: ids.tom!, version: 1, status: 'draft', createdBy: 'client' } });
    await said('plan tom');
    expect(lastToAnn().text).toMatch(/^Urgent, not closed yet:\n+- #\d+ URGENT Tom: May not be safe/);
    expect(lastToAnn().attachments).toHaveLength(1);
    await said('plan priya');
    expect(lastToAnn().text ?? '').toBe('');
  });

  it('gives an example that picks the one Sam who wrote back, and it works when copied', async () => {
    await said('message sam okafor: are you free on thursday?');
    clock.advanceMinutes(5);
    const reply = await toAnn(() => users.samO!.say('yes thursday works'));
    expect(reply).toBe('Sam (Sam Okafor) replied to your message:\n"yes thursday works"\nTo write back, type "reply", their name and your words. For example: reply Sam Okafor thank you, see you then');
    const copied = await receivedBy('samO', () => said('reply Sam Okafor thank you, see you then'));
    expect(copied).toContain('"thank you, see you then"');
  });

  it('asks who "reply: thanks" is for, offers the client who wrote last, and keeps the words', async () => {
    await said('message sam okafor: shall we say 10am?');
    clock.advanceMinutes(5);
    await users.samO!.say('10 is good');
    for (const words of ['reply: thanks', 'reply thanks']) {
      const got = await receivedBy('samO', async () => {
        const reply = await said(words);
        expect(reply).toMatch(/^Who is it for\? Nothing was sent yet\. Sam \(Sam Okafor\) wrote to you last, Monday 15 June at [^\n]+\.\n/);
        // The button's title comes after the words, as the chat shows it.
        expect(reply).toMatch(/\nTo send it to them, tap the button or type: reply Sam Okafor thanks \[Send it to Sam \(Sam Okafor\)\]$/);
      });
      expect(got).toBe('');
      expect(lastToAnn().suggestedActions?.actions).toEqual([expect.objectContaining({ title: 'Send it to Sam (Sam Okafor)', value: 'reply Sam Okafor thanks' })]);
    }
    expect(await receivedBy('samO', () => said('reply Sam Okafor thanks'))).toContain('"thanks"');
    // A name still goes its own way: "reply prya ..." asks "did you mean", as in round two.
    expect(await said('reply prya ok see you then')).toMatch(/^I could not find that client, "prya"/);
  });

  it('shows worked examples in the help list, never placeholders, and gives it for "help me", "hlep" and "?"', async () => {
    const help = await said('help');
    expect(help).not.toMatch(/<|>|&lt;|&gt;|client&/);
    expect(help).toContain('- "plan 2" or "plan Sam": a client\'s plan as a card');
    expect(help).toContain('- "add Sam call the college by Friday": add an action of yours to their plan');
    for (const words of ['help me', 'hlep', '?']) expect(await said(words)).toBe(help);
  });

  it('marks an action done for "tick off", "mark ... as done" and "mark done"', async () => {
    expect(await said('add priya call the college by friday')).toBe('Added to their plan: "call the college", by Friday 19 June. They have been told.');
    expect(await said('add priya send her 3 warehouse vacancies by wednesday')).toMatch(/^Added to their plan: "send her 3 warehouse vacancies", by Wednesday 17 June\./);
    expect(await said('add priya ring her about the college open day by thursday')).toMatch(/^Added to their plan: "ring her about the college open day"/);
    expect(await said('tick off priya 2')).toBe('Marked done: "call the college". They have been told.');
    expect(await said('mark priya 3 as done')).toBe('Marked done: "send her 3 warehouse vacancies". They have been told.');
    expect(await said('mark done priya 4')).toBe('Marked done: "ring her about the college open day". They have been told.');
  });

  it('asks how often for "cadence lee", with the command to copy, and changes nothing', async () => {
    const before = await nextReviewOfLee();
    expect(await said('cadence lee')).toBe('Review cadence can be 7, 14 or 28 days, or weekly, fortnightly or monthly. For example: cadence lee 14');
    expect(await said('cadence lee 10')).toBe('Review cadence can be 7, 14 or 28 days, or weekly, fortnightly or monthly. For example: cadence lee 14');
    expect(await nextReviewOfLee()).toEqual(before);
  });

  it('keeps the review due today when the cadence changes on the review day, and says so', async () => {
    const before = await nextReviewOfLee();
    const told = await receivedBy('lee', async () =>
      expect(await said('cadence lee fortnightly')).toBe(
        'Reviews for this client are now every 14 days. Their review due Monday 15 June at 2pm is kept: hold it first, and the new cadence counts from there.',
      ),
    );
    expect(await nextReviewOfLee()).toEqual(before);
    expect(told).toBe('');
    const client = await kit.bot().app.database.db.client.findUniqueOrThrow({ where: { id: ids.lee! } });
    expect(client.reviewCadenceDays).toBe(14);
  });
});
