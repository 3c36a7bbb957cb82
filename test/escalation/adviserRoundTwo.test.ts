// Acceptance (play-testing the adviser side, round two: a busy morning with five clients, two of
// them called Sam and one who gave no name), over HTTP with the stand-in connector. What the
// adviser met:
// - "To write back, type: message Priya: <your words>" and the other formats: Teams reads the
//   angle brackets as HTML and may hide the words inside;
// - "reply priya great" and "add priya call the college by friday" got the help list or the
//   format to retype: only a colon marked where the name ended;
// - the caseload line of a client whose crisis may be happening now did not say so, where the
//   escalations list did;
// - "plan prya" and "message sma: ..." said only that the client was not in the caseload;
// - "plan jo" asked between Jo Bloggs and Sam Jones;
// - the client who gave no name was "4 has no plan yet", "Sent to your client" and "Closed: ...
//   A client who gave no name", where the caseload calls them "Jo Bloggs (no name given)".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatUser } from '../support/botUnderTest.ts';
import { createEmptyDatabase, testProvider, type TestDatabase } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { caseloadKit, startOneAdviserBot, TestClock, type EscalationBot } from './harness.ts';

describe(`an adviser's busy morning, round two, on ${testProvider}`, () => {
  let database: TestDatabase;
  let bot: EscalationBot;
  // Monday 8 June 2026; the morning is Wednesday 17 June, from 9am in London.
  const clock = new TestClock(new Date('2026-06-08T09:00:00Z'));
  let ann: ChatUser;
  const { ids, users, client, raise, said } = caseloadKit(() => bot, () => ann);
  /** What a client's chat got from the coach while `act` ran. */
  const receivedBy = async (key: string, act: () => Promise<unknown>): Promise<string> => {
    const before = users[key]!.replies().length;
    await act();
    return users[key]!.replies().slice(before).map((activity) => activity.text ?? '').join('\n');
  };
  /** What reached the adviser's chat while `act` ran (a client's reply comes in her chat, not as an answer to her). */
  const toAnn = async (act: () => Promise<unknown>): Promise<string> => {
    const before = ann.replies().length;
    await act();
    return ann.replies().slice(before).map((activity) => activity.text ?? '').join('\n');
  };

  beforeAll(async () => {
    database = await createEmptyDatabase();
    ({ bot, ann } = await startOneAdviserBot(database.url, clock));
    // Caseload numbers follow the order they joined: Priya 1, the Sams 2 and 3, Jo 4, Tom 5.
    await client('priya', 'Priya Shah', 'Priya');
    await client('sam', 'Sam Jones', 'Sam');
    await client('samO', 'Sam Okafor', 'Sam');
    await client('jo', 'Jo Bloggs', 'Jo');
    await bot.app.database.db.client.update({ where: { id: ids.jo! }, data: { displayName: null } });
    await client('tom', 'Tom Reid', 'Tom');
    await new PlanRepository(bot.app.database.db, clock).addGoalWithItems(ids.priya!, {
      text: 'Get a warehouse job',
      dueAt: new Date('2026-07-31T23:00:00Z'),
      items: [{ text: 'Apply to 3 warehouses', owner: 'client', dueAt: new Date('2026-06-26T23:00:00Z') }],
    });
    clock.set('2026-06-17T07:40:00Z');
    await raise('jo', 'client-asked');
    await users.tom!.say('ive got all my tablets here and im going to take them tonight');
    clock.set('2026-06-17T08:00:00Z');
  });
  afterAll(async () => {
    await bot.stop();
    await database.drop();
  });

  it('says on the caseload line that danger may be now, as the escalations list does', async () => {
    expect(await said('escalations')).toMatch(/URGENT Tom: May not be safe \([^)]*\)\. Danger may be now\./);
    expect(await said('caseload')).toMatch(/^5\. Tom: URGENT: May not be safe\. Danger may be now\. 0 late\./m);
  });

  it('shows the message formats as plain examples, with no angle brackets for Teams to hide', async () => {
    const usages = [await said('message'), await said('add priya'), await said('move priya to monday'), await said('done priya 9')];
    for (const usage of usages) expect(usage).not.toMatch(/<|>|&lt;|&gt;/);
    expect(usages[0]).toBe(
      'To send a client a message through the coach, type "message", their name and your words. You can use their number from "caseload" instead of the name. For example: message Sam can you come in on Tuesday at 10?',
    );
    expect(usages[1]).toBe('To add an action of yours to a plan, type "add", the client\'s name, what you will do and by when. You can use their number from "caseload" instead of the name. For example: add 2: call the college by Friday');
    expect(usages[3]).toBe(
      'There is no step 9 in Priya\'s plan: it has 1 step. Nothing was changed.\nTo see the numbers, type "plan Priya". Then type it again, like this: done Priya 1 [See Priya\'s plan]',
    );
  });

  it('tells the adviser how to write back with an example that works when copied', async () => {
    await said('message priya: can you come in on tuesday at 10?');
    clock.advanceMinutes(5);
    const reply = await toAnn(() => users.priya!.say('yes tuesday is fine'));
    expect(reply).toBe('Priya replied to your message:\n"yes tuesday is fine"\nTo write back, type "reply", their name and your words. For example: reply Priya thank you, see you then');
    const copied = await receivedBy('priya', () => said('reply Priya thank you, see you then'));
    expect(copied).toContain('"thank you, see you then"');
  });

  it('understands "reply priya great" and "add priya ..." with no colon, when the name is a client\'s', async () => {
    const got = await receivedBy('priya', async () => expect(await said('reply priya great')).toMatch(/^Sent to Priya in their chat with the coach\./));
    expect(got).toContain('"great"');
    expect(await said('message priya shah see you at 10')).toMatch(/^Sent to Priya /);
    expect(await said('add priya call the college by friday')).toBe('Added to their plan: "call the college", by Friday 19 June. They have been told.');
    // Words that are a question still are one: her plan, and nothing sent to her.
    const asked = await receivedBy('priya', () => said('tell me about priya'));
    expect(asked).toBe('');
  });

  it('asks which Sam for "reply sam ...", with the command to copy, and sends nothing', async () => {
    const got = await receivedBy('sam', async () => {
      const reply = await said('reply sam see you monday');
      expect(reply).toMatch(/^More than one client in your caseload matches "sam":/);
      expect(reply).toContain('For example: "message 2: see you monday" or "message Sam Jones: see you monday".');
    });
    expect(got).toBe('');
    expect(await said('reply sam okafor see you monday')).toMatch(/^Sent to Sam in their chat/);
  });

  it('asks "did you mean" for a name typed one letter out, with the command to copy, and does nothing else', async () => {
    expect(await said('plan prya')).toBe('I could not find that client, "prya", in your caseload. Did you mean Priya? If so, type: plan Priya');
    const got = await receivedBy('priya', async () =>
      expect(await said('reply prya ok see you then')).toBe('I could not find that client, "prya", in your caseload. Did you mean Priya? If so, type: message Priya: ok see you then'),
    );
    expect(got).toBe('');
    expect(await said('what did tmo say')).toBe('I could not find that client, "tmo", in your caseload. Did you mean Tom? If so, type: what did Tom say');
    expect(await said('plan zed')).toBe('I could not find that client, "zed", in your caseload. Type "caseload" to see the numbers.');
  });

  it('takes "plan jo" as Jo Bloggs, not a part of Sam Jones', async () => {
    expect(await said('plan jo')).toMatch(/^Jo Bloggs \(no name given\) has no plan yet\./);
  });

  it('calls the client who gave no name by their Teams name, as the caseload does', async () => {
    expect(await said('plan 4')).toMatch(/^Jo Bloggs \(no name given\) has no plan yet\./);
    expect(await said('message 4: can you ring me?')).toMatch(/^Sent to Jo Bloggs \(no name given\) in their chat with the coach\./);
    clock.advanceMinutes(5);
    const reply = await toAnn(() => users.jo!.say('ok will do'));
    expect(reply).toBe('Your client replied to your message:\n"ok will do"\nTo write back, type "reply", their number from "caseload", then your words.');
    expect(await said('reply 4 thank you, see you then')).toMatch(/^Sent to Jo Bloggs \(no name given\) /);
    const number = (await bot.app.database.db.escalation.findFirstOrThrow({ where: { clientId: ids.jo! } })).number!;
    expect(await said(`resolve ${number}`)).toMatch(new RegExp(`^Closed: #${number} Soon Jo Bloggs \\(no name given\\): Asked for you`));
  });
});
