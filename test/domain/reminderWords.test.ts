// A reply to a reminder in the client's own words, read when the buttons' words did not match.
import { describe, expect, it } from 'vitest';
import { readReminderWords } from '../../src/domain/reminderWords.ts';

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
