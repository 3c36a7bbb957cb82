// Acceptance, over HTTP with the stand-in connector: "done lee 7" when Lee's plan has two steps says
// so, with the command to copy, as "move lee 9 to fri" does (it had only "I could not find that
// action"); "plan tom b" opens Tom Barnes's plan when one Tom's surname starts with B (it found
// nobody), and a piece of a word is still not a name ("plan hal" does not open Fay Hale's).
import { describe, expect, it } from 'vitest';
import { caseloadKit, TestClock, useAdviserBot } from './harness.ts';

const CLIENTS = [['tomr', 'Tom Reid'], ['tomb', 'Tom Barnes'], ['lee', 'Lee Wong'], ['fay', 'Fay Hale'], ['tomw', 'Tom Walsh'], ['tomx', 'Tom Wood']] as const;
const buttonsOf = (activity: { suggestedActions?: { actions: { title: string; value: unknown }[] } }) =>
  (activity.suggestedActions?.actions ?? []).map((action) => [action.title, action.value]);

describe('a step number not in the plan, and a surname initial', () => {
  const clock = new TestClock(new Date('2026-06-01T09:00:00Z'));
  const kit = useAdviserBot(clock);
  const { ids, client, said, plans } = caseloadKit(kit.bot, kit.ann);
  const lastToAnn = () => kit.bot().connector.repliesTo(kit.ann().conversationId).at(-1)!;
  const stepsOf = async (key: string) => (await plans().currentPlan(ids[key]!))!.items.map((item) => [item.text, item.status]);

  it('sets up the caseload: Lee, Tom Barnes and Fay with a step of theirs and an action of Ann\'s', async () => {
    for (const [key, name] of CLIENTS) await client(key, name, name.split(' ')[0]!);
    for (const key of ['lee', 'tomb']) {
      await plans().addGoalWithItems(ids[key]!, {
        text: 'A warehouse job',
        dueAt: null,
        items: [
          { text: 'Apply to 3 warehouses', owner: 'client', dueAt: new Date('2026-06-30T23:00:00Z') },
          { text: 'Call the college', owner: 'adviser', dueAt: new Date('2026-06-20T23:00:00Z') },
        ],
      });
    }
    await plans().addGoalWithItems(ids.fay!, {
      text: 'A shop job',
      dueAt: null,
      items: [
        { text: 'Ring the shop', owner: 'adviser', dueAt: new Date('2026-06-20T23:00:00Z') },
        { text: 'Update my CV', owner: 'client', dueAt: new Date('2026-06-30T23:00:00Z') },
      ],
    });
    clock.set('2026-06-15T08:30:00Z');
  });

  it('"done lee 7": says Lee has steps 1 to 2, marks nothing done, and gives the command to copy with the plan on a button', async () => {
    const steps = await stepsOf('lee');
    expect(await said('done lee 7')).toBe(
      'There is no step 7 in Lee\'s plan: its steps are 1 to 2. Nothing was changed.\nTo see the numbers, type "plan Lee". Then type it again, like this: done Lee 2 [See Lee\'s plan]',
    );
    expect(buttonsOf(lastToAnn())).toEqual([["See Lee's plan", 'plan Lee']]);
    expect(await stepsOf('lee')).toEqual(steps);
    expect(await said('done Lee 2')).toMatch(/^Marked done/);
  });

  it('"plan tom r" opens Tom Reid\'s plan (he has none yet), not Tom Barnes\'s', async () => {
    expect(await said('plan tom r')).toMatch(/^Tom has no plan yet\./);
  });

  it('"done fay 5": the command to copy names Ann\'s own action (step 1), not Fay\'s step (step 2)', async () => {
    expect(await said('done fay 5')).toMatch(/Then type it again, like this: done Fay 1 \[See Fay's plan\]$/);
    expect(await said('done Fay 1')).toMatch(/^Marked done/);
  });

  it.each(['plan tom b', 'plan Tom B.'])('"%s" opens Tom Barnes\'s plan, with its card', async (line) => {
    await said(line);
    expect(JSON.stringify(lastToAnn().attachments ?? [])).toContain('Call the college');
  });

  it('"done tom b 2" marks Tom Barnes\'s action done', async () => {
    expect(await said('done tom b 2')).toMatch(/^Marked done/);
    expect((await stepsOf('tomb')).map(([text, status]) => `${text}: ${status}`)).toContain('Call the college: done');
  });

  it('"plan tom w" fits two Toms, so it asks which', async () => {
    expect(await said('plan tom w')).toContain('More than one client in your caseload matches');
  });

  it('"plan hal" does not open Fay Hale\'s plan: a piece of a word is not a name', async () => {
    const reply = await said('plan hal');
    expect(reply).toMatch(/hal/i);
    expect(reply).not.toMatch(/Fay|Hale/);
    expect(lastToAnn().attachments ?? []).toEqual([]);
  });
});
