// Acceptance (adviser round seven, play-testing), over HTTP with the stand-in connector: two busy
// advisers, Ann with seven clients (two called Sam) and Bob with one, typing as advisers type on a
// Monday. What was found:
// - "push sam's review to next week", "move priyas review to fri" and "when is priyas review" got
//   the help list or the format for moving an action: only "cadence" changed a review, and it
//   changes how often, not the one day;
// - "who hasnt been in touch", "who have i not heard from" and "whos gone quiet" got the help list
//   ("who has not replied" lists only open "Not replying to messages" escalations);
// - "wots urgent", "anythin urgent" and "whats happenin with lee" got the help list, where "whats
//   urgent" and "whats happening with lee" worked;
// - "reviews this week", "whos got a review this week", "whats on today", "how many clients have i
//   got" and "priya latest" got the help list; and, once reviews could be moved, "cancel sams
//   review" was read as a client called "cancel sams".
import { describe, expect, it } from 'vitest';
import { caseloadKit, TestClock, useAdviserBot } from './harness.ts';

const CLIENTS = [['tom', 'Tom Reid'], ['sam', 'Sam Okafor'], ['samj', 'Sam Jones'], ['priya', 'Priya Shah'], ['lee', 'Lee Wong'], ['cara', 'Cara Bell'], ['jo', 'Jo Bloggs']] as const;

describe('two busy advisers on a Monday, round seven', () => {
  // Set up on Monday 1 June 2026; the day is Monday 15 June, from 9:30am in London.
  const clock = new TestClock(new Date('2026-06-01T09:00:00Z'));
  const kit = useAdviserBot(clock, { advisers: 2 });
  const { ids, client, raise, said, told, plans, reviewOf, reviewReminders } = caseloadKit(kit.bot, kit.ann);
  const db = () => kit.bot().app.database.db;

  it('sets up the caseloads, with reviews, and some clients who wrote lately', async () => {
    for (const [key, name] of CLIENTS) await client(key, name, name.split(' ')[0]!);
    await client('dev', 'Dev Khan', 'Dev', 'bob');
    for (const key of ['sam', 'samj', 'priya', 'dev']) {
      await plans().addGoalWithItems(ids[key]!, { text: 'A warehouse job', dueAt: null, items: [{ text: 'Apply to 3 warehouses', owner: 'client', dueAt: new Date('2026-06-30T23:00:00Z') }] });
      await plans().setNextReview(ids[key]!, new Date('2026-06-14T23:00:00Z'));
    }
    clock.set('2026-06-15T08:30:00Z');
    await db().client.update({ where: { id: ids.priya! }, data: { lastContactAt: new Date('2026-06-12T10:00:00Z') } });
    await db().client.update({ where: { id: ids.lee! }, data: { lastContactAt: new Date('2026-06-08T10:00:00Z'), unansweredOutreach: 2 } });
    for (const key of ['tom', 'sam', 'samj', 'cara']) await db().client.update({ where: { id: ids[key]! }, data: { lastContactAt: new Date('2026-06-14T18:00:00Z') } });
  });

  it('moves a client\'s review to the same day next week, and the client is told and reminded of the new day', async () => {
    expect(await said("push priya's review to next week")).toBe(
      "Priya's next review is now Monday 22 June (it was Monday 15 June). They have been told, and the coach will remind them.",
    );
    expect(await reviewOf('priya')).toEqual(new Date('2026-06-21T23:00:00Z'));
    expect(await reviewReminders('priya')).toEqual(['2026-06-22']);
    expect(told('priya')).toBe('Your adviser moved the day we look at your plan together. The next time is Monday 22 June. If that day does not suit you, type "talk to my adviser".');
  });

  it('moves it to a day said, or on by weeks, and says when it is', async () => {
    expect(await said('move priyas review to fri')).toBe("Priya's next review is now Friday 19 June (it was Monday 22 June). They have been told, and the coach will remind them.");
    expect(await said('push back priyas review a week')).toBe("Priya's next review is now Friday 26 June (it was Friday 19 June). They have been told, and the coach will remind them.");
    expect(await said('when is priyas review')).toBe("Priya's next review is Friday 26 June. To move it, type: move Priya review to Friday");
    expect(await said('move priya review to fri 26 june')).toBe("Priya's next review is Friday 26 June already. Nothing was changed.");
  });

  it('changes nothing for a day gone, a day not read, or a client with no plan, and says why', async () => {
    expect(await said('move priya review to yesterday')).toBe('That day has passed, so nothing was changed. Choose today or a later day, like "Friday" or "12 June".');
    expect(await said('move priya review to the twelfth of never')).toBe(
      'I could not read that day, so nothing was changed. Try "Friday", "next week" or "12 June", like this: move Priya review to Friday',
    );
    expect(await said("push cara's review to next week")).toBe('Cara has no plan yet, so there is no review to move. Their first goal sets one.');
    expect(await reviewOf('priya')).toEqual(new Date('2026-06-25T23:00:00Z'));
  });

  it('asks which Sam, with commands that work as typed, and moves nothing until told', async () => {
    const which = await said("push sam's review to next week");
    expect(which).toMatch(/^More than one client in your caseload matches "sam":/);
    expect(which).toContain('"move 2 review to next week"');
    expect(await reviewOf('sam')).toEqual(new Date('2026-06-14T23:00:00Z'));
    expect(await said('move 2 review to next week')).toMatch(/^Sam's next review is now Monday 22 June \(it was Monday 15 June\)\./);
    expect(await said('when is sam jones review')).toBe("Sam's next review is today, Monday 15 June. To move it, type: move Sam Jones review to Friday");
  });

  it('says a missed review was not held, and never finds another adviser\'s client', async () => {
    clock.set('2026-06-16T08:30:00Z');
    expect(await said("when is sam jones's review")).toBe("Sam's review was due Monday 15 June and has not been held yet. To move it, type: move Sam Jones review to Friday");
    expect(await said("push dev's review to next week")).toBe('I could not find that client, "dev", in your caseload. Type "caseload" to see the numbers.');
    expect(await said('review lee weekly')).toMatch(/^Did you mean: cadence Lee 7\?/);
  });

  it('lists who has not been in touch for a week, quiet longest first, with a message to copy', async () => {
    const expected = [
      'Not in touch with the coach for 7 days or more, longest first:',
      '',
      '- 7. Jo: last wrote Monday 1 June at 10am, 15 days ago.',
      '- 5. Lee: last wrote Monday 8 June at 11am, 8 days ago. 2 reminders in a row not answered.',
      '',
      'To send one a message, type: message Jo how are you getting on?',
    ].join('\n');
    expect(await said("who hasn't been in touch")).toBe(expected);
    expect(await said('who have i not heard from')).toBe(expected);
    expect(await said('whos gone quiet')).toBe(expected);
    clock.set('2026-06-05T08:30:00Z');
    await db().client.updateMany({ where: { id: { in: [ids.jo!, ids.lee!] } }, data: { lastContactAt: new Date('2026-06-04T10:00:00Z') } });
    expect(await said('who hasnt been in touch')).toBe('Everyone in your caseload has written to the coach in the last 7 days.');
    clock.set('2026-06-16T08:30:00Z');
  });

  it('reads slipped question words, and sends a message in the words typed', async () => {
    expect(await said('wots urgent')).toBe('No escalations waiting. Nothing is open.');
    const lee = await raise('lee', 'client-asked');
    expect(await said('anythin urgent')).toMatch(new RegExp(`^New escalations, not acknowledged yet, most urgent first:\\n\\n- #${lee} Soon Lee: Asked for you`));
    const reply = await kit.ann().say('whats happenin with lee');
    expect(reply.join('\n')).not.toMatch(/I did not understand/);
    expect(await said('wen is priyas reveiw')).toBe("Priya's next review is Friday 26 June. To move it, type: move Priya review to Friday");
    await said('msg priya: wot time suits u on fri');
    expect(told('priya')).toMatch(/wot time suits u on fri/);
  });

  it('lists the reviews missed and those in the next 7 days, soonest first, telling the two Sams apart', async () => {
    const expected = [
      'Reviews missed, then the next 7 days, soonest first:',
      '',
      '- 3. Sam (Sam Jones): missed, due Monday 15 June',
      '- 2. Sam (Sam Okafor): Monday 22 June',
      '',
      'To move one, type "move", the client, then "review to" and the day.',
    ].join('\n');
    expect(await said('whos got a review this week')).toBe(expected);
    expect(await said('reviews this week')).toBe(expected);
    // "reviews due" tells them apart too (it had listed "3. Sam" with no more to go on).
    expect(await said('reviews due')).toMatch(/^Reviews due today, or missed:\n\n- 3\. Sam \(Sam Jones\): /);
  });

  it('answers the day\'s first questions, and never reads "cancel sams review" as a client called "cancel sams"', async () => {
    expect(await said('whats on today')).toMatch(/^Your caseload \(7 active, limit 20\):/);
    expect(await said('how many clients have i got')).toMatch(/^Your caseload \(7 active, limit 20\):/);
    const latest = await kit.ann().say('priya latest');
    expect(kit.lastCardToAnn().body[0].text).toMatch(/Priya/);
    expect(latest.join('\n')).not.toMatch(/I did not understand/);
    expect(await said('cancel sams review')).not.toMatch(/could not find that client/);
  });

  it('lists the new words in help, with closing an urgent one with no note', async () => {
    const help = await said('help');
    expect(help).toContain('- "move Sam review to next week" or "when is Sam\'s review": their next review day');
    expect(help).toContain('"who hasnt been in touch": ask about your caseload');
    expect(help).toContain('or "resolve 5 confirm" to close it with no note');
  });
});
