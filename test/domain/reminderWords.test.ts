// A reply to a reminder in the client's own words, read when the buttons' words did not match.
import { describe, expect, it } from 'vitest';
import { readDoneIsh, readReminderOpening, readReminderWords } from '../../src/domain/reminderWords.ts';

describe('a reminder answered in words', () => {
  it.each([
    ['finished it!!', 'done'],
    ['sorted it', 'done'],
    ['yep did it yesterday', 'done'],
    ['can i have till friday', 'more-time'],
    ['can you remind me tomorrow', 'more-time'],
    ['havent started it tbh', 'more-time'],
    ['not finished yet', 'more-time'],
    ['i need help with it', 'help'],
    ['im stuck on the cover letter', 'help'],
    ['all done', 'done'],
  ])('%j is %s', (text, answer) => {
    expect(readReminderWords(text)).toBe(answer);
  });

  it.each(['what reminder?', 'how do i do that', 'i went shopping', 'hello', 'help', 'i have an interview tomorrow', 'i have done 3 applications', 'i sorted my cv out and applied to tesco', 'busy week'])('%j is none', (text) => {
    expect(readReminderWords(text)).toBeNull();
  });
});

// Play-testing: "Done, I went on Tuesday and they have a class on Thursday mornings" had "Sorry, I
// didn't catch that" and the menu; only a bare "Done" worked.
describe('an answer to a reminder said first, with what happened after it', () => {
  it.each([
    ['Done, I went on Tuesday and they have a class on Thursday mornings', 'done', 'I went on Tuesday and they have a class on Thursday mornings'],
    ['did it - rang them this morning', 'done', 'rang them this morning'],
    ['yes done, sent it off', 'done', 'sent it off'],
    ['Finished it! got an interview', 'done', 'got an interview'],
    ['Done', 'done', ''],
    ['not yet, the bus was off', 'more-time', 'the bus was off'],
    ['Not done, I was ill all week', 'more-time', 'I was ill all week'],
    ['nope not yet', 'more-time', ''],
  ] as const)('%j is %s', (text, answer, rest) => {
    expect(readReminderOpening(text)).toEqual({ answer, rest });
  });

  it.each(['done? not yet', 'doneness', 'i went on tuesday', 'dont know'])('%j opens with no answer', (text) => {
    expect(readReminderOpening(text)).toBeNull();
  });
});

// Play-testing: "did 1 on indeed" had "Sorry, I didn't catch that". Read with the step it answers.
describe('done-ish words, read with the step', () => {
  it.each([
    ['did 1 on indeed', 'Warehouse or sumthin, Once', 'done'],
    ['did 1 on indeed', 'Apply for 2 jobs', 'partly'],
    ['done it', 'Update my CV', 'done'],
    ['sent it', 'Email my CV to the agency', 'done'],
    ['yeah sent it off this morning', 'Send the form', 'done'],
    ['applied to 2', 'Apply for 2 cleaning jobs', 'done'],
    ['applied for one', 'Apply for 2 jobs', 'partly'],
    ['i have done 3 applications', 'Apply for 3 jobs', 'done'],
    // Applying is news for the job-search log unless the step is about it.
    ['applied to 2', 'Update my CV', null],
    ['applied to tesco', 'Apply for 2 jobs', null],
    ['not sent it yet', 'Send my CV', null],
    ['did a course', 'Ring the college', null],
    ['did it?', 'Ring the college', null],
  ] as const)('%j to %j is %s', (text, step, expected) => {
    expect(readDoneIsh(text, step)).toBe(expected);
  });
});
