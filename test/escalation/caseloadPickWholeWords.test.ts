// A client is picked from the caseload by their name, or by whole words of it, never by a piece of
// a word (adviser round ten): "plan hal", typed for Bob's client Hal, had opened Ann's client Fay
// Hale's plan, and an "add hal: ..." after it would have gone on Fay's plan.
import { describe, expect, it } from 'vitest';
import { caseloadKit, TestClock, useAdviserBot } from './harness.ts';

describe('picking a client by name', () => {
  const clock = new TestClock(new Date('2026-06-01T09:00:00Z'));
  const kit = useAdviserBot(clock);
  const { client, said } = caseloadKit(kit.bot, kit.ann);

  it("sets up Ann's caseload: Fay Hale (Hal is not Ann's client)", async () => {
    await client('fay', 'Fay Hale', 'Fay');
  });

  it('finds Fay by her name, her first name or her surname', async () => {
    for (const typed of ['plan fay hale', 'plan fay', 'plan hale']) expect(await said(typed)).toMatch(/Fay/);
  });

  it('does not take "hal" for Fay Hale, and adds nothing to her plan', async () => {
    const reply = await said('plan hal');
    expect(reply).toMatch(/^I could not find that client, "hal", in your caseload\./);
    expect(await said('add hal: call the agency by friday')).not.toMatch(/^Added/);
    expect(await said('plan fay')).not.toMatch(/call the agency/);
  });
});
