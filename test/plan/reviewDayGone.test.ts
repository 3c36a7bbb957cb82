// Play-testing: a review left half way kept its day, and two weeks on the card still said "We will
// look at your plan again on Monday 15 June". A day gone is said as gone, never as ahead.
import { describe, expect, it } from 'vitest';
import { buildPlanCard } from '../../src/cards/planCard.ts';
import type { PlanVersion } from '../../src/db/plans.ts';

const NOW = new Date('2026-06-29T09:00:00Z'); // Monday 29 June, 10am in London
const context = { now: NOW, timeZone: 'Europe/London' };

function plan(nextReviewAt: Date | null): PlanVersion {
  return {
    id: 'plan-1', clientId: 'client-1', version: 2, status: 'agreed', situation: '', jobGoals: [], route: '', backupPlan: '',
    nextReviewAt, clientAgreedAt: new Date('2026-06-08T09:00:00Z'), adviserAgreedAt: null, createdBy: 'client', createdAt: NOW, goals: [], items: [],
  };
}

describe('the review day on the plan card', () => {
  it('says a day gone as gone, with the review there to do now', () => {
    const { fallbackText } = buildPlanCard(plan(new Date('2026-06-14T23:00:00Z')), context);
    expect(fallbackText).toContain('We were going to look at your plan again on Monday 15 June. We can do it any time now.');
    expect(fallbackText).not.toContain('We will look at your plan again');
  });

  it('says today and days ahead as ahead', () => {
    expect(buildPlanCard(plan(new Date('2026-06-28T23:00:00Z')), context).fallbackText).toContain('We will look at your plan again on Monday 29 June.');
    expect(buildPlanCard(plan(new Date('2026-07-05T23:00:00Z')), context).fallbackText).toContain('We will look at your plan again on Monday 6 July.');
  });
});
