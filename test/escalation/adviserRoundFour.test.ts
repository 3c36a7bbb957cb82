// Acceptance (play-testing the adviser side, round four: the same IPS employment specialist's
// morning, mending what round three left), over HTTP with the stand-in connector. What was found:
// - "resolve tom" closed an urgent crisis where danger may be now at once: no confirmation, and no
//   note of what was done anywhere on the record;
// - "how do i contact tom", "call tom", "tom phone number" and "open the urgent one" got the help list;
// - the escalations list said Type "ack 12" or "resolve 12" when there was no #12;
// - "review lee weekly" and "set lee review to weekly" got the help list;
// - "done priya call the college" got "like this: done sam 2", with no word of Priya's actions;
// - a client in crisis with no plan was still offered "call them to agree a first goal by Friday".
import { describe, expect, it } from 'vitest';
import { PlanRepository } from '../../src/db/plans.ts';
import { readRecord } from '../../src/escalation/escalationRecord.ts';
import { caseloadKit, TestClock, useAdviserBot } from './harness.ts';

describe('an IPS specialist\'s Monday morning, round four', () => {
  // Monday 1 June 2026; the morning is Monday 15 June, from 9am in London.
  const clock = new TestClock(new Date('2026-06-01T09:00:00Z'));
  const kit = useAdviserBot(clock);
  const { ids, users, client, raise, said, statusOf } = caseloadKit(kit.bot, kit.ann);
  const db = () => kit.bot().app.database.db;
  const plans = () => new PlanRepository(db(), clock);
  const lastToAnn = () => kit.bot().connector.repliesTo(kit.ann().conversationId).at(-1)!;
  const listed = (reply: string): number[] => [...reply.matchAll(/^- #(\d+) /gm)].map((match) => Number(match[1]));
  const lee = () => db().client.findUniqueOrThrow({ where: { id: ids.lee! } });
  let [tomNumber, priyaNumber] = [0, 0];

  it('sets up the caseload', async () => {
    // Caseload numbers follow the order they joined: Priya 1, Lee 2, Dan 3, Tom 4.
    await client('priya', 'Priya Shah', 'Priya');
    await client('lee', 'Lee Wong', 'Lee');
    await client('dan', 'Dan Price', 'Dan');
    await client('tom', 'Tom Reid', 'Tom');
    await plans().addGoalWithItems(ids.priya!, { text: 'Warehouse job', dueAt: new Date('2026-08-31T23:00:00Z'), items: [{ text: 'Apply to 3 warehouses', owner: 'client', dueAt: new Date('2026-06-30T23:00:00Z') }] });
    await plans().addGoalWithItems(ids.lee!, { text: 'A retail job', dueAt: new Date('2026-08-31T23:00:00Z'), items: [{ text: 'Visit 3 shops', owner: 'client', dueAt: new Date('2026-06-30T23:00:00Z') }] });
    clock.set('2026-06-15T07:30:00Z');
    priyaNumber = await raise('priya', 'client-asked');
    await users.tom!.say('ive got all my tablets here and im going to take them tonight');
    tomNumber = (await db().escalation.findFirstOrThrow({ where: { clientId: ids.tom! } })).number!;
    clock.set('2026-06-15T08:00:00Z');
    expect(await said('caseload')).toMatch(/^4\. Tom: URGENT: May not be safe\. Danger may be now\./m);
  });

  it('ends the escalations list with the first listed escalation\'s own number, never "12"', async () => {
    const reply = await said('escalations');
    const first = listed(reply)[0]!;
    expect(first).toBe(tomNumber);
    // Round ten: then buttons to open and acknowledge it, for an adviser who only taps.
    expect(reply).toMatch(new RegExp(`\\nType "ack ${first}" or "resolve ${first}" with the # number\\. \\[Open #${first}\\] \\[Ack #${first}\\]$`));
    expect(reply).not.toContain('12');
  });

  it('says how to reach a client, from what is held, for "how do i contact tom", "call tom" and "tom phone number"', async () => {
    for (const words of ['how do i contact tom', 'call tom', 'tom phone number']) {
      const reply = await said(words);
      expect(reply).toMatch(/^How to reach Tom:\n+- Only through the coach, in the Bot Framework Emulator: no phone or email is held\.\n- To send them a message there, type: message Tom: your words\n/);
      expect(reply).toMatch(new RegExp(`Urgent, not closed yet:\\n+- #${tomNumber} URGENT Tom: May not be safe`));
      expect(reply).toContain(`Type "show me escalation ${tomNumber}" for what the coach did and how to reach them.`);
    }
    expect(await said('how do i contact priya')).toMatch(/^How to reach Priya:\n+- Only through the coach/);
  });

  it('opens the most urgent escalation for "open the urgent one", as "show me escalation" does', async () => {
    expect(await said('open the urgent one')).toBe(await said(`show me escalation ${tomNumber}`));
    expect(await said('open the urgent one')).toMatch(new RegExp(`^#${tomNumber} URGENT Tom: May not be safe`));
  });

  it('suggests no goal work for a client in crisis with no plan, and still does for one with none open', async () => {
    for (const words of ['tom', 'plan tom']) {
      const reply = await said(words);
      expect(reply).toContain('Tom has no plan yet. Goal work can wait: reach them about the crisis first.');
      expect(reply).not.toContain('first goal');
    }
    expect(await said('plan dan')).toContain('add dan: call them to agree a first goal by Friday');
  });

  it('asks "Did you mean: cadence Lee 7?" for a review cadence in words, and changes nothing until it is sent', async () => {
    const before = await lee();
    const nextReview = (await plans().currentPlan(ids.lee!))!.nextReviewAt;
    for (const words of ['review lee weekly', 'set lee review to weekly']) {
      // The button's title comes after the words, as the chat shows it.
      expect(await said(words)).toBe('Did you mean: cadence Lee 7? Nothing was changed yet. To change how often their plan is reviewed, tap the button or type it. [cadence Lee 7]');
      expect(lastToAnn().suggestedActions?.actions).toEqual([expect.objectContaining({ title: 'cadence Lee 7', value: 'cadence Lee 7' })]);
    }
    expect((await lee()).reviewCadenceDays).toBe(before.reviewCadenceDays);
    expect((await plans().currentPlan(ids.lee!))!.nextReviewAt).toEqual(nextReview);
    expect(await said('cadence Lee 7')).toMatch(/^Reviews for this client are now every 7 days\./);
    expect((await lee()).reviewCadenceDays).toBe(7);
  });

  it('lists the client\'s open actions with their numbers for "done priya", and marks "done priya call the college" done', async () => {
    await said('add priya call the college by friday');
    await said('add priya send her 3 warehouse vacancies by wednesday');
    const list = [
      'Which of your actions for Priya? Nothing was marked done yet. Your open actions:',
      '- 2. call the college, by Friday 19 June',
      '- 3. send her 3 warehouse vacancies, by Wednesday 17 June',
    ].join('\n');
    expect(await said('done priya')).toBe(`${list}\nTo mark one done, type: done Priya 2`);
    // December: the one action the words fit is marked done at once (it had listed them again).
    expect(await said('done priya call the college')).toBe('Marked done for Priya: 2. "call the college". They have been told.');
    expect(await said('done Priya 2')).toBe('"call the college" is done already. Nothing was changed.');
    expect(await said('done Priya 3')).toBe('Marked done: "send her 3 warehouse vacancies". They have been told.');
  });

  it('asks before closing an urgent escalation, and keeps what was done on the record when it closes', async () => {
    const ask = `Close Tom's urgent escalation? Say what was done, e.g. resolve ${tomNumber} spoke to Tom, safe, GP tomorrow\nNothing was closed yet. To close it with no note, type: resolve ${tomNumber} confirm`;
    expect(await said('resolve tom')).toBe(ask);
    expect(await said(`resolve ${tomNumber}`)).toBe(ask);
    expect(await statusOf(tomNumber)).not.toBe('resolved');
    expect(await said(`resolve ${tomNumber} spoke to Tom, safe, GP tomorrow`)).toMatch(
      new RegExp(`^Closed: #${tomNumber} URGENT Tom: May not be safe .*\\nWhat was done: "spoke to Tom, safe, GP tomorrow"$`),
    );
    expect(await statusOf(tomNumber)).toBe('resolved');
    const row = await db().escalation.findUniqueOrThrow({ where: { number: tomNumber } });
    expect(readRecord(row.summary).response).toMatchObject({ kind: 'resolved', by: 'Ann Patel', note: 'spoke to Tom, safe, GP tomorrow' });
    expect(await said(`show me escalation ${tomNumber}`)).toMatch(/\nThis escalation is closed\. What was done: "spoke to Tom, safe, GP tomorrow"$/);
  });

  it('closes an urgent one by name with a note or on "confirm", and a less urgent one at once as before', async () => {
    const leeNumber = await raise('lee', 'crisis');
    expect(await said('resolve lee')).toMatch(/^Close Lee's urgent escalation\?/);
    // Round seven: the reply (and the record) says that no note was given.
    expect(await said(`resolve ${leeNumber} confirm`)).toMatch(new RegExp(`^Closed: #${leeNumber} URGENT Lee: [^\\n]*\\nNo note was given of what was done\\.$`));
    expect(await statusOf(leeNumber)).toBe('resolved');
    const danNumber = await raise('dan', 'crisis');
    expect(await said('resolve dan: rang him, he is with his sister tonight')).toMatch(/\nWhat was done: "rang him, he is with his sister tonight"$/);
    expect(await statusOf(danNumber)).toBe('resolved');
    expect(await said('resolve priya')).toMatch(new RegExp(`^Closed: #${priyaNumber} Soon Priya: Asked for you`));
    expect(await statusOf(priyaNumber)).toBe('resolved');
  });
});
