// Acceptance, over HTTP with the stand-in connector: an adviser puts a step in her client's plan
// ("add priya: she will apply to 2 jobs by thurs"), and Priya later takes it off or moves it, from
// "change my plan", a reminder's "I need more time" or a review's "No longer needed". Play-testing
// found the adviser was not told: she saw it only in the plan's versions. Now a short notice reaches
// her personal chat. Priya's own steps, and the adviser's own changes, tell her nothing; Priya's
// change is never questioned.
import { describe, expect, it } from 'vitest';
import { AdviserRepository } from '../../src/db/advisers.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { seedReadyClient } from '../plan/planTestBot.ts';
import { TestClock, useAdviserBot } from './harness.ts';

const joined = (replies: string[]) => replies.join('\n');

describe('a client changes a step their adviser added, and the adviser is told', () => {
  // Monday 15 June 2026, 9:30am in London.
  const clock = new TestClock(new Date('2026-06-15T08:30:00Z'));
  const kit = useAdviserBot(clock);
  const db = () => kit.bot().app.database.db;
  const plans = () => new PlanRepository(db(), clock);
  const toAnn = () => kit.bot().connector.repliesTo(kit.ann().conversationId).map((activity) => activity.text ?? '');
  const said = async (words: string) => joined(await kit.ann().say(words));

  /** Priya, Ann's client, at the menu with a goal and a step of her own ("Update my CV", Wednesday). */
  async function priya(): Promise<{ user: ChatUser; id: string; step: (text: string) => Promise<{ lineageId: string; status: string; dueAt: Date | null }> }> {
    await db().client.updateMany({ where: { displayName: 'Priya' }, data: { displayName: 'Priya (before)' } });
    const seeded = await seedReadyClient(db(), { band: 'mixed', now: clock.now() });
    await db().client.update({ where: { id: seeded.id }, data: { displayName: 'Priya' } });
    const advisers = new AdviserRepository(db());
    await advisers.assignClient(seeded.id, (await advisers.findByUserKey('emulator:adviser-ann'))!);
    await plans().addGoalWithItems(seeded.id, { text: 'A warehouse job', dueAt: null, items: [{ text: 'Update my CV', owner: 'client', dueAt: new Date('2026-06-16T23:00:00Z') }] });
    const user = new ChatUser(kit.bot(), { userId: seeded.userId });
    await user.say('hi');
    const step = async (text: string) => (await plans().currentPlan(seeded.id))!.items.find((item) => item.text === text)!;
    return { user, id: seeded.id, step };
  }

  it('tells the adviser when the client takes her step off from "change my plan", with the day it had', async () => {
    const { user, step } = await priya();
    expect(await said('add priya: she will apply to 2 jobs by thurs')).toMatch(/^Added to their plan as their own step: "apply to 2 jobs", by Thursday 18 June\./);
    const before = toAnn().length;
    await user.say('change my plan');
    await user.say('apply to 2 jobs');
    expect(joined(await user.say('take it off'))).toMatch(/Shall I take "apply to 2 jobs" off your plan\?/);
    // Priya's change goes through as it did: no question about the adviser, nothing held back.
    expect(joined(await user.say('yes'))).toMatch(/Done\. "apply to 2 jobs" is off your plan\./);
    expect((await step('apply to 2 jobs')).status).toBe('dropped');
    expect(toAnn().slice(before)).toEqual(['Priya took off a step you added: "apply to 2 jobs". It was due Thursday 18 June.\nTo see their plan, type: plan Priya']);
  });

  it('tells the adviser nothing when the client takes off a step she added herself', async () => {
    const { user, step } = await priya();
    const before = toAnn().length;
    await user.say('change my plan');
    await user.say('Update my CV');
    await user.say('take it off');
    expect(joined(await user.say('yes'))).toMatch(/Done\. "Update my CV" is off your plan\./);
    expect((await step('Update my CV')).status).toBe('dropped');
    expect(toAnn().slice(before)).toEqual([]);
  });

  it('tells the adviser the new day and the old one when the client moves her step, and nothing when she moves it herself', async () => {
    const { user, id, step } = await priya();
    await said('priya to ring the college by fri');
    const before = toAnn().length;
    expect(joined(await user.say('move my college step to next tuesday'))).toMatch(/Done\. "ring the college" is now due Tuesday 23 June\./);
    expect(toAnn().slice(before)).toEqual(['Priya moved a step you added to a new day: "ring the college", now by Tuesday 23 June (it was Friday 19 June).\nTo see their plan, type: plan Priya']);

    const number = (await plans().currentPlan(id))!.items.findIndex((item) => item.text === 'ring the college') + 1;
    const mine = toAnn().length;
    expect(await said(`move priya ${number} to fri 26 june`)).toBe('Moved their own step: "ring the college", now by Friday 26 June. They have been told, and the coach will remind them.');
    expect(toAnn().slice(mine)).toEqual(['Moved their own step: "ring the college", now by Friday 26 June. They have been told, and the coach will remind them.']);
    expect((await step('ring the college')).dueAt).toEqual(new Date('2026-06-25T23:00:00Z'));
  });

  it('tells the adviser when the client asks a reminder for more time on her step', async () => {
    const { user, step } = await priya();
    await said('add priya her action: visit the job fair by thurs');
    const lineageId = (await step('visit the job fair')).lineageId;
    const before = toAnn().length;
    expect(joined(await user.say('I need more time', { value: { reminderKey: 'test', reminderAnswer: 'more-time', itemLineageId: lineageId } }))).toMatch(/day/i);
    await user.say('next monday');
    expect((await step('visit the job fair')).dueAt).toEqual(new Date('2026-06-21T23:00:00Z'));
    expect(toAnn().slice(before)).toEqual(['Priya moved a step you added to a new day: "visit the job fair", now by Monday 22 June (it was Thursday 18 June).\nTo see their plan, type: plan Priya']);
  });

  it('tells the adviser when the client says at a review that her step is no longer needed', async () => {
    const { user, step } = await priya();
    await said('add priya: she will ask the agency about forklift work by tmrw');
    // Thursday 18 June: both steps are overdue, so the review asks about each.
    clock.set('2026-06-18T09:00:00Z');
    const before = toAnn().length;
    const answer = async (words: string) => joined(await user.say(words));
    expect(await answer('Review my plan')).toMatch(/Your step was: Update my CV\./);
    // Her own step first: no longer needed, told nobody.
    for (const words of ['No longer needed', 'a friend did it with me', 'nothing']) await answer(words);
    expect(await answer('no')).toMatch(/Your step was: ask the agency about forklift work\. It was for Tuesday 16 June\./);
    expect(toAnn().slice(before)).toEqual([]);
    for (const words of ['No longer needed', 'the agency closed', 'nothing']) await answer(words);
    expect(await answer('no')).toMatch(/If your first choice of job does not work out/);
    expect((await step('ask the agency about forklift work')).status).toBe('dropped');
    expect((await step('Update my CV')).status).toBe('dropped');
    expect(toAnn().slice(before)).toEqual(['Priya took off a step you added: "ask the agency about forklift work". It was due Tuesday 16 June.\nTo see their plan, type: plan Priya']);
  });
});
