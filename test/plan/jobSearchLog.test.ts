// Acceptance (issue 16): a client logs two applications and an interview in their own words; the
// review shows them, and they are kept for the adviser.
import { describe, expect, it } from 'vitest';
import { useBotUnderTest } from '../support/useBotUnderTest.ts';
import { ChatUser } from '../support/botUnderTest.ts';
import { testProvider } from '../support/testDatabase.ts';
import { PlanRepository } from '../../src/db/plans.ts';
import { AdviserRepository } from '../../src/db/advisers.ts';
import { seedReadyClient, startPlanBotOnFreshDatabase, TestClock } from './planTestBot.ts';

const MONDAY = new Date('2026-06-08T09:00:00Z'); // 10am in London

describe(`logging the job search on ${testProvider}`, () => {
  const clock = new TestClock(MONDAY);
  const bot = useBotUnderTest(() => startPlanBotOnFreshDatabase(clock));
  const text = (replies: string[]) => replies.join('\n');

  it('takes two applications and an interview, and the review names them', async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'external', now: MONDAY });
    await new PlanRepository(db, clock).addGoalWithItems(seeded.id, {
      text: 'Get a job in a shop',
      dueAt: null,
      items: [{ text: 'Apply for 2 shop jobs', owner: 'client', dueAt: new Date('2026-06-11T23:00:00Z') }],
    });
    const user = new ChatUser(bot, { userId: seeded.userId });
    expect(text(await user.say('hi'))).toMatch(/\[Log my job search\]/);
    expect(text(await user.say('Log my job search'))).toMatch(/What did you do to find work\?/);
    expect(text(await user.say('i dunno'))).toMatch(/I didn't catch what you did/);
    const first = text(await user.say('applied to Halfords'));
    expect(first).toMatch(/I have added an application to Halfords to your job search/);
    expect(first).toMatch(/Is there anything else to add\?/);
    await user.say('Add another');
    expect(text(await user.say('I applied for a job at Tesco this morning'))).toMatch(/an application to Tesco/);
    expect(text(await user.say('That is all'))).toMatch(/What would you like to do next\?/);

    const interview = text(await user.say('got an interview at Asda on Thursday'));
    expect(interview).toMatch(/Well done for getting an interview! I have added an interview at Asda on Thursday 11 June to your job search/);
    await user.say('no');

    const rows = await db.jobSearchEntry.findMany({ where: { clientId: seeded.id }, orderBy: { recordedAt: 'asc' } });
    expect(rows.map((row) => [row.kind, row.employer])).toEqual([
      ['application', 'Halfords'],
      ['application', 'Tesco'],
      ['interview', 'Asda'],
    ]);
    expect(rows[2]!.happensAt).toEqual(new Date('2026-06-10T23:00:00Z'));

    // The adviser's desk: the caseload line shows what was logged, and the first employer contact's day.
    const advisers = new AdviserRepository(db);
    const ann = await advisers.register({ name: 'Ann', userKey: 'emulator:adviser-ann-js' });
    await advisers.assignClient(seeded.id, ann);
    await db.client.update({ where: { id: seeded.id }, data: { consentedAt: new Date('2026-06-01T09:00:00Z') } });
    const caseload = text(await new ChatUser(bot, { userId: 'adviser-ann-js', name: 'Ann' }).say('caseload'));
    expect(caseload).toMatch(/Sam: .*2 jobs applied for, 1 interview\. First spoke to an employer on day 7\./);

    clock.current = new Date('2026-06-12T09:00:00Z');
    const review = text(await user.say('Review my plan'));
    expect(review).toMatch(/Here is what you did to find work since last time:/);
    expect(review).toMatch(/- Applied to Halfords\n- Applied to Tesco\n- Interview at Asda/);
  });

  // Play-testing (round six): "had an interview at boots and didnt get it" got "Well done for getting an interview!".
  it('hears a no: sorry first, and the interview or application still kept', async () => {
    const db = bot.app.database.db;
    const seeded = await seedReadyClient(db, { band: 'mixed', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    const interview = text(await user.say('had an interview at boots and didnt get it. feel like a bit of a failure honestly'));
    expect(interview).toMatch(/I am sorry you did not get it\. That is hard\. Getting an interview means they liked what they saw\. I have added an interview at Boots/);
    expect(interview).not.toMatch(/Well done for getting/);
    await user.say('Add another');
    expect(text(await user.say('applied to Greggs but they rejected me'))).toMatch(/I am sorry it was a no this time\. That is hard\. Every application still counts\./);
    const rows = await db.jobSearchEntry.findMany({ where: { clientId: seeded.id } });
    expect(rows.map((row) => row.kind).sort()).toEqual(['application', 'interview']);
  });

  it('keeps one application for each employer named in one message', async () => {
    const db = bot.app.database.db;
    clock.current = MONDAY;
    const seeded = await seedReadyClient(db, { band: 'external', now: MONDAY });
    const user = new ChatUser(bot, { userId: seeded.userId });
    await user.say('hi');
    await user.say('Log my job search');
    expect(text(await user.say('applied at greggs and costa yesterday'))).toMatch(/I have added applications to Greggs and Costa to your job search/);
    await user.say('Add another');
    expect(text(await user.say('I went into Boots and asked about work'))).toMatch(/I have added a contact with Boots to your job search/);
    const rows = await db.jobSearchEntry.findMany({ where: { clientId: seeded.id }, orderBy: { employer: 'asc' } });
    expect(rows.map((row) => [row.kind, row.employer])).toEqual([
      ['employer-contact', 'Boots'],
      ['application', 'Costa'],
      ['application', 'Greggs'],
    ]);
  });
});
