// Acceptance (play-testing as a busy adviser with six clients, a morning), over HTTP with the
// stand-in connector. What the adviser met:
// - after "ack", "escalations" opened with "No open escalations." above urgent ones still open;
// - two urgent crises were listed oldest first, so "i want to die" at 9am sat above "ive got all my
//   tablets here and im going to take them tonight" at 9:20; the local inbox did the same;
// - the list had no Phone line, though the card said the client asked to be phoned (or not);
// - "plan cara" for Cara, who has no plan, said only that clients make one by setting a goal;
// - with two clients called Sam, "cadence sam 14" gave the example "cadence 1", which asks again;
// - "caseload" put Tom (a crisis at 9am) above Lee (danger now, 9:20), and Cara's request above Priya's concern;
// - "reply priya: great, ..." (and "answer", "write back to", "msg") after Priya wrote back got the help list;
// - "move priya 2 to monday" got the format error, where "done priya 2" needs no colon either.
import { beforeAll, describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { caseloadKit, TestClock, useAdviserBot } from './harness.ts';

describe(`a busy adviser's morning with six clients, on ${testProvider}`, () => {
  // Monday 8 June 2026; the morning is Wednesday 17 June, from 9am in London.
  const clock = new TestClock(new Date('2026-06-08T09:00:00Z'));
  const { bot, ann } = useAdviserBot(clock, { advisers: 2 });
  const { ids, users, client, raise, said } = caseloadKit(bot, ann);
  const numberOf = async (key: string, reason: string): Promise<number> =>
    (await bot().app.database.db.escalation.findFirstOrThrow({ where: { clientId: ids[key]!, reason } })).number!;
  /** The # numbers in a reply, in the order it lists them. */
  const listed = (reply: string): number[] => [...reply.matchAll(/^- #(\d+) /gm)].map((match) => Number(match[1]));

  beforeAll(async () => {
    await client('sam', 'Sam Jones', 'Sam');
    await client('samO', 'Sam Okafor', 'Sam');
    await client('cara', 'Cara Lee', 'Cara');
    await client('tom', 'Tom Reid', 'Tom');
    await client('lee', 'Lee Ward', 'Lee');
    await client('priya', 'Priya Shah', 'Priya');
    const plans = new PlanRepository(bot().app.database.db, clock);
    for (const key of ['sam', 'tom', 'priya']) {
      await plans.addGoalWithItems(ids[key]!, {
        text: 'Get a warehouse job',
        dueAt: new Date('2026-07-31T23:00:00Z'),
        items: [{ text: 'Apply to 3 warehouses', owner: 'client', dueAt: new Date('2026-06-26T23:00:00Z') }],
      });
    }
    // The morning: a routine request and a concern first, then Tom's crisis, then Lee's, danger now.
    clock.set('2026-06-17T07:40:00Z');
    await raise('cara', 'client-asked');
    await raise('priya', 'concern');
    clock.set('2026-06-17T08:00:00Z');
    await users.tom!.say('i cant do this anymore i want to die');
    await users.tom!.say('please dont ring me');
    clock.set('2026-06-17T08:20:00Z');
    await users.lee!.say('ive got all my tablets here and im going to take them tonight');
    await users.lee!.say('can you call me');
    clock.set('2026-06-17T09:00:00Z');
  });

  it('lists danger now first, then the other crisis, then the concern, then the rest, in chat and on the inbox page', async () => {
    const [lee, tom, priya, cara] = [await numberOf('lee', 'crisis'), await numberOf('tom', 'crisis'), await numberOf('priya', 'concern'), await numberOf('cara', 'client-asked')];
    const reply = await said('escalations');
    expect(reply).toMatch(/^New escalations, not acknowledged yet, most urgent first:\n\n- #/);
    expect(listed(reply)).toEqual([lee, tom, priya, cara]);
    expect(reply).toContain(`- #${lee} URGENT Lee: May not be safe (raised Wednesday 17 June at 9:20am). Danger may be now. They spoke of the means or a time, or said they are not safe. Phone:`);
    const html = await (await fetch(`${bot().app.url}/adviser/inbox`)).text();
    const inboxOrder = [...html.matchAll(/<h2>[^<]*#(\d+):/g)].map((match) => Number(match[1]));
    expect(inboxOrder).toEqual([lee, tom, priya, cara]);
    // "caseload" (who needs you first) puts the clients in the same order: it had put Tom above Lee.
    const caseload = await said('caseload');
    expect([...caseload.matchAll(/^\d+\. (\w+)/gm)].map((match) => match[1]).slice(0, 4)).toEqual(['Lee', 'Tom', 'Priya', 'Cara']);
  });

  it('shows what they asked about phone calls in the list, as the card says it', async () => {
    const reply = await said('escalations');
    const lineOf = (name: string) => reply.split('\n').find((line) => line.includes(` ${name}: `))!;
    expect(lineOf('Lee')).toMatch(/ Phone: They asked to be phoned\. The coach told them it has asked you to phone them\.$/);
    expect(lineOf('Tom')).toMatch(/ Phone: They asked not to be phoned\. Use this chat, and call only if they say it is safe\.$/);
    expect(lineOf('Tom')).not.toContain('Danger may be now');
    expect(lineOf('Priya')).not.toContain('Phone:');
    // The same words as "show me escalation" (the card's summary).
    expect(await said(`show me escalation ${await numberOf('lee', 'crisis')}`)).toContain('Phone: They asked to be phoned. The coach told them it has asked you to phone them.');
  });

  it('after "ack all", says nothing is new and how many are still open, and lists them in the same order', async () => {
    const before = listed(await said('escalations'));
    await said('ack all');
    const reply = await said('escalations');
    expect(reply).toMatch(/^No new escalations\. 4 acknowledged, still open:\n\n- #/);
    expect(reply).not.toContain('No open escalations');
    expect(listed(reply)).toEqual(before);
    // The example is the first listed escalation's own number (round four: "resolve 12" named one that may not exist).
    // Round ten: then a button to open it (nothing new to acknowledge).
    expect(reply).toMatch(new RegExp(`Type "resolve ${listed(reply)[0]}" with the # number to close one\\. \\[Open #${listed(reply)[0]}\\]$`));
    // A new one on top of those: both headings, the new one first.
    clock.advanceMinutes(5);
    const fresh = await raise('sam', 'client-asked');
    const both = await said('escalations');
    expect(both).toMatch(new RegExp(`^New escalations, not acknowledged yet, most urgent first:\\n\\n- #${fresh} Soon Sam:`));
    expect(both).toContain('\n4 acknowledged, still open:\n');
  });

  it('"plan cara" with no plan yet says how to start it, with an example that works when copied', async () => {
    const reply = await said('plan cara');
    expect(reply).toBe(
      'Cara has no plan yet. They start one by setting a goal with the coach.\n' +
        'You can start it now with an action of yours. Type "add", then what you will do and by when. For example:\n' +
        'add cara: call them to agree a first goal by Friday',
    );
    expect(await said(reply.split('\n').at(-1)!)).toMatch(/^They had no plan yet, so your action starts it: "call them to agree a first goal", by Friday 19 June\./);
  });

  it.each([
    ['cadence sam 14', '"cadence 1 14" or "cadence Sam Jones 14"', /^Reviews for this client are now every 14 days\./],
    ['cadence sam fortnightly', '"cadence 1 fortnightly" or "cadence Sam Jones fortnightly"', /^Reviews for this client are now every 14 days\./],
    ['style sam warm', '"style 1 warm" or "style Sam Jones warm"', /^Coaching style for this client set to warm\./],
    ['resume sam', '"resume 1" or "resume Sam Jones"', /^Reminders for this client were not paused/],
    ['add sam: ring the college by friday', '"add 1: ring the college by friday" or "add Sam Jones: ring the college by friday"', /^Added to their plan: "ring the college", by Friday 19 June\./],
    ['done sam 5', '"done 1 5" or "done Sam Jones 5"', /^There is no step 5 in Sam's plan/],
  ])('with two clients called Sam, %j gives whole commands as examples, and they work when copied', async (typed, examples, works) => {
    const reply = await said(typed);
    expect(reply).toMatch(/^More than one client in your caseload matches "sam":/);
    expect(reply).toContain(`For example: ${examples}.`);
    const copied = [...examples.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
    expect(await said(copied[0]!)).toMatch(works);
  });

  it.each(['reply priya: great, I will put you forward today', 'answer priya - great, I will put you forward today', 'write back to priya: great, I will put you forward today', 'msg priya: great, I will put you forward today'])(
    'answers a client who wrote back with %j, as "message" does',
    async (typed) => {
      // Each time other words, as a client would write them.
      const words = `the ${typed.split(' ')[0]} one at tesco looks good`;
      clock.advanceMinutes(1);
      await said('message priya: Which of the 3 vacancies do you like?');
      clock.advanceMinutes(1);
      await users.priya!.say(words);
      expect(ann().replies().at(-1)!.text).toMatch(new RegExp(`^Priya replied to your message:\\n"${words}"`));
      const told = users.priya!.replies().length;
      expect(await said(typed)).toBe('Sent to Priya in their chat with the coach. What they type back in the next 3 days comes to you here.');
      expect(users.priya!.replies().slice(told).map((reply) => String(reply.text))).toEqual([
        'A message from your adviser, Ann Patel:\n"great, I will put you forward today"\nTo answer, just type your reply.',
      ]);
    },
  );

  it('still reads "tell me about priya" as her plan, and "reply priya" with no words as what to type', async () => {
    await ann().say('tell me about priya');
    expect(ann().replies().at(-1)!.attachments?.length).toBe(1);
    // "reply priya great" is now sent to Priya (adviserRoundTwo.test.ts); with no words it says what to type.
    expect(await said('reply priya')).toMatch(/^To send a client a message through the coach, type "message"/);
  });

  it('moves an action with "move priya 2 to monday", no colon, as with one', async () => {
    expect(await said('add priya: send her 3 warehouse vacancies by friday')).toBe('Added to their plan: "send her 3 warehouse vacancies", by Friday 19 June. They have been told.');
    expect(await said('move priya 2 to monday')).toBe('Moved: "send her 3 warehouse vacancies", now by Monday 22 June. They have been told.');
    expect(await said('move priya: 2 to tuesday')).toBe('Moved: "send her 3 warehouse vacancies", now by Tuesday 23 June. They have been told.');
    expect(await said('move priya to monday')).toMatch(/^To give your action a new date, type "move", the client's name or number, the action number, then the new date\./);
  });
});
