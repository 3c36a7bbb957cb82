// Dates, round eight: the kinds of miss the round-eight tuning part showed (test/corpus/dates/roundEight.ts),
// each mended as a kind and checked here in other words than the corpus rows; and the design choice
// for a day and month just gone ("20/11" said on 23 November), see JUST_GONE_DAYS in dateChecks.ts.
import { describe, expect, it } from 'vitest';
import { parseDueDate } from '../../src/domain/dates.ts';
import { dayAlreadyGone, dayJustGone, isFarAway } from '../../src/domain/dateChecks.ts';
import { dateNotReadSorry, dayAtTheDayQuestion } from '../../dialogs/goalDateReading.ts';
import { noDaySorry } from '../../dialogs/laterDayPrompt.ts';
import { dayGone } from '../../src/messages/en/review.ts';
import { asCorpusDay } from '../corpus/dates/score.ts';

// Monday 23 November 2026, 09:30 in London; Friday 27 November, 19:00; Friday 23 October, 16:00.
const monday = { now: new Date('2026-11-23T09:30:00Z'), timeZone: 'Europe/London' };
const friday = { now: new Date('2026-11-27T19:00:00Z'), timeZone: 'Europe/London' };
const october = { now: new Date('2026-10-23T15:00:00Z'), timeZone: 'Europe/London' };
const answer = (text: string, at = monday) => asCorpusDay(dayAtTheDayQuestion(text, at), at.timeZone);

describe('a day and month with no year, gone in the last six days', () => {
  it.each(['18/11', '17th november', 'nov 20th', '22.11.'])('%j said on 23 November is told the day has gone, not moved to next year', (text) => {
    expect(answer(text)).toBeNull();
    expect(dateNotReadSorry(text, monday)).toBe(dayGone);
  });

  it('is told so when a step is moved, and is not saved', () => {
    const words = { ask: 'Which day?', notCaught: "Sorry, I didn't catch that day." };
    expect(noDaySorry('18/11', monday, words)).toBe(dayGone);
    expect(dayJustGone('18/11', monday)).not.toBeNull();
  });

  it('keeps next year\'s day, checked as far away, for a day further back or said with its year', () => {
    for (const text of ['16/11', '1/11', '1/6', '20/11/2027']) {
      expect(dayJustGone(text, monday), text).toBeNull();
      expect(isFarAway(dayAtTheDayQuestion(text, monday)!, monday), text).toBe(true);
    }
    expect(answer('1/11')).toBe('2027-11-01');
  });

  it('leaves days to come and days of the month alone', () => {
    expect(answer('25/11')).toBe('2026-11-25');
    expect(answer('23/11')).toBe('2026-11-23');
    expect(answer('the 20th')).toBe('2026-12-20');
    expect(answer('every monday')).toBe('2026-11-30');
    expect(dayJustGone('friday', monday)).toBeNull();
  });

  it('still reads the date inside a step as the next time it comes round', () => {
    expect(asCorpusDay(parseDueDate('18/11', monday), monday.timeZone)).toBe('2027-11-18');
  });
});

describe('today has not gone', () => {
  it('is never told "That day has gone"', () => {
    expect(dayAlreadyGone('at 9 this morning', friday)).toBeNull();
    expect(dateNotReadSorry('at 9 this morning', friday)).not.toBe(dayGone);
  });
});

describe('short day names beside another day or a part of the day', () => {
  it.each([
    ['sat or sun', monday, '2026-11-28'], ['thurs or wed', monday, '2026-11-26'], ['wed / fri', monday, '2026-11-25'],
    ['sun/mon', friday, '2026-11-29'], ['wed eve', monday, '2026-11-25'], ['sat morning', friday, '2026-11-28'],
  ])('%j is the first day said', (text, at, day) => {
    expect(answer(text, at)).toBe(day);
  });

  it('does not read "i sat" as a day', () => {
    expect(answer('i sat or stood')).toBeNull();
  });
});

describe('other words for a day', () => {
  it('reads "in the morning" said alone as tomorrow', () => {
    expect(answer('in the morning', friday)).toBe('2026-11-28');
    expect(answer('early in the morning')).toBe('2026-11-24');
  });

  it('reads "next week in" a day as that day next week', () => {
    expect(answer('next week in tuesday')).toBe('2026-12-01');
  });

  it('tells "yest" the day has gone', () => {
    expect(dateNotReadSorry('yest', monday)).toBe(dayGone);
  });

  it('asks again for "this week or the next": two weeks name no day', () => {
    expect(answer('this month or the next one')).toBeNull();
    expect(answer('friday this week or next')).toBe('2026-11-27');
  });

  it('reads halloween as 31 October', () => {
    expect(answer("hallowe'en", october)).toBe('2026-10-31');
  });

  it('asks about the day school breaks up for a holiday, not Christmas Day', () => {
    expect(answer('when school breaks up for christmas')).toBeNull();
    expect(dateNotReadSorry('when school breaks up for christmas', monday)).not.toBe(dayGone);
    expect(answer('christmas')).toBe('2026-12-25');
  });
});
