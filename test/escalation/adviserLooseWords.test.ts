// Acceptance (adviser play-test, play6/c item 8), over HTTP with the stand-in connector: advisers
// type commands loosely. "show me sams plan", "Sam", "whats up with sam" and "who needs me today"
// got the whole help list; "ack 5 6" and "ack all" got "I could not find that escalation"; and
// "add sam - book him on forklift course by next wed" got only a format error. Now each does what
// it asks, and what is still not understood says so before the help list.
import { beforeAll, describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { cardTexts } from '../support/adaptiveCards.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { caseloadKit, TestClock, useAdviserBot } from './harness.ts';

describe(`an adviser's loosely typed commands, on ${testProvider}`, () => {
  // Wednesday 17 June 2026, 10am in London.
  const clock = new TestClock(new Date('2026-06-17T09:00:00Z'));
  const { bot, ann } = useAdviserBot(clock, { advisers: 2 });
  const { ids, client, raise, statusOf, said } = caseloadKit(bot, ann);
  /** What the last reply to Ann showed: the card's text, or the message text. */
  async function shown(words: string): Promise<string> {
    await ann().say(words);
    const reply = ann().replies().at(-1)!;
    return reply.attachments?.length ? cardTexts(reply.attachments[0].content).join('\n') : String(reply.text);
  }

  beforeAll(async () => {
    clock.set('2026-06-08T09:00:00Z');
    await client('sam', 'Sam Jones', 'Sam', 'ann');
    await client('priya', 'Priya Shah', 'Priya', 'ann');
    await client('tom', 'Tom Reid', 'Tom', 'ann');
    await client('dev', 'Dev Khan', 'Dev', 'bob');
    const plans = new PlanRepository(bot().app.database.db, clock);
    await plans.addGoalWithItems(ids.sam!, {
      text: 'Get a warehouse job',
      dueAt: new Date('2026-07-31T23:00:00Z'),
      items: [{ text: 'Apply to 3 warehouses', owner: 'client', dueAt: new Date('2026-06-26T23:00:00Z') }],
    });
    await plans.agree(ids.sam!);
    clock.set('2026-06-17T09:00:00Z');
  });

  it.each(['show me sams plan', 'sams plan', 'plan for sam', 'open sam', 'whats up with sam', 'how is sam doing', "What's up with Sam?", 'Sam', 'sam jones'])(
    'shows Sam\'s plan card for %j, not the help list',
    async (words) => {
      const seen = await shown(words);
      expect(seen).not.toMatch(/Adviser commands|Here is what I can do/);
      expect(seen).toContain('Plan: Sam');
      expect(seen).toContain('Apply to 3 warehouses');
    },
  );

  it('answers "who needs me today" and "what needs doing" with the caseload, and "whats urgent" with the escalations', async () => {
    const crisis = await raise('tom', 'crisis');
    const caseload = await said('caseload');
    expect(caseload).toMatch(/Tom: URGENT: May not be safe/);
    for (const words of ['who needs me today', 'who needs me', 'what needs doing']) expect(await said(words)).toBe(caseload);
    const escalations = await said('escalations');
    expect(escalations).toContain(`#${crisis} URGENT Tom: May not be safe`);
    expect(await said('whats urgent')).toBe(escalations);
    await said(`resolve ${crisis} confirm`);
  });

  it('acknowledges two escalations at once, with a space or a comma between the numbers', async () => {
    const [first, second, third, fourth] = [await raise('sam', 'client-asked'), await raise('priya', 'client-asked'), await raise('tom', 'concern'), await raise('priya', 'specialist-question')];
    const reply = await said(`ack ${first} ${second}`);
    expect(reply).toMatch(new RegExp(`^Acknowledged 2 escalations:\\n\\n- #${first} Soon Sam: Asked for you \\(raised [^)]*; acknowledged by Ann Patel\\)\\n- #${second} Soon Priya: Asked for you`));
    expect(reply).not.toContain('could not find');
    expect([await statusOf(first), await statusOf(second)]).toEqual(['acknowledged', 'acknowledged']);

    const withComma = await said(`ack ${third}, ${fourth}`);
    expect(withComma).toMatch(/^Acknowledged 2 escalations:/);
    expect([await statusOf(third), await statusOf(fourth)]).toEqual(['acknowledged', 'acknowledged']);
  });

  it('says which number it could not find, and acknowledges the rest', async () => {
    const found = await raise('sam', 'concern');
    const reply = await said(`ack ${found} 999`);
    expect(reply).toMatch(new RegExp(`^Acknowledged 1 escalation:\\n\\n- #${found} Soon Sam: Signs they are struggling`));
    expect(reply).toMatch(/I could not find #999\. Type "escalations" to see the numbers\.$/);
    expect(await statusOf(found)).toBe('acknowledged');
  });

  it('"ack all" acknowledges every open escalation of hers, says how many, and leaves another adviser\'s alone', async () => {
    const mine = [await raise('sam', 'job-loss'), await raise('tom', 'specialist-question')];
    const bobs = await raise('dev', 'client-asked');
    const reply = await said('ack all');
    expect(reply).toMatch(/^Acknowledged 2 escalations:/);
    for (const number of mine) {
      expect(reply).toContain(`#${number} `);
      expect(await statusOf(number)).toBe('acknowledged');
    }
    expect(reply).not.toContain(`#${bobs} `);
    expect(await statusOf(bobs)).not.toBe('acknowledged');
    expect(await said('ack all')).toBe('There are no open escalations to acknowledge. Type "escalations" to see the ones not closed yet.');
  });

  it('adds, moves and messages with a dash in place of the colon', async () => {
    expect(await said('add sam - book him on forklift course by next wed')).toBe(
      'Added to their plan: "book him on forklift course", by Wednesday 24 June. They have been told.',
    );
    const plan = (await new PlanRepository(bot().app.database.db, clock).currentPlan(ids.sam!))!;
    const number = plan.items.findIndex((item) => item.text === 'book him on forklift course') + 1;
    expect(await said(`move sam - ${number} to Friday`)).toMatch(/^Moved: "book him on forklift course", now by Friday 19 June/);
    expect(await said('message tom - are you free to talk on Friday?')).toMatch(/^Sent to Tom in their chat with the coach\./);
  });

  it('says it did not understand before the help list, and gives plain help for "help"', async () => {
    // "thanks" was here; it now gets "You're welcome." (adviserBusyDay.test.ts).
    // "how do i contact tom" was here; it now says how to reach Tom (adviserRoundFour.test.ts).
    for (const words of ['where is the printer', 'Phil', 'the kettle is broken']) {
      const reply = await said(words);
      expect(reply.split('\n')[0]).toBe('I did not understand that. Here is what I can do:');
      expect(reply).toContain('- caseload: your clients, overdue actions and next reviews');
      expect(reply).toMatch(/Your invite code is \w+\.$/);
    }
    const help = await said('help');
    expect(help).toMatch(/^Your invite code is \w+\./);
    expect(help).not.toContain('I did not understand');
    expect(help).toContain('"ack 5 6" or "ack all" for more than one');
  });

  it('asks which Sam when a name typed alone is the name of two clients', async () => {
    await client('sam-okafor', 'Sam Okafor', 'Sam', 'ann');
    const reply = await said('Sam');
    expect(reply).toMatch(/^More than one client in your caseload matches "Sam":/);
    expect(reply).toContain('- 1. Sam (Sam Jones)');
    expect(reply).toContain('- 4. Sam (Sam Okafor)');
    // Typed alone, his full name is his: he has no plan yet, and says so, with how to start it.
    expect(await said('sam okafor')).toMatch(/^Sam has no plan yet\. They start one by setting a goal with the coach\.\n[^]*\nadd 4: call them to agree a first goal by Friday$/);
  });
});
