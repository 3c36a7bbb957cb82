// Acceptance (adviser round nine), over HTTP with the stand-in connector: Ann's working day on a
// Monday, with four clients, one of whom (Jo) gave the coach no name, and the operator's
// ADVISER_QUIET_AFTER_DAYS set to 3. What was found, each mended here:
// - "who hasnt been in touch" was fixed at a week when the adviser said no time;
// - a step notice about Jo said "Your client", with nothing to reach her by; answers read
//   "Jo Bloggs (no name given)'s next review";
// - "cancel priya and lees reviews" and "reviews next week" had the help list;
// - the caseload said "Reminders paused" with no day they start again;
// - "done priya 2" on Priya's own step said only "That action belongs to the client", and
//   "priya 3 done" had the help list;
// - "what did jo bloggs say" named her as typed ("jo bloggs").
import { describe, expect, it } from 'vitest';
import { reminderPauseStore } from '../../src/scheduler/reminderPauseStore.ts';
import { tellAdviserOfClientChange } from '../../src/usecases/adviserStepNotices.ts';
import { pauseRemindersUntil } from '../../src/usecases/reminderPause.ts';
import { planDeps } from '../../src/usecases/wiring.ts';
import { caseloadKit, TestClock, useAdviserBot } from './harness.ts';

const CLIENTS = [['tom', 'Tom Reid'], ['priya', 'Priya Shah'], ['lee', 'Lee Wong'], ['jo', 'Jo Bloggs']] as const;
const JO_REACH =
  'How to reach Jo Bloggs (no name given):\nOnly through the coach, in the Bot Framework Emulator: no phone or email is held.\nTo send them a message there, type: message Jo Bloggs: your words';

describe("an adviser's working day, round nine", () => {
  // Set up on Monday 1 June 2026; the day is Monday 15 June, from 9:30am in London.
  const clock = new TestClock(new Date('2026-06-01T09:00:00Z'));
  const kit = useAdviserBot(clock, { env: { ADVISER_QUIET_AFTER_DAYS: '3' } });
  const { ids, client, said, told, plans, raise, reviewOf, reviewReminders } = caseloadKit(kit.bot, kit.ann);
  const db = () => kit.bot().app.database.db;
  const toAnn = () => kit.bot().connector.repliesTo(kit.ann().conversationId);

  it('sets up the caseload: reviews on Thursday, Lee away until Tuesday 23 June, Jo and Priya asking for Ann', async () => {
    for (const [key, name] of CLIENTS) await client(key, name, name.split(' ')[0]!);
    await db().client.update({ where: { id: ids.jo! }, data: { displayName: null } });
    for (const key of ['priya', 'lee', 'jo']) {
      await plans().addGoalWithItems(ids[key]!, { text: 'A warehouse job', dueAt: null, items: [{ text: 'Apply to 3 warehouses', owner: 'client', dueAt: new Date('2026-06-30T23:00:00Z') }] });
      await said(`move ${key === 'jo' ? 'Jo Bloggs' : key} review to 18 june`);
    }
    clock.set('2026-06-15T08:30:00Z');
    const lastWrote = { tom: '2026-06-14T18:00:00Z', priya: '2026-06-12T10:00:00Z', lee: '2026-06-08T10:00:00Z', jo: '2026-06-03T10:00:00Z' };
    for (const [key, at] of Object.entries(lastWrote)) await db().client.update({ where: { id: ids[key]! }, data: { lastContactAt: new Date(at) } });
    const services = kit.bot().app.services;
    const lee = await db().client.findUniqueOrThrow({ where: { id: ids.lee! } });
    expect(await pauseRemindersUntil({ clock: services.clock, pauses: reminderPauseStore(db()) }, { client: lee, until: new Date('2026-06-23T12:00:00Z') })).toBe('paused');
    await raise('jo', 'client-asked');
    await raise('priya', 'client-asked');
  });

  it('checks escalations, and acknowledges and answers Jo', async () => {
    const escalations = await said('escalations');
    expect(escalations).toMatch(/^New escalations, not acknowledged yet, most urgent first:\n\n- #1 Soon Jo Bloggs \(no name given\): Asked for you/);
    // The first answer of Ann's day that names Jo says how to reach her; the next ones do not.
    expect(escalations).toContain(`\n\n${JO_REACH}`);
    const acknowledged = await said('ack jo bloggs');
    expect(acknowledged).toMatch(/^Acknowledged: #1 Soon Jo Bloggs \(no name given\): Asked for you/);
    expect(acknowledged).not.toMatch(/How to reach/);
    expect(await said('reply jo bloggs I can see you on Thursday at 10')).toMatch(/^Sent to Jo Bloggs \(no name given\) in their chat with the coach\./);
    expect(told('jo')).toMatch(/I can see you on Thursday at 10/);
    expect(await said('what did jo bloggs say')).toBe(
      // Round ten: Ann has just messaged Jo, so how to reach her is not said again.
      'I have no words from Jo Bloggs (no name given) kept for you. Only their last messages are kept, and taps on buttons are left out.',
    );
  });

  it('adds a step for Priya, and says whose a step is when Ann marks it done', async () => {
    expect(await said('add priya: she will ring the job centre by fri')).toMatch(/^Added to their plan as their own step: "ring the job centre", by Friday 19 June\./);
    expect(await said('add priya ring the college by friday')).toMatch(/^Added to their plan: "ring the college", by Friday 19 June\./);
    expect(await said('done priya 2')).toBe(
      [
        '"ring the job centre" is Priya\'s own step, so only they can mark it done, in their chat with the coach. Nothing was changed.',
        'Your open actions for them:',
        '- 3. ring the college, by Friday 19 June',
        'To mark one of yours done, type: done Priya 3',
      ].join('\n'),
    );
    expect(await said('priya 3 done')).toMatch(/^Marked done: "ring the college"/);
  });

  it('lists who is quiet for the days the operator set, when Ann says no time', async () => {
    expect(await said('whos quiet')).toBe(
      [
        'Not in touch with the coach for 3 days or more, longest first:',
        '',
        '- 4. Jo Bloggs (no name given): last wrote Wednesday 3 June at 11am, 12 days ago.',
        '- 3. Lee: last wrote Monday 8 June at 11am, 7 days ago.',
        '- 2. Priya: last wrote Friday 12 June at 11am, 3 days ago.',
        '',
        'To send one a message, type: message Jo Bloggs how are you getting on?',
      ].join('\n'),
    );
    expect(await said('whos been quiet for 10 days')).toMatch(/^Not in touch with the coach for 10 days or more, longest first:\n\n- 4\. Jo Bloggs \(no name given\): [^\n]*\n\n/);
  });

  it('shows on the caseload the day paused reminders start again', async () => {
    expect(await said('caseload')).toMatch(/\n3\. Lee: 0 late\. Review on Thursday 18 June\. Reminders paused until Tuesday 23 June\. /);
  });

  it('names Jo without an "\'s" after the bracket, wherever her review is said', async () => {
    expect(await said('when is jos review')).toBe(`The next review for Jo Bloggs (no name given) is Thursday 18 June. To move it, type: move Jo Bloggs review to Friday`);
    expect(await said('move jo bloggs review to friday')).toMatch(/^The next review for Jo Bloggs \(no name given\) is now Friday 19 June \(it was Thursday 18 June\)\./);
    expect(await said('move jo bloggs review to friday')).toMatch(/^The next review for Jo Bloggs \(no name given\) is Friday 19 June already\./);
    expect(await said('agree jo bloggs')).toMatch(/^You have agreed version \d+ of the plan for Jo Bloggs \(no name given\)\./);
    expect(await said('when is priyas review')).toMatch(/^Priya's next review is Thursday 18 June\./);
  });

  it('tells Ann of a step Jo took off by the name Ann knows her by (how to reach her is not said again the day Ann messaged her)', async () => {
    const before = toAnn().length;
    const step = { text: 'Ring the depot', owner: 'client' as const, createdBy: 'adviser' as const, dueAt: new Date('2026-06-17T23:00:00Z') };
    await tellAdviserOfClientChange(planDeps(kit.bot().app.services), { clientId: ids.jo!, step, change: { kind: 'dropped' } });
    expect(toAnn().slice(before).map((activity) => activity.text)).toEqual([
      `Jo Bloggs (no name given) took off a step you added: "Ring the depot". It was due Thursday 18 June.\nTo see their plan, type: plan Jo Bloggs`,
    ]);
  });

  it('lists the reviews of next week, Monday to Sunday, and of this week when asked "what reviews have i got"', async () => {
    expect(await said('move priya review to next tuesday')).toMatch(/^Priya's next review is now Tuesday 23 June/);
    expect(await said('reviews next week')).toBe(
      'Reviews next week (Monday 22 June to Sunday 28 June), soonest first:\n\n- 2. Priya: Tuesday 23 June\n\nTo move one, type "move", the client, then "review to" and the day.',
    );
    expect(await said('what reviews have i got this week')).toMatch(/^Reviews missed, then the next 7 days, soonest first:\n\n- 3\. Lee: Thursday 18 June\n- 4\. Jo Bloggs \(no name given\): Friday 19 June\n\n/);
  });

  it('asks once before it cancels two clients\' reviews, with one command on a button, then cancels both', async () => {
    expect(await said('cancel priya and lees reviews')).toBe(
      'Cancel these reviews?\n- Priya: Tuesday 23 June\n- Lee: Thursday 18 June\nNo new days are set until you set them. Their steps stay as they are. To cancel them, type: cancel Priya and Lee reviews confirm [Yes, cancel them]',
    );
    expect(toAnn().at(-1)!.suggestedActions?.actions).toEqual([{ type: 'imBack', title: 'Yes, cancel them', value: 'cancel Priya and Lee reviews confirm' }]);
    expect([await reviewReminders('priya'), await reviewReminders('lee')]).toEqual([['2026-06-23'], ['2026-06-18']]);
    expect(await said('cancel Priya and Lee reviews confirm')).toBe(
      [
        'The review for Priya on Tuesday 23 June is cancelled. They have been told, and no review is set now. To set a new day, type: move Priya review to Friday',
        'The review for Lee on Thursday 18 June is cancelled. They have been told, and no review is set now. To set a new day, type: move Lee review to Friday',
      ].join('\n\n'),
    );
    expect([await reviewOf('priya'), await reviewOf('lee')]).toEqual([null, null]);
    expect([await reviewReminders('priya'), await reviewReminders('lee')]).toEqual([[], []]);
    expect(told('lee')).toMatch(/^Your adviser has cancelled the day we were going to look at your plan together \(Thursday 18 June\)\./);
    expect(await said('cancel tom and priya reviews')).toBe(
      'Tom has no plan yet, so there is no review to cancel.\n\nPriya has no review set, so there is nothing to cancel. To set one, type: move Priya review to Friday',
    );
    expect(await said('cancel priya and zed reviews')).toMatch(/^I could not find that client, "zed", in your caseload\./);
  });
});
