// Acceptance (an adviser play-testing, January), over HTTP with the stand-in connector. What they met:
// - "add cara: book her on the forklift course by friday" for Cara, who has no plan yet, got "This
//   client has no plan yet" and the words were lost. Now the action starts her plan (from her job
//   goals), she is told, and her goal joins the same plan when she sets one;
// - "ack 5 6" with #5 acknowledged before listed it under "Acknowledged 2 escalations". Now those
//   acknowledged now and those acknowledged already (by whom and when) are said apart;
// - "what did sam say" with two clients called Sam gave the example "plan 1". Now the example is the
//   same question with a number ("what did client 1 say"), and it works when copied.
import { beforeAll, describe, expect, it } from 'vitest';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { caseloadKit, TestClock, useAdviserBot } from './harness.ts';

describe(`an adviser's play-test mends, on ${testProvider}`, () => {
  // Wednesday 17 June 2026, 10am in London.
  const clock = new TestClock(new Date('2026-06-17T09:00:00Z'));
  const { bot, ann } = useAdviserBot(clock, { advisers: 2 });
  const { ids, users, client, raise, statusOf, said } = caseloadKit(bot, ann);
  const planOf = (key: string) => new PlanRepository(bot().app.database.db, clock).currentPlan(ids[key]!);

  beforeAll(async () => {
    await client('sam', 'Sam Jones', 'Sam');
    await client('samO', 'Sam Okafor', 'Sam');
    await client('cara', 'Cara Lee', 'Cara');
    await client('tom', 'Tom Reid', 'Tom');
  });

  describe('an action for a client with no plan yet', () => {
    it('starts the plan with the action, keeps every word, and tells the client', async () => {
      expect(await planOf('cara')).toBeNull();
      const toldBefore = users.cara!.replies().length;
      expect(await said('add cara: book her on the forklift course by friday')).toBe(
        'They had no plan yet, so your action starts it: "book her on the forklift course", by Friday 19 June. ' +
          'They have been told. When they set a goal, it goes into the same plan.',
      );
      const plan = (await planOf('cara'))!;
      expect(plan.items).toEqual([expect.objectContaining({ text: 'book her on the forklift course', owner: 'adviser', createdBy: 'adviser', status: 'open' })]);
      const told = users.cara!.replies().slice(toldBefore).map((reply) => String(reply.text));
      expect(told).toEqual([expect.stringMatching(/^Your adviser has started your plan with a step they will do for you: "book her on the forklift course", by Friday 19 June\./)]);
    });

    it('shows the plan card from then on, and adds the next action to the same plan', async () => {
      expect(await said('add cara: ring the college by monday')).toBe('Added to their plan: "ring the college", by Monday 22 June. They have been told.');
      expect((await planOf('cara'))!.items.map((item) => item.text)).toEqual(['book her on the forklift course', 'ring the college']);
      await ann().say('plan cara');
      expect(ann().replies().at(-1)!.attachments?.length).toBe(1);
    });

    it('still asks by when, and adds nothing, when no day is given', async () => {
      expect(await planOf('tom')).toBeNull();
      expect(await said('add tom: call the housing team')).toBe(
        'By when will you do it? Nothing was added yet. Type it with a day, like this: add tom: call the housing team by Friday',
      );
      expect(await planOf('tom')).toBeNull();
    });
  });

  describe('"ack 5 6" with one acknowledged already', () => {
    it('says which were acknowledged now, and which already, by whom and when', async () => {
      const first = await raise('tom', 'client-asked');
      expect(await said(`ack ${first}`)).toMatch(/^Acknowledged: /);
      clock.set('2026-06-17T10:30:00Z');
      const second = await raise('cara', 'client-asked');
      const reply = await said(`ack ${first} ${second}`);
      expect(reply).toMatch(new RegExp(`^Acknowledged 1 escalation:\\n\\n- #${second} Soon Cara: Asked for you`));
      expect(reply).toMatch(
        new RegExp(`\\nAcknowledged already, so nothing was changed:\\n\\n- #${first} Soon Tom: Asked for you \\(raised [^)]*\\), acknowledged by Ann Patel on Wednesday 17 June at 10am$`),
      );
      expect(reply).not.toContain('Acknowledged 2');
      expect([await statusOf(first), await statusOf(second)]).toEqual(['acknowledged', 'acknowledged']);
    });

    it('says so plainly when every one was acknowledged already', async () => {
      const [first, second] = [await raise('sam', 'client-asked'), await raise('samO', 'client-asked')];
      await said(`ack ${first} ${second}`);
      const reply = await said(`ack ${first}, ${second}`);
      expect(reply).toMatch(/^Acknowledged already, so nothing was changed:\n\n- #/);
      expect(reply).not.toMatch(/Acknowledged \d/);
    });
  });

  describe('"what did sam say" when two clients are called Sam', () => {
    it('gives the same question with a number as the example, and the example works', async () => {
      await users.sam!.say('my bus pass ran out');
      const reply = await said('what did sam say');
      expect(reply).toMatch(/^More than one client in your caseload matches "sam":/);
      expect(reply).toContain('- 1. Sam (Sam Jones)');
      expect(reply).toContain('- 2. Sam (Sam Okafor)');
      expect(reply).toMatch(/For example: "what did client 1 say" or "what did Sam Jones say"\.$/);
      expect(reply).not.toContain('"plan ');
      const copied = await said('what did client 1 say');
      expect(copied).toMatch(/^What Sam wrote most recently, oldest first:/);
      expect(copied).toContain('"my bus pass ran out"');
      expect(await said('what did Sam Jones say')).toBe(copied);
    });
  });
});
