// The pure plan rules: versions after a change, late items in the client's time zone, grouping by
// owner, and the dates the coaching style sets.
import { describe, expect, it } from 'vitest';
import {
  changeKindForStatus,
  daysOverdue,
  groupByOwner,
  isOverdue,
  nearerFirstStepDate,
  needsClientAgreement,
  isStillToDo,
  versionAfterChange,
} from '../../src/domain/plan.ts';
import { nextReviewDate } from '../../src/domain/reviewCadence.ts';
import { styleForBand } from '../../src/domain/coachingStyle.ts';

const agreedAt = new Date('2026-06-01T10:00:00Z');
const agreed = { status: 'agreed' as const, clientAgreedAt: agreedAt, adviserAgreedAt: null };

describe('versionAfterChange', () => {
  it('starts every first version and every content change as a draft', () => {
    expect(versionAfterChange(null, 'content')).toEqual({ status: 'draft', clientAgreedAt: null, adviserAgreedAt: null });
    expect(versionAfterChange(agreed, 'content')).toEqual({ status: 'draft', clientAgreedAt: null, adviserAgreedAt: null });
  });

  it('carries the agreement over when only progress is recorded', () => {
    expect(versionAfterChange(agreed, 'progress')).toEqual(agreed);
    expect(versionAfterChange({ status: 'draft', clientAgreedAt: null, adviserAgreedAt: null }, 'progress').status).toBe('draft');
  });

  it('treats dropping an item as a change of content, other outcomes as progress', () => {
    expect(changeKindForStatus('dropped')).toBe('content');
    for (const status of ['open', 'done', 'partly-done', 'not-done'] as const) expect(changeKindForStatus(status)).toBe('progress');
  });

  it('asks the client to agree to drafts only', () => {
    expect(needsClientAgreement({ status: 'draft', clientAgreedAt: null, adviserAgreedAt: null })).toBe(true);
    expect(needsClientAgreement({ status: 'draft', clientAgreedAt: null, adviserAgreedAt: agreedAt })).toBe(true);
    expect(needsClientAgreement(agreed)).toBe(false);
  });
});

describe('isOverdue', () => {
  const zone = 'Europe/London';
  const dueFriday = { status: 'open', dueAt: new Date('2026-06-11T23:00:00Z') }; // Friday 12 June, London midnight

  it('is not late on the day it is due, even late at night', () => {
    expect(isOverdue(dueFriday, new Date('2026-06-12T22:59:00Z'), zone)).toBe(false);
  });

  it('is late from the next day in the client\'s zone', () => {
    expect(isOverdue(dueFriday, new Date('2026-06-12T23:00:00Z'), zone)).toBe(true);
    expect(daysOverdue(dueFriday, new Date('2026-06-15T08:00:00Z'), zone)).toBe(3);
  });

  it('uses the client\'s own calendar: the same instant is a different day in Auckland', () => {
    const dueInAuckland = { status: 'open', dueAt: new Date('2026-06-11T12:00:00Z') }; // midnight 12 June, NZST
    expect(isOverdue(dueInAuckland, new Date('2026-06-12T11:59:00Z'), 'Pacific/Auckland')).toBe(false);
    expect(isOverdue(dueInAuckland, new Date('2026-06-12T12:00:00Z'), 'Pacific/Auckland')).toBe(true);
  });

  it('honours a clock time when one was given', () => {
    const at3pm = { status: 'open', dueAt: new Date('2026-06-12T14:00:00Z') };
    expect(isOverdue(at3pm, new Date('2026-06-12T13:59:00Z'), zone)).toBe(false);
    expect(isOverdue(at3pm, new Date('2026-06-12T14:01:00Z'), zone)).toBe(true);
  });

  it('never flags items that are finished, dropped or undated', () => {
    const later = new Date('2026-07-01T12:00:00Z');
    for (const status of ['done', 'not-done', 'dropped']) expect(isOverdue({ ...dueFriday, status }, later, zone)).toBe(false);
    expect(isOverdue({ ...dueFriday, status: 'partly-done' }, later, zone)).toBe(true);
    expect(isOverdue({ status: 'open', dueAt: null }, later, zone)).toBe(false);
    expect(daysOverdue({ status: 'open', dueAt: null }, later, zone)).toBe(0);
  });
});

describe('groupByOwner', () => {
  it('splits client and adviser items, soonest first, undated last, dropped left out', () => {
    const items = [
      { text: 'c-undated', owner: 'client', status: 'open', dueAt: null },
      { text: 'a-late', owner: 'adviser', status: 'open', dueAt: new Date('2026-06-20') },
      { text: 'c-soon', owner: 'client', status: 'open', dueAt: new Date('2026-06-10') },
      { text: 'c-dropped', owner: 'client', status: 'dropped', dueAt: new Date('2026-06-09') },
      { text: 'a-soon', owner: 'adviser', status: 'done', dueAt: new Date('2026-06-12') },
    ];
    const groups = groupByOwner(items);
    expect(groups.client.map((item) => item.text)).toEqual(['c-soon', 'c-undated']);
    expect(groups.adviser.map((item) => item.text)).toEqual(['a-soon', 'a-late']);
  });
});

describe('dates from the coaching style', () => {
  const now = new Date('2026-10-20T22:30:00Z'); // Tuesday 20 Oct, 11:30pm in London

  it('sets the next review at midnight, in the client\'s zone, after the cadence: the adviser\'s choice first, else the style', () => {
    const zone = 'Europe/London';
    expect(nextReviewDate({ from: now, timeZone: zone, style: styleForBand('external') })).toEqual(new Date('2026-10-27T00:00:00Z')); // clocks went back
    expect(nextReviewDate({ from: now, timeZone: zone, style: styleForBand('internal') })).toEqual(new Date('2026-11-03T00:00:00Z'));
    expect(nextReviewDate({ from: now, timeZone: zone, adviserCadenceDays: 28, style: styleForBand('external') })).toEqual(new Date('2026-11-17T00:00:00Z'));
    expect(nextReviewDate({ from: now, timeZone: 'America/New_York', adviserCadenceDays: 7, style: styleForBand('internal') })).toEqual(new Date('2026-10-27T04:00:00Z'));
  });

  it('counts open and partly done steps as still to do, and nothing else', () => {
    expect(['open', 'done', 'partly-done', 'not-done', 'dropped'].filter(isStillToDo)).toEqual(['open', 'partly-done']);
  });

  it('suggests a nearer first step only when the chosen date is past the style\'s limit', () => {
    const monday = new Date('2026-06-08T09:00:00Z');
    const inTenDays = new Date('2026-06-17T23:00:00Z');
    expect(nearerFirstStepDate(inTenDays, monday, 'Europe/London', 7)).toEqual(new Date('2026-06-14T23:00:00Z'));
    expect(nearerFirstStepDate(inTenDays, monday, 'Europe/London', 14)).toBeNull();
    expect(nearerFirstStepDate(new Date('2026-06-14T23:00:00Z'), monday, 'Europe/London', 7)).toBeNull();
  });
});
