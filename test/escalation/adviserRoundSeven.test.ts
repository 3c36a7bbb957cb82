// Acceptance (adviser round seven: the leftovers), over HTTP with the stand-in connector.
// - Round five made the card's and the inbox's Resolve wait for a "What was done?" note on an urgent
//   escalation, but unlike the chat ("resolve 3 confirm") they had no way to close one deliberately
//   with no note. Each of the three now has one, behind a question, and the record, the card, the
//   inbox and "show me escalation 3" say that no note was given (one rule: src/domain/closingNote.ts).
// - A step the adviser added for the client to do reached the client as "as you agreed": the
//   adviser's word was taken for the client's. The client is now told their adviser added (or
//   moved) it, and how to say it is not right; "change my plan" then finds it.
import { describe, expect, it } from 'vitest';
import { readRecord } from '../../src/escalation/escalationRecord.ts';
import { AdviserRepository } from '../../src/db/advisers.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { seedReadyClient } from '../plan/planTestBot.ts';
import { cardTexts, validateAdaptiveCard } from '../support/adaptiveCards.ts';
import { caseloadKit, TestClock, useAdviserBot } from './harness.ts';

const NO_NOTE = 'No note was given of what was done.';

describe('adviser round seven: closing an urgent escalation with no note, the same way everywhere', () => {
  const clock = new TestClock(new Date('2026-06-15T08:00:00Z'));
  const kit = useAdviserBot(clock);
  const { client, raise, said, statusOf } = caseloadKit(kit.bot, kit.ann);
  const db = () => kit.bot().app.database.db;
  const url = () => kit.bot().app.url;
  const idOf = async (number: number) => (await db().escalation.findUniqueOrThrow({ where: { number } })).id;
  const responseOf = async (number: number) => readRecord((await db().escalation.findUniqueOrThrow({ where: { number } })).summary).response;

  /** Taps a button on the escalation card, with what is in the box (left out when undefined). */
  async function tap(verb: string, number: number, note?: string): Promise<Record<string, any>> {
    const data = { escalationId: await idOf(number), ...(note === undefined ? {} : { resolveNote: note }) };
    const response = await kit.bot().post(kit.ann().activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data } } }));
    expect(response.status).toBe(200);
    const card = (await response.json()).value;
    expect(validateAdaptiveCard(card).errors).toEqual([]);
    return card;
  }

  const postInbox = async (number: number, fields: Record<string, string>) =>
    fetch(`${url()}/adviser/inbox/${await idOf(number)}/resolve`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });

  it('sets up the caseload', async () => {
    for (const [key, name] of [['tom', 'Tom'], ['lee', 'Lee'], ['priya', 'Priya'], ['dan', 'Dan'], ['jo', 'Jo']] as const) await client(key, `${name} Reid`, name);
  });

  it('closes an urgent one from the card by "Close with no note" and its Yes, and the card and chat say no note was given', async () => {
    const tom = await raise('tom', 'crisis');
    const card = await tap('escalation.resolveWithoutNote', tom);
    expect(await statusOf(tom)).toBe('resolved');
    expect(await responseOf(tom)).toEqual({ kind: 'resolved', by: 'Ann Patel', at: expect.any(String), noNote: true });
    expect(cardTexts(card).slice(-2)).toEqual([expect.stringMatching(/^Closed by Ann Patel \(/), NO_NOTE]);
    expect(await said(`show me escalation ${tom}`)).toMatch(new RegExp(`\\nThis escalation is closed\\. ${NO_NOTE}$`));
  });

  it('still asks on the card when Resolve comes with no note, and closes nothing', async () => {
    const jo = await raise('jo', 'crisis');
    const card = await tap('escalation.resolve', jo, '  ');
    expect(cardTexts(card)).toContain('Say what was done before you close an urgent escalation, or choose "Close with no note". Nothing was closed yet.');
    expect(await statusOf(jo)).not.toBe('resolved');
    expect(await responseOf(jo)).toBeNull();
  });

  it('offers "Close with no note" on the inbox for an urgent one only, behind a question', async () => {
    const lee = await raise('lee', 'crisis');
    const dan = await raise('dan', 'client-asked');
    const html = await (await fetch(`${url()}/adviser/inbox`)).text();
    const sectionOf = async (number: number) => html.match(new RegExp(`<section [^>]*data-escalation-id="${await idOf(number)}">[\\s\\S]*?</section>`))![0];
    expect(await sectionOf(lee)).toContain(
      `<details class="no-note"><summary>Close with no note</summary>\n<form method="post" action="/adviser/inbox/${await idOf(lee)}/resolve"><input type="hidden" name="withoutNote" value="yes">\n<p>Close #${lee} with no note of what was done? It will say that no note was given.</p>\n<button type="submit">Yes, close it with no note</button></form></details>`,
    );
    expect(await sectionOf(dan)).not.toContain('Close with no note');
  });

  it('closes it from the inbox with no note when Yes is sent, and says so at the top of the page and in chat', async () => {
    const lee = (await db().escalation.findFirstOrThrow({ where: { client: { displayName: 'Lee' } } })).number!;
    const closed = await postInbox(lee, { withoutNote: 'yes' });
    expect(closed.status).toBe(303);
    expect(await statusOf(lee)).toBe('resolved');
    expect(await responseOf(lee)).toMatchObject({ kind: 'resolved', by: 'Adviser (local inbox)', noNote: true });
    const html = await (await fetch(`${url()}${closed.headers.get('location')}`)).text();
    expect(html).toContain(`<p class="done" role="status">Closed: URGENT #${lee}: Lee. ${NO_NOTE}</p>`);
    expect(await said(`show me escalation ${lee}`)).toMatch(new RegExp(`\\nThis escalation is closed\\. ${NO_NOTE}$`));
  });

  it('keeps a note typed in the box over the no-note choice, so words are never dropped', async () => {
    const priya = await raise('priya', 'crisis');
    expect((await postInbox(priya, { note: 'rang Priya, safe at her mum\'s', withoutNote: 'yes' })).status).toBe(303);
    expect(await responseOf(priya)).toEqual({ kind: 'resolved', by: 'Adviser (local inbox)', at: expect.any(String), note: "rang Priya, safe at her mum's" });
  });

  it('records the chat\'s "resolve N confirm" the same way, and takes "no note" and a slipped "confrim" too', async () => {
    const jo = (await db().escalation.findFirstOrThrow({ where: { client: { displayName: 'Jo' } } })).number!;
    expect(await said(`resolve ${jo} confrim`)).toBe(`Closed: #${jo} URGENT Jo: May not be safe (raised Monday 15 June at 9am)\n${NO_NOTE}`);
    expect(await responseOf(jo)).toMatchObject({ kind: 'resolved', noNote: true });
    const tom = await raise('tom', 'crisis');
    expect(await said('resolve tom no note')).toMatch(new RegExp(`^Closed: #${tom} URGENT Tom: .*\\n${NO_NOTE}$`));
    expect(await responseOf(tom)).toMatchObject({ noNote: true });
  });

  it('says nothing of a note for one that needed none, closed with one click', async () => {
    const dan = (await db().escalation.findFirstOrThrow({ where: { client: { displayName: 'Dan' } } })).number!;
    expect(await said(`resolve ${dan} confirm`)).toMatch(/^Closed: #\d+ Soon Dan: Asked for you \([^)]*\)$/);
    expect((await responseOf(dan))?.noNote).toBeUndefined();
  });

  it('tells the client honestly that their adviser added a step for them, and "change my plan" then finds it', async () => {
    const mia = await readyClientOfAnn('Mia');
    expect(await said('add mia: she will apply to 2 jobs by thurs')).toMatch(/^Added to their plan as their own step: "apply to 2 jobs"/);
    const told = mia.replies().at(-1)!.text;
    expect(told).not.toContain('as you agreed');
    expect(told).toBe(
      'Your adviser added a step for you to do: "apply to 2 jobs", by Thursday 18 June.\nI will remind you. Tap "My plan" to see it.\nIf this is not right, type "change my plan" to change it or take it off, or type "talk to my adviser".',
    );
    expect((await mia.say('change my plan')).join('\n')).toMatch(/Which step would you like to change\? \[Update my CV\] \[apply to 2 jobs\]/);
    await mia.say('keep my plan as it is');
  });

  it('tells the client honestly that their adviser moved one of their steps', async () => {
    expect(await said('move mia 2 to fri')).toMatch(/^Moved their own step: "apply to 2 jobs", now by Friday 19 June\./);
    expect(miaUser!.replies().at(-1)!.text).toBe(
      'Your adviser moved one of your steps to a new day: "apply to 2 jobs", now by Friday 19 June. I will remind you.\nIf this is not right, type "change my plan" to change the day, or type "talk to my adviser".',
    );
  });

  let miaUser: ChatUser | undefined;
  /** A client of Ann's through the first questions, at the menu, who has said hello in their chat. */
  async function readyClientOfAnn(name: string): Promise<ChatUser> {
    const seeded = await seedReadyClient(db(), { band: 'mixed', now: clock.now() });
    await db().client.update({ where: { id: seeded.id }, data: { displayName: name } });
    await new PlanRepository(db(), clock).addGoalWithItems(seeded.id, { text: 'A cleaning job', dueAt: null, items: [{ text: 'Update my CV', owner: 'client', dueAt: new Date('2026-06-30T23:00:00Z') }] });
    const advisers = new AdviserRepository(db());
    await advisers.assignClient(seeded.id, (await advisers.findByUserKey('emulator:adviser-ann'))!);
    miaUser = new ChatUser(kit.bot(), { userId: seeded.userId, name });
    await miaUser.say('hi');
    return miaUser;
  }
});
