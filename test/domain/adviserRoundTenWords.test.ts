// Round ten's words: a step for the client, a new starter's "how do i ...", shorthand, and a
// colleague's caseload. Words that are none of these are left to be read as before.
import { describe, expect, it } from 'vitest';
import { addsInOneLine, leadBeforeClient, namesTheirStep } from '../../src/domain/adviserActionWords.ts';
import { readAdviserCommand } from '../../src/domain/adviserCommandWords.ts';
import { readHowTo } from '../../src/domain/adviserHowToWords.ts';
import { readAdviserQuestion } from '../../src/domain/adviserQuestionWords.ts';
import { withShorthandCommand, withShorthandWordsSpelt } from '../../src/domain/adviserShorthandWords.ts';

describe('a step for the client', () => {
  it.each(['a step for priya', 'another task for 2', 'a to do for sam', 'a new step for jo bloggs'])('"%s" is theirs', (words) => expect(namesTheirStep(words)).toBe(true));
  it.each(['priya', 'an action for priya', 'for priya', 'to priyas plan'])('"%s" is not said to be theirs', (words) => expect(namesTheirStep(words)).toBe(false));
  it('finds the words before the client', () => {
    expect(leadBeforeClient('a step for priya update her cv')).toEqual(['a step for ', 'priya update her cv']);
    expect(leadBeforeClient('priya update her cv')).toEqual(['', 'priya update her cv']);
  });
});

describe('two adds in one line', () => {
  it('splits at a second "add" with its own client and colon', () => {
    expect(addsInOneLine('add a step for priya: apply for 2 jobs by thurs and add a step for lee: ring the college by fri')).toEqual([
      'add a step for priya: apply for 2 jobs by thurs',
      'add a step for lee: ring the college by fri',
    ]);
    expect(addsInOneLine('add priya: x by fri, then add lee: y by mon and add 3: z by tue')).toEqual(['add priya: x by fri', 'add lee: y by mon', 'add 3: z by tue']);
  });
  it.each(['add sam: ring the college and book the course by fri', 'add sam: ring the college and add it to the list by fri', 'message sam: and add lee: hi'])(
    'keeps "%s" whole',
    (line) => expect(addsInOneLine(line)).toEqual([line]),
  );
});

describe("a new starter's how do i", () => {
  it.each([
    ['how do i add a step for a client', ['add']],
    ['how do i cancel a review?', ['cancel']],
    ['what does ack mean', ['ack']],
    ['whats the command to close an escalation', ['resolve']],
    ['how do i add a new client', ['code']],
    ['how can i move a clients review', ['review']],
    ['how do i change the date of an action', ['move']],
  ])('"%s"', (words, topics) => expect(readHowTo(words)).toEqual(topics));
  it.each(['how is sam', 'what is sam doing', 'what does this do', 'add priya: call the college by friday'])('"%s" asks no how', (words) => expect(readHowTo(words)).toBeNull());
});

describe('shorthand', () => {
  it.each([
    ['esc', 'escalations'],
    ['cl', 'caseload'],
    ['how do i see my clients', 'caseload'],
  ])('"%s" is %s', (words, command) => expect(readAdviserCommand(words)).toEqual({ command }));
  it.each([
    ['od', 'overdue'],
    ['rev nxt wk', 'reviews-next-week'],
    ['revs this wk', 'reviews-week'],
    ['revs tdy', 'reviews-due'],
  ])('"%s" asks %s', (words, kind) => expect(readAdviserQuestion(words)).toEqual({ kind }));
  it('puts right the first word only, so what is sent stays as typed', () => {
    expect(withShorthandCommand('res 2 spoke to tom, rev nxt wk')).toBe('resolve 2 spoke to tom, rev nxt wk');
    expect(withShorthandCommand('mv priya rev to fri')).toBe('move priya rev to fri');
    expect(withShorthandCommand('resume sam')).toBe('resume sam');
    expect(withShorthandWordsSpelt('mv priya rev to nxt wk')).toBe('mv priya review to next week');
  });
});

describe("a colleague's caseload", () => {
  it.each(['im covering for bob', "covering bob's clients this week", 'bobs caseload', "show me bob's caseload", "i'm looking after bob hughes caseload while he's away"])(
    '"%s"',
    (words) => expect(readAdviserCommand(words)?.command).toBe('colleague'),
  );
  it.each(['covering letter', 'my caseload', 'show me sams plan'])('"%s" is no colleague', (words) => expect(readAdviserCommand(words)?.command).not.toBe('colleague'));
});
