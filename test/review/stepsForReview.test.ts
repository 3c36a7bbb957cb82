// Which steps a review asks "How did it go?", which it only checks, and which it praises; and the
// typed answers to the check. Pure rules (src/domain), no database.
import { describe, expect, it } from 'vitest';
import { sortForReview } from '../../src/domain/reviewCadence.ts';
import { missedAtReviewBefore, wasDoneAtAReview } from '../../src/domain/reviewOutcomes.ts';
import { readStillOnTrack } from '../../src/domain/stillOnTrackWords.ts';

const step = (name: string, dueAt: string | null, status = 'open', completedAt: string | null = null) => ({
  name,
  status,
  dueAt: dueAt ? new Date(dueAt) : null,
  completedAt: completedAt ? new Date(completedAt) : null,
});
const names = (steps: Array<{ name: string }>) => steps.map((s) => s.name);

describe('sortForReview', () => {
  const now = new Date('2026-06-22T09:00:00Z'); // Monday 22 June, 10am in London
  const london = { nextReviewAt: new Date('2026-06-21T23:00:00Z'), lastReviewAt: null, now, timeZone: 'Europe/London' };

  it('asks about steps due today or before, and only checks steps still ahead (play-testing: 15 July asked on 22 June)', () => {
    const sorted = sortForReview(
      [step('overdue', '2026-06-18T23:00:00Z'), step('today', '2026-06-21T23:00:00Z'), step('july', '2026-07-14T23:00:00Z'), step('dropped', '2026-06-01T23:00:00Z', 'dropped')],
      london,
    );
    expect(names(sorted.due)).toEqual(['overdue', 'today']);
    expect(names(sorted.comingUp)).toEqual(['july']);
    expect(sorted.runs).toBe(true);
  });

  it('reads "today" in the client\'s time zone', () => {
    // 23 June 00:00 in Auckland is 22 June 12:00 UTC; at 09:00 UTC it is already 21:00 on 22 June there.
    const auckland = sortForReview([step('tomorrow in London, today in Auckland', '2026-06-22T12:00:00Z')], { ...london, timeZone: 'Pacific/Auckland' });
    expect(auckland.comingUp).toHaveLength(1);
    const evening = new Date('2026-06-22T13:00:00Z'); // 1am on 23 June in Auckland
    expect(sortForReview([step('due', '2026-06-22T12:00:00Z')], { ...london, now: evening, timeZone: 'Pacific/Auckland' }).due).toHaveLength(1);
  });

  it('holds the review on the review day with every step done, and praises the steps done since the last one', () => {
    const sorted = sortForReview(
      [step('done after', '2026-06-10T23:00:00Z', 'done', '2026-06-12T10:00:00Z'), step('done before', '2026-06-01T23:00:00Z', 'done', '2026-06-05T10:00:00Z')],
      { ...london, lastReviewAt: new Date('2026-06-08T09:00:00Z') },
    );
    expect(sorted).toMatchObject({ due: [], comingUp: [], runs: true });
    expect(names(sorted.doneSince)).toEqual(['done after']);
  });

  it('is not held before the review day when nothing is due', () => {
    const early = sortForReview([step('july', '2026-07-14T23:00:00Z'), step('no day', null)], { ...london, nextReviewAt: new Date('2026-06-28T23:00:00Z') });
    expect(early).toMatchObject({ due: [], runs: false });
    // A step with no day is looked at on the review day.
    expect(names(sortForReview([step('no day', null)], london).due)).toEqual(['no day']);
  });
});

describe('the review history rules', () => {
  const at = (iso: string) => new Date(iso);

  it('knows a step praised as done at a review', () => {
    expect(wasDoneAtAReview([{ reviewId: null, outcome: 'done', createdAt: at('2026-06-10T10:00:00Z') }])).toBe(false);
    expect(wasDoneAtAReview([{ reviewId: 'r1', outcome: 'done', createdAt: at('2026-06-10T10:00:00Z') }])).toBe(true);
  });

  it('finds a step not done at the review before this one', () => {
    const entries = [{ reviewId: 'r1', outcome: 'not-done', createdAt: at('2026-06-08T09:05:00Z') }];
    expect(missedAtReviewBefore(entries, { lastReviewAt: at('2026-06-08T09:00:00Z'), thisReviewId: 'r2' })).toBe(true);
    expect(missedAtReviewBefore(entries, { lastReviewAt: at('2026-06-15T09:00:00Z'), thisReviewId: 'r3' })).toBe(false);
    expect(missedAtReviewBefore(entries, { lastReviewAt: at('2026-06-08T09:00:00Z'), thisReviewId: 'r1' })).toBe(false);
    expect(missedAtReviewBefore(entries, { lastReviewAt: null, thisReviewId: 'r2' })).toBe(false);
  });
});

describe('readStillOnTrack', () => {
  it.each([
    ['Is not 15 July yet. I not go yet', 'yes'],
    ['its not til friday?? but ive started it', 'yes'],
    ['not done it yet', 'yes'],
    ["i can't make that day", 'change'],
    ['I need more time', 'change'],
    ['my laptop broke', null],
  ] as const)('reads %j as %s', (text, expected) => {
    expect(readStillOnTrack(text)).toBe(expected);
  });
});
