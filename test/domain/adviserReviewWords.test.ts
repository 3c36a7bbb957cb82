// The words an adviser moves a client's review with, or asks when it is (adviser round seven), and
// the day "next week" or "a week" comes to. Pure: no bot, no database.
import { describe, expect, it } from 'vitest';
import { readReviewAsk, reviewDayFor } from '../../src/domain/adviserReviewWords.ts';
import { withQuestionWordsPutRight } from '../../src/domain/adviserQuestionSpellings.ts';
import { readAdviserQuestion } from '../../src/domain/adviserQuestionWords.ts';
import { quietClients } from '../../src/domain/quietClients.ts';

const day = (date: string) => {
  const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number];
  return { year, month, day: dayOfMonth };
};

describe('reading a review move or question', () => {
  it.each([
    ["push sam's review to next week", ['sam'], { kind: 'next-week' }],
    ['move sams review to monday', ['sams', 'sam'], { kind: 'day', text: 'monday' }],
    ['push back sams review a week', ['sams', 'sam'], { kind: 'weeks', weeks: 1 }],
    ['push priya review back 2 weeks', ['priya'], { kind: 'weeks', weeks: 2 }],
    ['move the review for 3 to the 30th', ['3'], { kind: 'day', text: 'the 30th' }],
    ['reschedule priya shahs review for a fortnight', ['priya shahs', 'priya shah'], { kind: 'weeks', weeks: 2 }],
  ])('"%s" moves the review of %j', (typed, client, when) => {
    expect(readReviewAsk(typed)).toMatchObject({ kind: 'move-review', client, when });
  });

  it.each([
    ['when is sams review', ['sams', 'sam']],
    ["when's tom's next review?", ['tom']],
    ['james review', ['james', 'jame']],
    ['when does lee have a review', ['lee']],
  ])('"%s" asks when the review of %j is', (typed, client) => {
    expect(readReviewAsk(typed)).toEqual({ kind: 'review-when', client });
  });

  it.each(['review lee weekly', 'set lee review to weekly', 'change lee review to every 2 weeks', 'when is my review', 'move sam 2 to monday', 'reviews due today'])(
    'leaves "%s" to the words that read it',
    (typed) => expect(readReviewAsk(typed)).toBeNull(),
  );
});

describe('the day a review moves to', () => {
  const monday15 = day('2026-06-15');
  it('"next week" is the same weekday in the week after this one', () => {
    expect(reviewDayFor({ kind: 'next-week' }, monday15, monday15)).toEqual(day('2026-06-22'));
    expect(reviewDayFor({ kind: 'next-week' }, day('2026-06-17'), monday15)).toEqual(day('2026-06-24'));
    expect(reviewDayFor({ kind: 'next-week' }, day('2026-06-22'), monday15)).toEqual(day('2026-06-29'));
    expect(reviewDayFor({ kind: 'next-week' }, day('2026-06-21'), day('2026-06-17'))).toEqual(day('2026-06-28'));
  });

  it('"a week" counts from the day it has, or from today when that day was missed', () => {
    expect(reviewDayFor({ kind: 'weeks', weeks: 1 }, day('2026-06-17'), monday15)).toEqual(day('2026-06-24'));
    expect(reviewDayFor({ kind: 'weeks', weeks: 2 }, day('2026-06-08'), monday15)).toEqual(day('2026-06-29'));
    expect(reviewDayFor({ kind: 'weeks', weeks: 1 }, null, monday15)).toEqual(day('2026-06-22'));
  });
});

describe('quiet clients and slipped question words', () => {
  it('lists those who last wrote a week or more ago, longest first, and no one who never wrote a word kept', () => {
    const now = new Date('2026-06-15T08:30:00Z');
    const entries = [
      { name: 'a', client: { lastContactAt: new Date('2026-06-08T22:30:00Z') } },
      { name: 'b', client: { lastContactAt: new Date('2026-06-01T10:00:00Z') } },
      { name: 'c', client: { lastContactAt: new Date('2026-06-08T23:30:00Z') } },
      { name: 'd', client: { lastContactAt: null } },
    ];
    expect(quietClients(entries, now, 'Europe/London').map((quiet) => [quiet.entry.name, quiet.days])).toEqual([['b', 14], ['a', 7]]);
  });

  it('puts right the question words only, never a name or anything else typed', () => {
    expect(withQuestionWordsPutRight('wots urgent')).toBe('whats urgent');
    expect(withQuestionWordsPutRight('Whats happenin with Wotton')).toBe('Whats happening with Wotton');
    expect(readAdviserQuestion(withQuestionWordsPutRight('who hasnt been in tuch'))).toEqual({ kind: 'quiet' });
    expect(readAdviserQuestion('who has not replied')).toEqual({ kind: 'not-replied' });
  });
});

describe('words about a review that are not its day', () => {
  it.each(['book sams review', 'any review'])('"%s" is not read as a client called by the first words', (typed) => {
    expect(readReviewAsk(typed)).toBeNull();
  });
  // Round eight: these call the review off, for the client named after the first word.
  it.each([['cancel sams review', ['sams', 'sam']], ['skip priya review', ['priya']]])('"%s" calls off the review, not a client called by the first words', (typed, client) => {
    expect(readReviewAsk(typed)).toEqual({ kind: 'cancel-review', client, confirmed: false });
  });
});
