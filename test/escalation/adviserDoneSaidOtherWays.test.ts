// "mark amira dbs as done", "amira done dbs", "dbs done for amira", "done: amira dbs", "amira - dbs done",
// "finished amiras dbs", "ive done the dbs for amira", "tick off amira dbs": a busy adviser marking their
// own action done by its words, said other ways than "done amira dbs". Each had the whole help list.
// Now each is read as "done amira dbs"; look-alikes (a message, an add, a question, "well done") are not.
// The lines marked "held out" were written with the rest and never tuned on.
import { describe, expect, it } from 'vitest';
import { adviserDoneKit, changedBetween } from './adviserDoneFixture.ts';
import { TestClock } from './harness.ts';

describe('an action marked done by its words, said other ways', () => {
  // Monday 1 June 2026, 9am in London.
  const clock = new TestClock(new Date('2026-06-01T09:00:00Z'));
  const { client, said, setUp, statuses, reopen } = adviserDoneKit(clock);

  it('sets up Amira and Dev, each with four actions of Ann\'s and a step of their own, and Lee', async () => {
    await setUp();
    await client('lee', 'Lee Brown', 'Lee');
  });

  const HELP = /^I did not understand that/;
  // [set, typed, client, the action marked done (null: none), what the reply must say]
  const LINES: [string, string, string, string | null, RegExp][] = [
    ['own', 'mark amira dbs as done', 'amira', 'Book her DBS check', /^Marked done for Amira: 2\. "Book her DBS check"/],
    ['own', 'amira done dbs', 'amira', 'Book her DBS check', /^Marked done for Amira: 2\./],
    ['own', 'dbs done for amira', 'amira', 'Book her DBS check', /^Marked done for Amira: 2\./],
    ['own', 'done: amira dbs', 'amira', 'Book her DBS check', /^Marked done for Amira: 2\./],
    ['own', 'amira - dbs done', 'amira', 'Book her DBS check', /^Marked done for Amira: 2\./],
    ['own', 'finished amiras dbs', 'amira', 'Book her DBS check', /^Marked done for Amira: 2\./],
    ['own', 'ive done the dbs for amira', 'amira', 'Book her DBS check', /^Marked done for Amira: 2\./],
    ['own', 'tick off amira dbs', 'amira', 'Book her DBS check', /^Marked done for Amira: 2\./],
    ['own', 'Mark Dev vacancies done', 'dev', 'Send her 3 care home vacancies', /^Marked done for Dev: 3\./],
    ['own', 'ive done devs esol', 'dev', 'Ring the college about the ESOL course', /^Marked done for Dev: 4\./],
    ['own', 'amira: vacancies done', 'amira', 'Send her 3 care home vacancies', /^Marked done for Amira: 3\./],
    ['own', 'completed devs dbs check', 'dev', 'Book her DBS check', /^Marked done for Dev: 2\./],
    ['own', 'amira dbs done', 'amira', 'Book her DBS check', /^Marked done for Amira: 2\./],
    ['own', 'cross off dev employer', 'dev', 'Ring the employer about her hours', /^Marked done for Dev: 5\./],
    ['own', 'DBS DONE FOR AMIRA!', 'amira', 'Book her DBS check', /^Marked done for Amira: 2\./],
    ['own', 'just done amiras dbs', 'amira', 'Book her DBS check', /^Marked done for Amira: 2\./],
    ["own", "i've done Amira's DBS", 'amira', 'Book her DBS check', /^Marked done for Amira: 2\./],
    ['own', 'done amiras dbs', 'amira', 'Book her DBS check', /^Marked done for Amira: 2\./],
    ["own", "Done Dev's vacancies", 'dev', 'Send her 3 care home vacancies', /^Marked done for Dev: 3\./],
    ['own', 'mark amria dbs as done', 'amira', null, /^I could not find that client, "amria", in your caseload\. Did you mean Amira\? If so, type: done Amira dbs$/],
    ['own', 'amira done ring', 'amira', null, /^2 of your actions for Amira fit "ring"\. Nothing was marked done\./],
    ['own', 'dev esol done', 'dev', 'Ring the college about the ESOL course', /^Marked done for Dev: 4\./],
    // Look-alikes: none of these marks anything done.
    ['own', 'message amira are you done with the form?', 'amira', null, /^Sent to Amira/],
    ['own', 'add lee: get dbs done by friday', 'lee', null, /your action starts it: "get dbs done", by Friday/],
    ['own', 'amira completed the college course', 'amira', null, /^(?!Marked done)/],
    ["own", "amira's done the college course", 'amira', null, /^(?!Marked done)/],
    ['own', 'amiras done the esol course', 'amira', null, /^(?!Marked done)/],
    ['own', 'i did the esol course with amira', 'amira', null, /^(?!Marked done)/],
    ['own', 'i did 2 things for the college', 'amira', null, /^(?!Marked done|None of your|Which of your)/],
    ['own', 'mark amira dbs as not done', 'amira', null, /^(?!Marked done|None of your)/],
    ['own', 'resolve amira', 'amira', null, /^(?!Marked done|I did not understand)/],
    ['own', 'is amira done with the dbs?', 'amira', null, /^(?!Marked done)/],
    ['own', 'has dev done his cv', 'dev', null, /^(?!Marked done)/],
    ['own', 'what needs done today', 'amira', null, /^(?!Marked done|I did not understand)/],
    ['own', 'well done amira', 'amira', null, /^(?!Marked done)/],
    ['own', 'im done for today', 'amira', null, /^(?!Marked done|Which of your actions)/],
    ['own', 'tell amira well done on the dbs', 'amira', null, /^Sent to Amira/],
    ['held out', 'dbs for amira is done', 'amira', 'Book her DBS check', /^Marked done for Amira: 2\./],
    ['held out', 'marked amiras dbs as done', 'amira', 'Book her DBS check', /^Marked done for Amira: 2\./],
    ['held out', 'Dev - ESOL done', 'dev', 'Ring the college about the ESOL course', /^Marked done for Dev: 4\./],
    ['held out', 'done : dev employer', 'dev', 'Ring the employer about her hours', /^Marked done for Dev: 5\./],
    ['held out', 'ive finished the vacancies for dev', 'dev', 'Send her 3 care home vacancies', /^Marked done for Dev: 3\./],
    ['held out', 'tick amira dbs off', 'amira', 'Book her DBS check', /^Marked done for Amira: 2\./],
    ['held out', 'did you get amiras dbs done?', 'amira', null, /^(?!Marked done)/],
    ['held out', 'message dev: well done on finishing the esol course', 'dev', null, /^Sent to Dev/],
    ['held out', 'amira is done with the course', 'amira', null, /^(?!Marked done)/],
  ];

  it.each(LINES)('%s: "%s"', async (_set, typed, key, marked, reply) => {
    await reopen(key);
    const before = await statuses(key);
    const answer = await said(typed);
    const changed = changedBetween(before, await statuses(key));
    expect(changed).toEqual(marked ? [marked] : []);
    expect(answer).toMatch(reply);
    if (marked) expect(answer).not.toMatch(HELP);
  });
});
