// When reminders go out, worked out in the client's local time (pure domain, no clock needed).
import { describe, expect, it } from 'vitest';
import { TZDate } from '@date-fns/tz';
import { isQuietTime, itemReminders, outsideQuietHours, retryAt, reviewReminder } from '../../src/domain/reminderTiming.ts';
import { nextReviewDate, reviewCadenceDays, asksUsefulness, confidenceChange, offersLocusRetake } from '../../src/domain/reviewCadence.ts';
import { styleForBand } from '../../src/domain/coachingStyle.ts';

const localClock = (instant: Date, zone: string): string => {
  const local = new TZDate(instant.getTime(), zone);
  return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')} ${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`;
};
const midnight = (y: number, m: number, d: number, zone: string) => new Date(new TZDate(y, m - 1, d, 0, 0, zone).getTime());
const style = { overdueFollowUpDays: 3 };

describe('item reminders', () => {
  // Play-testing, round eight: an overdue nudge and the review invitation had come the same morning.
  it('leave out an overdue nudge on the review day: the review asks about the step', () => {
    const planned = itemReminders({
      lineageId: 'L9',
      dueAt: midnight(2026, 3, 31, 'Europe/London'),
      timeZone: 'Europe/London',
      now: new Date('2026-03-20T12:00:00Z'),
      style,
      reviewAt: midnight(2026, 4, 4, 'Europe/London'),
    });
    expect(planned.filter((p) => p.kind === 'item-overdue').map((p) => localClock(p.sendAt, 'Europe/London'))).toEqual(['2026-04-01 10:00', '2026-04-07 10:00', '2026-04-10 10:00']);
  });

  it('go out at 10:00 London time across the March clock change', () => {
    const planned = itemReminders({ lineageId: 'L1', dueAt: midnight(2026, 3, 31, 'Europe/London'), timeZone: 'Europe/London', now: new Date('2026-03-20T12:00:00Z'), style });
    expect(planned.map((p) => [p.kind, localClock(p.sendAt, 'Europe/London')])).toEqual([
      ['item-due-soon', '2026-03-29 10:00'],
      ['item-due-today', '2026-03-31 10:00'],
      ['item-overdue', '2026-04-01 10:00'],
      ['item-overdue', '2026-04-04 10:00'],
      ['item-overdue', '2026-04-07 10:00'],
      ['item-overdue', '2026-04-10 10:00'],
    ]);
    // 29 March is the first day of summer time: 10:00 BST is 09:00 UTC.
    expect(planned[0]!.sendAt.toISOString()).toBe('2026-03-29T09:00:00.000Z');
    expect(planned[0]!.key).toBe('item:L1:due-soon:2026-03-29');
  });

  it('go out at 10:00 London time across the October clock change', () => {
    const planned = itemReminders({ lineageId: 'L2', dueAt: midnight(2026, 10, 27, 'Europe/London'), timeZone: 'Europe/London', now: new Date('2026-10-20T12:00:00Z'), style });
    expect(planned[0]!.sendAt.toISOString()).toBe('2026-10-25T10:00:00.000Z');
    expect(planned.every((p) => localClock(p.sendAt, 'Europe/London').endsWith('10:00'))).toBe(true);
  });

  it('follow each client\'s own zone: New York and London get 10:00 their time', () => {
    const london = itemReminders({ lineageId: 'A', dueAt: midnight(2026, 3, 31, 'Europe/London'), timeZone: 'Europe/London', now: new Date('2026-03-20T00:00:00Z'), style });
    const newYork = itemReminders({ lineageId: 'B', dueAt: midnight(2026, 3, 31, 'America/New_York'), timeZone: 'America/New_York', now: new Date('2026-03-20T00:00:00Z'), style });
    expect(london[1]!.sendAt.toISOString()).toBe('2026-03-31T09:00:00.000Z');
    expect(newYork[1]!.sendAt.toISOString()).toBe('2026-03-31T14:00:00.000Z');
  });

  it('leave out what is already past, and skip "due soon" when it would come after "due today"', () => {
    const planned = itemReminders({ lineageId: 'C', dueAt: midnight(2026, 6, 11, 'Europe/London'), timeZone: 'Europe/London', now: new Date('2026-06-10T12:00:00Z'), style });
    expect(planned.map((p) => p.kind)).toEqual(['item-due-today', 'item-overdue', 'item-overdue', 'item-overdue', 'item-overdue']);
  });

  it('never land in quiet hours, even when the sending hour is inside them', () => {
    const quiet = { start: 9, end: 11 };
    const planned = itemReminders({ lineageId: 'D', dueAt: midnight(2026, 3, 31, 'Europe/London'), timeZone: 'Europe/London', now: new Date('2026-03-20T00:00:00Z'), style, quietHours: quiet });
    expect(planned.every((p) => localClock(p.sendAt, 'Europe/London').endsWith('11:00'))).toBe(true);
  });
});

describe('quiet hours', () => {
  it('run from 21:00 to 08:00 local and move a late send to 08:00 next morning, across the clock change', () => {
    const lateSaturday = new Date('2026-03-28T22:30:00Z'); // 22:30 GMT, the night the clocks go forward
    expect(isQuietTime(lateSaturday, 'Europe/London')).toBe(true);
    const moved = outsideQuietHours(lateSaturday, 'Europe/London');
    expect(localClock(moved, 'Europe/London')).toBe('2026-03-29 08:00');
    expect(moved.toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(isQuietTime(new Date('2026-03-29T07:00:00Z'), 'Europe/London')).toBe(false);
    expect(isQuietTime(new Date('2026-03-29T06:59:00Z'), 'Europe/London')).toBe(true);
  });

  it('keep retries out of quiet hours too', () => {
    const at = retryAt({ now: new Date('2026-06-10T19:59:00Z'), attempt: 6, timeZone: 'Europe/London', random: () => 1 }); // 20:59 BST + ~16 min
    expect(localClock(at, 'Europe/London')).toBe('2026-06-11 08:00');
  });

  it('back off exponentially, with jitter', () => {
    const now = new Date('2026-06-10T10:00:00Z');
    const delay = (attempt: number, r: number) => retryAt({ now, attempt, timeZone: 'UTC', random: () => r }).getTime() - now.getTime();
    expect(delay(1, 1)).toBe(30_000);
    expect(delay(3, 1)).toBe(120_000);
    expect(delay(3, 0)).toBe(15_000);
    expect(delay(20, 1)).toBe(3_600_000);
  });
});

describe('review cadence', () => {
  it('is fortnightly by default, shortened by a style that checks in more often, and set by the adviser', () => {
    expect(reviewCadenceDays({ style: styleForBand('internal') })).toBe(14);
    expect(reviewCadenceDays({ style: styleForBand('external') })).toBe(7);
    expect(reviewCadenceDays({ adviserCadenceDays: 28, style: styleForBand('external') })).toBe(28);
    expect(reviewCadenceDays({ adviserCadenceDays: 7, style: styleForBand('internal') })).toBe(7);
  });

  it('counts calendar days in the client\'s zone, across the clock change', () => {
    const next = nextReviewDate({ from: new Date('2026-03-20T23:30:00Z'), timeZone: 'Europe/London', adviserCadenceDays: 14, style: styleForBand('external') });
    expect(localClock(next, 'Europe/London')).toBe('2026-04-03 00:00');
    const reminder = reviewReminder({ clientId: 'c1', reviewAt: next, timeZone: 'Europe/London', now: new Date('2026-03-21T00:00:00Z') });
    expect(reminder?.key).toBe('review:c1:2026-04-03');
    expect(localClock(reminder!.sendAt, 'Europe/London')).toBe('2026-04-03 10:00');
  });

  it('asks about usefulness every review and offers the locus questions every third', () => {
    expect([0, 1, 2, 3, 4, 5, 6].filter(asksUsefulness)).toEqual([1, 2, 3, 4, 5, 6]);
    expect([1, 2, 3, 4, 5, 6].filter(offersLocusRetake)).toEqual([3, 6]);
  });

  it('reads a confidence rating against the one before', () => {
    expect(confidenceChange(null, 4)).toBe('same');
    expect(confidenceChange(6, 4)).toBe('lower');
    expect(confidenceChange(4, 6)).toBe('higher');
    expect(confidenceChange(5, 5)).toBe('same');
  });
});
