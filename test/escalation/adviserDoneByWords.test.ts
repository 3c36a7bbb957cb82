// "done amira DBS": the adviser marks their own action done by its words. Play-testing (December)
// found it only listed the one action that matched, and marked nothing, so a busy adviser had to
// type it again with a number. Now: one match is marked done (through the use case), and the reply
// says which client, which action and its number; several are listed; none says so, with what is
// open. A bare "done amira" still lists. The last quarter of the lines was held out while mending.
import { describe, expect, it } from 'vitest';
import { adviserDoneKit, changedBetween } from './adviserDoneFixture.ts';
import { TestClock } from './harness.ts';

describe('"done <client> <words>" marks the one action the words name', () => {
  // Monday 1 June 2026, 9am in London.
  const clock = new TestClock(new Date('2026-06-01T09:00:00Z'));
  const { said, told, setUp, statuses } = adviserDoneKit(clock);

  it('sets up Amira and Dev, each with four actions of Ann\'s and a step of their own', setUp);

  // [set, typed, client, the action marked done (null: none), what the reply must say]
  const LINES: [string, string, string, string | null, RegExp][] = [
    ['own', 'done amira DBS', 'amira', 'Book her DBS check', /^Marked done for Amira: 2\. "Book her DBS check"\. They have been told\./],
    ['own', 'done amira - send vacancies', 'amira', 'Send her 3 care home vacancies', /^Marked done for Amira: 3\. "Send her 3 care home vacancies"/],
    ['own', 'done amira ring', 'amira', null, /^2 of your actions for Amira fit "ring"\. Nothing was marked done\. Which one\?\n- 4\. Ring the college[^\n]*\n- 5\. Ring the employer[^\n]*\nTo mark one done, type: done Amira 4$/],
    ['own', 'done amira payslips', 'amira', null, /^None of your open actions for Amira fits "payslips"\. Nothing was marked done\. Your open actions:\n- 4\. Ring the college/],
    ['own', 'done amira dbs', 'amira', null, /^"Book her DBS check" is done already\. Nothing was changed\./],
    ['own', 'done amira cv', 'amira', null, /^"Update my CV" is Amira's own step, so only they can mark it done/],
    ['own', 'done amira', 'amira', null, /^Which of your actions for Amira\? Nothing was marked done yet\./],
    ['own', 'Done Amira: ring the college', 'amira', 'Ring the college about the ESOL course', /^Marked done for Amira: 4\. "Ring the college about the ESOL course"/],
    ['own', 'done dev the employer', 'dev', 'Ring the employer about her hours', /^Marked done for Dev: 5\. "Ring the employer about her hours"/],
    ['held out', 'done dev dbs check', 'dev', 'Book her DBS check', /^Marked done for Dev: 2\. "Book her DBS check"/],
    ['held out', 'DONE DEV ESOL', 'dev', 'Ring the college about the ESOL course', /^Marked done for Dev: 4\./],
    ['held out', 'done dev vacancys', 'dev', null, /^None of your open actions for Dev fits "vacancys"|^Marked done for Dev: 3\./],
  ];

  it.each(LINES)('%s: "%s"', async (_set, typed, key, marked, reply) => {
    const before = await statuses(key);
    expect(await said(typed)).toMatch(reply);
    const changed = changedBetween(before, await statuses(key));
    if (/^Marked done/.test(reply.source.slice(1))) {
      expect(changed).toHaveLength(1);
      if (marked) expect(changed).toEqual([marked]);
      expect(told(key)).toMatch(/^Your adviser has done this: "/);
    } else {
      expect(changed).toEqual([]);
    }
  });

  // Found playing the adviser (December): "#2" was read as words, "2 and 3" as part of the name, and a
  // slip in the name ("amria") had the usage line for "sam", with the words lost.
  it.each([
    ['own', 'done dev #3', /^Marked done: "Send her 3 care home vacancies"\. They have been told\.$/],
    ['own', 'done amira 5 and 3', /^Marked done: "Ring the employer about her hours"\. They have been told\.\n"Send her 3 care home vacancies" is done already\. Nothing was changed\.$/],
    ['own', 'done amria payslips', /^I could not find that client, "amria", in your caseload\. Did you mean Amira\? If so, type: done Amira payslips$/],
    ['held out', 'done dve: the employer', /^I could not find that client, "dve", in your caseload\. Did you mean Dev\? If so, type: done Dev the employer$/],
  ])('%s, found in play: "%s"', async (_set, typed, reply) => {
    expect(await said(typed)).toMatch(reply);
  });
});
