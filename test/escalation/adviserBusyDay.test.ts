// Acceptance (play-testing as a busy adviser, December: an IPS employment specialist with a full
// caseload), over HTTP with the stand-in connector. What an adviser tripped on:
// - "add sam: pop by the jobcentre with him on friday" was saved as "pop" (the words after "by" were
//   taken for the date), "add sam: call housing" was kept with no day (never reminded), "by
//   yesterday" got "I could not read that date", "move sam: 2 to 12 june" on 17 June moved it to
//   June next year, and "add a step for sam: ..." got "I could not
//   find that client";
// - the same action typed twice was added twice, and the client told twice;
// - "ack tom" and "resolve tom" got "I could not find that escalation", and a bare "resolve" too;
// - "whos at risk", "caseloda", "escalatons" and "close 3" got the whole help list;
// - "done sam" with no action number said Sam was not in the caseload;
// - the urgent card said 'Type "resume <client>"' where it knows the client's name;
// - "message sam: ..." said replies come back only after "talk to my adviser" (any reply within 3 days does);
// - then: "whos overdue", "who has not replied", "reviews due today", "what did tom say", "show me escalation 1",
//   "thanks" and "ok" got the help list, a second "ack" said "Acknowledged:" again, and a bare "plan" said
//   "I could not find that client".
import { beforeAll, describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { cardTexts } from '../support/adaptiveCards.ts';
import { caseloadKit, TestClock, useAdviserBot } from './harness.ts';

describe(`a busy adviser's day, on ${testProvider}`, () => {
  // Wednesday 17 June 2026, 10am in London.
  const clock = new TestClock(new Date('2026-06-17T09:00:00Z'));
  const { bot, ann } = useAdviserBot(clock, { advisers: 2 });
  let sam: ChatUser;
  const { ids, users, client, raise, statusOf, said } = caseloadKit(bot, ann);
  const adviserItems = async () => (await new PlanRepository(bot().app.database.db, clock).currentPlan(ids.sam!))!.items.filter((item) => item.owner === 'adviser');

  beforeAll(async () => {
    await client('sam', 'Sam Jones', 'Sam');
    sam = users.sam!;
    await client('tom', 'Tom Reid', 'Tom');
    await client('dev', 'Dev Khan', 'Dev', 'bob');
    const plans = new PlanRepository(bot().app.database.db, clock);
    await plans.addGoalWithItems(ids.sam!, {
      text: 'Get a warehouse job',
      dueAt: new Date('2026-07-31T23:00:00Z'),
      items: [{ text: 'Apply to 3 warehouses', owner: 'client', dueAt: new Date('2026-06-26T23:00:00Z') }],
    });
  });

  it('keeps every word of an action with "by" inside it, and reads the day where it is said', async () => {
    expect(await said('add sam: pop by the jobcentre with him on friday')).toBe(
      'Added to their plan: "pop by the jobcentre with him", by Friday 19 June. They have been told.',
    );
    expect(await said('add sam: go by bus with him to the interview by monday')).toBe(
      'Added to their plan: "go by bus with him to the interview", by Monday 22 June. They have been told.',
    );
    expect((await adviserItems()).map((item) => item.text)).toEqual(['pop by the jobcentre with him', 'go by bus with him to the interview']);
  });

  it('asks by when, or says the day has passed, and adds nothing without a day from today', async () => {
    const before = (await adviserItems()).length;
    expect(await said('add sam: call the housing team.')).toBe(
      'By when will you do it? Nothing was added yet. Type it with a day, like this: add sam: call the housing team by Friday',
    );
    expect(await said('add sam: ring the college by yesterday')).toBe(
      'That day has passed, so nothing was added. Choose today or a later day, like this: add sam: ring the college by Friday',
    );
    expect(await said('add sam: ring the college by the twelfth of never')).toMatch(/^I could not read that date, so nothing was added\./);
    expect((await adviserItems()).length).toBe(before);
    const number = (await new PlanRepository(bot().app.database.db, clock).currentPlan(ids.sam!))!.items.findIndex((item) => item.owner === 'adviser') + 1;
    expect(await said(`move sam: ${number} to yesterday`)).toBe(
      'That day has passed, so nothing was changed. Choose today or a later day, like "Friday" or "12 June".',
    );
    // "12 June" typed on 17 June had moved it to 12 June next year.
    expect(await said(`move sam: ${number} to 12 june`)).toMatch(/^That day has passed, so nothing was changed\./);
    expect(await said('add sam: ring the college by 12 June')).toMatch(/^That day has passed, so nothing was added\./);
    expect((await adviserItems()).length).toBe(before);
  });

  it.each([
    // Round ten: "a step for sam" is Sam's own step (adviserRoundTen.test.ts); "an action for sam" is yours.
    ['add an action for sam: call the housing team by friday', 'call the housing team'],
    ['add for sam: book the forklift course by friday', 'book the forklift course'],
    ["add to sam's plan: send 3 vacancies by friday", 'send 3 vacancies'],
    ['add to sams plan: check the bus pass by friday', 'check the bus pass'],
  ])('finds the client in %j', async (words, action) => {
    expect(await said(words)).toBe(`Added to their plan: "${action}", by Friday 19 June. They have been told.`);
  });

  it('adds the same action once, and tells the client once', async () => {
    const toldBefore = sam.replies().length;
    await said('add sam: better-off calculation by friday');
    const again = await said('add sam: Better-off calculation by Monday');
    expect(again).toMatch(/^That is in their plan already, as action \d+: "better-off calculation", by Friday 19 June\. Nothing was added\./);
    expect((await adviserItems()).filter((item) => /better-off/i.test(item.text)).length).toBe(1);
    expect(sam.replies().slice(toldBefore).filter((reply) => /better-off/i.test(String(reply.text))).length).toBe(1);
  });

  it('acknowledges and resolves by the client\'s name, and asks which when a bare command or a name fits several', async () => {
    expect(await said('ack')).toBe('Which escalation? Type "ack" and its # number, like "ack 12", or the client\'s name. Type "escalations" to see them.');
    expect(await said('resolve')).toMatch(/^Which escalation\? Type "resolve" and its # number/);
    const tom = await raise('tom', 'crisis');
    expect(await said('ack tom')).toMatch(new RegExp(`^Acknowledged: #${tom} URGENT Tom: May not be safe`));
    expect(await statusOf(tom)).toBe('acknowledged');
    const [asked, lost] = [await raise('sam', 'client-asked'), await raise('sam', 'job-loss')];
    const several = await said('resolve sam');
    expect(several).toMatch(/^More than one escalation matches "sam"\. Nothing was changed yet:/);
    expect(several).toContain(`#${asked} `);
    expect(several).toContain(`#${lost} `);
    expect([await statusOf(asked), await statusOf(lost)]).not.toContain('resolved');
    // An urgent one closes with what was done (round four: "resolve tom" alone now asks first).
    expect(await said('resolve tom: spoke to Tom, he is safe')).toMatch(new RegExp(`^Closed: #${tom} URGENT Tom`));
    expect(await said('resolve tom')).toBe('I could not find an escalation for "tom" that is not closed. Type "escalations" to see the numbers.');
    // Another adviser's client is not found by name.
    const devs = await raise('dev', 'client-asked');
    expect(await said('resolve dev')).toMatch(/^I could not find an escalation for "dev"/);
    expect(await statusOf(devs)).not.toBe('resolved');
    await said(`resolve ${asked}`);
    await said(`resolve ${lost}`);
  });

  it('reads "whos at risk", slips in command words, and other words for resolve', async () => {
    const crisis = await raise('tom', 'crisis');
    const escalations = await said('escalations');
    for (const words of ['whos at risk', 'who is at risk?', 'is anyone at risk', 'escalatons', 'esclations']) expect(await said(words)).toBe(escalations);
    const caseload = await said('caseload');
    for (const words of ['caseloda', 'casload', 'caseloads']) expect(await said(words)).toBe(caseload);
    // An urgent one closes with what was done (round four).
    expect(await said(`close ${crisis} spoke to Tom, safe`)).toMatch(new RegExp(`^Closed: #${crisis} URGENT Tom`));
    expect(await said('reslove tom')).toMatch(/^I could not find an escalation for "tom"/);
    expect(await said('cadence sam fortnightly')).toMatch(/^Reviews for this client are now every 14 days\./);
  });

  it('asks which action for "done sam", and reads "done sam: 2"', async () => {
    // Round six: a bare "done sam" lists Sam's open actions (it had given only this usage line).
    expect(await said('done sam')).toMatch(/^Which of your actions for Sam\? Nothing was marked done yet\. Your open actions:/);
    const number = (await new PlanRepository(bot().app.database.db, clock).currentPlan(ids.sam!))!.items.findIndex((item) => item.owner === 'adviser' && item.status === 'open') + 1;
    expect(await said(`done sam: ${number}`)).toMatch(/^Marked done: /);
  });

  it('says truly that what the client types back comes to the adviser', async () => {
    expect(await said('message sam: can you come in on tuesday?')).toBe('Sent to Sam in their chat with the coach. What they type back in the next 3 days comes to you here.');
  });

  it('names the client in the card\'s way to restart reminders paused after a crisis', async () => {
    await sam.say('i want to end it all tonight');
    const cards = bot().connector.caught.filter((caught) => caught.activity.attachments?.length).map((caught) => cardTexts(caught.activity.attachments[0].content).join('\n'));
    const urgent = cards.filter((card) => card.startsWith('URGENT') && card.includes('end it all')).at(-1)!;
    expect(urgent).toMatch(/Paused their reminders \([^)]*\)\. Type "resume Sam" to restart them\./);
    expect(urgent).not.toContain('<client');
    expect(bot().webhook.calls.at(-1)!.json.text).toContain('Type "resume Sam" to restart them.');
  });

  // Left from the last play-test: questions of the caseload, "what did tom say", thanks, a second
  // "ack", and a command with no client each got the help list or an untrue reply.
  it('answers "whos overdue", "who has not replied" and "reviews due today" from the caseload', async () => {
    const db = bot().app.database.db;
    const plans = new PlanRepository(db, clock);
    expect(await said('whos overdue')).toBe('Nobody in your caseload has a late step or a late action of yours.');
    await plans.addGoalWithItems(ids.tom!, {
      text: 'Get a driving job',
      dueAt: new Date('2026-08-31T23:00:00Z'),
      items: [{ text: 'Send the CV to the depot', owner: 'client', dueAt: new Date('2026-06-10T23:00:00Z') }],
    });
    const overdue = await said("Who's overdue?");
    expect(overdue).toMatch(/^Clients with a late step, or a late action of yours:\n+- \d+\. Tom: 1 late\./);
    expect(overdue).not.toContain('Sam:');
    await db.plan.updateMany({ where: { clientId: ids.tom! }, data: { nextReviewAt: new Date('2026-06-17T13:00:00Z') } });
    await db.plan.updateMany({ where: { clientId: ids.sam! }, data: { nextReviewAt: new Date('2026-06-30T13:00:00Z') } });
    const reviews = await said('reviews due today');
    expect(reviews).toMatch(/^Reviews due today, or missed:\n+- \d+\. Tom: .*Review on Wednesday 17 June/);
    expect(reviews).not.toContain('Sam:');
    expect(await said('who has not replied')).toBe('No client of yours is marked as not replying to messages now.');
    const silent = await raise('tom', 'outreach-unanswered');
    expect(await said("who hasn't replied?")).toMatch(/^Clients marked as not replying to messages .*:\n+- \d+\. Tom: /);
    await said(`resolve ${silent}`);
  });

  it('shows what a client wrote, and one escalation by its number', async () => {
    const words = await said('what did sam say');
    expect(words).toMatch(/^What Sam wrote most recently, oldest first:\n+- /);
    expect(words).toContain('"i want to end it all tonight"');
    expect(await said('what did cara say')).toBe('I could not find that client, "cara", in your caseload. Type "caseload" to see the numbers.');
    const number = await raise('tom', 'client-asked');
    const shown = await said(`show me escalation ${number}`);
    expect(shown).toMatch(new RegExp(`^#${number} Soon Tom: Asked for you \\(raised `));
    expect(shown).toContain('Why now:');
    expect(shown).toMatch(new RegExp(`Type "ack ${number}" or "resolve ${number}"\\.$`));
    const devs = (await bot().app.database.db.escalation.findFirstOrThrow({ where: { clientId: ids.dev!, status: { not: 'resolved' } } })).number!;
    expect(await said(`show me escalation ${devs}`)).toBe('I could not find that escalation. Type "escalations" to see the numbers.');
    await said(`resolve ${number}`);
  });

  it('says when an escalation was acknowledged already, and by whom', async () => {
    const number = await raise('tom', 'job-loss');
    expect(await said(`ack ${number}`)).toMatch(/^Acknowledged: /);
    expect(await said(`ack ${number}`)).toMatch(
      new RegExp(`^That escalation was acknowledged already by Ann Patel on Wednesday 17 June at 10am\\. Nothing was changed: #${number} `),
    );
    await said(`resolve ${number}`);
  });

  it.each([
    ['thanks', "You're welcome."],
    ['Cheers!', "You're welcome."],
    ['ok', 'OK.'],
    ['OK.', 'OK.'],
  ])('answers %j shortly, not with the help list', async (words, reply) => {
    expect(await said(words)).toBe(reply);
  });

  it('asks which client for a bare "plan" or "agree", and repeats a name not in the caseload', async () => {
    expect(await said('plan')).toBe('Which client? Type "plan" and their number from "caseload", or their name, like this: plan sam');
    expect(await said('agree')).toBe('Which client? Type "agree" and their number from "caseload", or their name, like this: agree sam');
    expect(await said('plan cara')).toBe('I could not find that client, "cara", in your caseload. Type "caseload" to see the numbers.');
    expect(await said('resume dev')).toBe('I could not find that client, "dev", in your caseload. Type "caseload" to see the numbers.');
    // No client typed at all: asked which, never an empty name said back.
    expect(await said('resume')).not.toContain('""');
    expect(await said('resume')).toContain('Which client?');
  });
});
