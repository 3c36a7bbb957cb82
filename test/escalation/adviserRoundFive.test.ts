// Acceptance (adviser round five), over HTTP with the stand-in connector. Round four made the chat
// ask for what was done before an urgent (crisis) escalation closes; two other doors still closed
// one at once with no note:
// - the escalation card's Resolve button;
// - the local inbox page's Resolve button (POST /adviser/inbox/<id>/resolve).
// Both now ask, as the chat does, and keep the note on the escalation's record the same way (the
// chat's "show me escalation 3" shows it). One that is not urgent still closes with one click.
import { describe, expect, it } from 'vitest';
import { readRecord } from '../../src/escalation/escalationRecord.ts';
import { cardTexts, validateAdaptiveCard } from '../support/adaptiveCards.ts';
import { caseloadKit, TestClock, useAdviserBot } from './harness.ts';

const NOTE_NEEDED = 'Say what was done before you close an urgent escalation, or choose "Close with no note". Nothing was closed yet.';

describe('adviser round five: the card and the inbox ask for what was done', () => {
  const clock = new TestClock(new Date('2026-06-15T08:00:00Z'));
  const kit = useAdviserBot(clock);
  const { client, raise, said, statusOf } = caseloadKit(kit.bot, kit.ann);
  const db = () => kit.bot().app.database.db;
  const url = () => kit.bot().app.url;
  const idOf = async (number: number) => (await db().escalation.findUniqueOrThrow({ where: { number } })).id;
  const responseOf = async (number: number) => readRecord((await db().escalation.findUniqueOrThrow({ where: { number } })).summary).response;

  /** Taps Resolve on the card, with what is in the "What was done?" box (left out when undefined). */
  async function tapResolve(number: number, note?: string): Promise<Record<string, any>> {
    const data = { escalationId: await idOf(number), ...(note === undefined ? {} : { resolveNote: note }) };
    const response = await kit.bot().post(
      kit.ann().activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'escalation.resolve', data } } }),
    );
    expect(response.status).toBe(200);
    const card = (await response.json()).value;
    expect(validateAdaptiveCard(card).errors).toEqual([]);
    return card;
  }

  /** Posts the inbox's Resolve form as a browser does, with the box's text. */
  const postResolve = async (number: number, note: string | null) =>
    fetch(`${url()}/adviser/inbox/${await idOf(number)}/resolve`, {
      method: 'POST',
      redirect: 'manual',
      ...(note === null ? {} : { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ note }).toString() }),
    });

  it('sets up the caseload', async () => {
    for (const [key, name] of [['tom', 'Tom'], ['lee', 'Lee'], ['priya', 'Priya'], ['dan', 'Dan']] as const) await client(key, `${name} Reid`, name);
  });

  it('does not close an urgent escalation from the card with the box empty or blank, and says what is needed', async () => {
    const tom = await raise('tom', 'crisis');
    for (const note of [undefined, '', '   \n ']) {
      const card = await tapResolve(tom, note);
      expect(cardTexts(card)).toContain(NOTE_NEEDED);
      expect(JSON.stringify(card.actions)).toContain('escalation.resolve');
      expect(await statusOf(tom)).not.toBe('resolved');
    }
    expect(await responseOf(tom)).toBeNull();
  });

  it('closes it from the card with what was done, keeps the note as the chat does, and shows it on the card and in chat', async () => {
    const tom = (await db().escalation.findFirstOrThrow({ where: { client: { displayName: 'Tom' } } })).number!;
    const card = await tapResolve(tom, '  spoke to Tom, safe, GP tomorrow ');
    expect(await statusOf(tom)).toBe('resolved');
    expect(await responseOf(tom)).toMatchObject({ kind: 'resolved', by: 'Ann Patel', note: 'spoke to Tom, safe, GP tomorrow' });
    expect(cardTexts(card).slice(-2).join('\n')).toMatch(/^Closed by Ann Patel \(.*\)\.\nWhat was done: "spoke to Tom, safe, GP tomorrow"$/);
    expect(await said(`show me escalation ${tom}`)).toMatch(/\nThis escalation is closed\. What was done: "spoke to Tom, safe, GP tomorrow"$/);
  });

  it('closes one that is not urgent from the card with one click, as before', async () => {
    const priya = await raise('priya', 'client-asked');
    const card = await tapResolve(priya);
    expect(await statusOf(priya)).toBe('resolved');
    expect(cardTexts(card).join('\n')).toMatch(/Closed by Ann Patel/);
    expect((await responseOf(priya))?.note).toBeUndefined();
  });

  it('shows the inbox Resolve form with a box, needed for an urgent one only', async () => {
    const lee = await raise('lee', 'crisis');
    const dan = await raise('dan', 'client-asked');
    const html = await (await fetch(`${url()}/adviser/inbox`)).text();
    const formOf = async (number: number) => html.match(new RegExp(`<form class="resolve" method="post" action="/adviser/inbox/${await idOf(number)}/resolve">[\\s\\S]*?</form>`))![0];
    expect(await formOf(lee)).toMatch(/<label for="note-[^"]+">What was done\? Needed to close an urgent escalation<\/label>\n<textarea id="note-[^"]+" name="note" [^>]* required><\/textarea>/);
    expect(await formOf(dan)).toMatch(/What was done\? You can leave this empty<\/label>\n<textarea [^>]*placeholder="e\.g\. spoke to them, safe, GP tomorrow"><\/textarea>/);
  });

  it('does not close an urgent escalation from the inbox with no note: the page comes back saying so, and nothing is closed', async () => {
    const lee = (await db().escalation.findFirstOrThrow({ where: { client: { displayName: 'Lee' } } })).number!;
    for (const note of [null, '', '  ']) {
      const page = await postResolve(lee, note);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(`<p class="needed" role="alert" id="note-${await idOf(lee)}-needed">#${lee} was not closed. Say what was done before you close an urgent escalation, or choose &#34;Close with no note&#34;.</p>`);
      expect(html).toMatch(/ autofocus aria-describedby="note-[^"]+-needed"><\/textarea>/);
      expect(await statusOf(lee)).not.toBe('resolved');
    }
    expect(await responseOf(lee)).toBeNull();
  });

  it('refuses a request whose note is not text with 400, and closes nothing', async () => {
    const lee = (await db().escalation.findFirstOrThrow({ where: { client: { displayName: 'Lee' } } })).number!;
    const response = await fetch(`${url()}/adviser/inbox/${await idOf(lee)}/resolve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ note: 5 }),
    });
    expect(response.status).toBe(400);
    expect(await statusOf(lee)).not.toBe('resolved');
  });

  it('closes it from the inbox with what was done, says so at the top of the page, and the chat shows the note', async () => {
    const lee = (await db().escalation.findFirstOrThrow({ where: { client: { displayName: 'Lee' } } })).number!;
    const closed = await postResolve(lee, 'rang Lee, with his sister tonight');
    expect(closed.status).toBe(303);
    expect(closed.headers.get('location')).toBe(`/adviser/inbox?closed=${await idOf(lee)}`);
    expect(await statusOf(lee)).toBe('resolved');
    expect(await responseOf(lee)).toMatchObject({ kind: 'resolved', by: 'Adviser (local inbox)', note: 'rang Lee, with his sister tonight' });
    const html = await (await fetch(`${url()}${closed.headers.get('location')}`)).text();
    expect(html).toContain(`<p class="done" role="status">Closed: URGENT #${lee}: Lee. What was done: &#34;rang Lee, with his sister tonight&#34;</p>`);
    expect(await said(`show me escalation ${lee}`)).toMatch(/\nThis escalation is closed\. What was done: "rang Lee, with his sister tonight"$/);
  });

  it('closes one that is not urgent from the inbox with one click, as before', async () => {
    const dan = (await db().escalation.findFirstOrThrow({ where: { client: { displayName: 'Dan' } } })).number!;
    const closed = await postResolve(dan, null);
    expect(closed.status).toBe(303);
    expect(await statusOf(dan)).toBe('resolved');
    expect(await (await fetch(`${url()}${closed.headers.get('location')}`)).text()).toContain(`Closed: Soon #${dan}: Dan.</p>`);
  });

  it('still takes JSON only at /api/messages: form posts are read for the inbox alone', async () => {
    const response = await fetch(`${url()}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'note=hello' });
    expect(response.status).toBe(415);
  });
});
