// The adviser's plan card stays inside what Teams accepts however long the plan grows: the latest
// goals, each owner's steps still to do first (with their buttons and their plan numbers, which the
// typed shortcuts use), and the rest counted.
import { describe, expect, it } from 'vitest';
import { adviserPlanCard, PLAN_VERBS } from '../../src/cards/adviserPlanCard.ts';
import { GOALS_SHOWN, STEPS_SHOWN } from '../../src/cards/planCard.ts';
import type { PlanItem, PlanVersion } from '../../src/db/plans.ts';
import { earlierGoals, moreSteps } from '../../src/messages/en/planCard.ts';
import { cardTexts, validateAdaptiveCard } from '../support/adaptiveCards.ts';

const NOW = new Date('2026-06-15T09:00:00Z');

function step(position: number, owner: PlanItem['owner'], status: PlanItem['status']): PlanItem {
  const text = `${owner} step ${position + 1}`;
  return { id: text, lineageId: `lineage-${text}`, goalLineageId: null, position, dueAt: null, status, owner, createdBy: owner, createdAt: NOW, completedAt: null, text };
}

function longPlan(goalCount: number, items: PlanItem[]): PlanVersion {
  const goals = Array.from({ length: goalCount }, (_, i) => ({ id: `g${i}`, lineageId: `g${i}`, position: i, text: `Goal number ${i + 1}`, jobGoal: null, confidence: 7, dueAt: null }));
  return {
    id: 'plan-1', clientId: 'client-1', version: 9, status: 'agreed', situation: '', jobGoals: [], route: '', backupPlan: '',
    nextReviewAt: null, clientAgreedAt: null, adviserAgreedAt: null, createdBy: 'client', createdAt: NOW, goals, items,
  } as unknown as PlanVersion;
}

const card = (plan: PlanVersion) => adviserPlanCard({ clientId: 'client-1', clientName: 'Sam', plan, timeZone: 'Europe/London', now: NOW });
const executeVerbs = (value: unknown): string[] => JSON.stringify(value).match(/"verb":"[^"]+"/g) ?? [];

describe("the adviser's plan card", () => {
  it('keeps a plan of 80 goals and 120 steps under Teams\' limit, the open steps shown with their plan numbers', () => {
    // 80 client steps (70 done), then 40 adviser steps (the last 12 open).
    const items = [
      ...Array.from({ length: 80 }, (_, i) => step(i, 'client', i < 70 ? 'done' : 'open')),
      ...Array.from({ length: 40 }, (_, i) => step(80 + i, 'adviser', i < 28 ? 'done' : 'open')),
    ];
    const built = card(longPlan(80, items));
    expect(JSON.stringify(built).length).toBeLessThan(20_000);
    expect(validateAdaptiveCard(built).errors).toEqual([]);
    const texts = cardTexts(built).join('\n');
    expect(texts).toContain(earlierGoals(80 - GOALS_SHOWN));
    expect(texts).toContain('Goal number 80');
    expect(texts).not.toMatch(/Goal number 72\b/);
    // Card text escapes the markdown of "71.". The client's ten open steps, numbered as the plan numbers them (71 to 80); the done ones counted.
    for (let n = 71; n <= 80; n++) expect(texts).toContain(`${n}\\. client step ${n} (`);
    expect(texts).not.toContain('70\\. client step 70 (');
    expect(texts).toContain(moreSteps(80 - STEPS_SHOWN));
    // Ten of the adviser's twelve open steps, each with its two buttons; the rest counted.
    expect(texts).toContain('109\\. adviser step 109 (');
    expect(texts).toContain(moreSteps(40 - STEPS_SHOWN));
    expect(executeVerbs(built).filter((verb) => verb.includes(PLAN_VERBS.itemDone))).toHaveLength(STEPS_SHOWN);
  });

  it('lists every goal and step of a plan within those limits, with nothing counted', () => {
    const items = [...Array.from({ length: STEPS_SHOWN }, (_, i) => step(i, 'client', 'open')), step(STEPS_SHOWN, 'adviser', 'open')];
    const texts = cardTexts(card(longPlan(GOALS_SHOWN, items))).join('\n');
    for (let i = 1; i <= GOALS_SHOWN; i++) expect(texts).toContain(`Goal number ${i}`);
    for (let n = 1; n <= STEPS_SHOWN; n++) expect(texts).toContain(`${n}\\. client step ${n} (`);
    expect(texts).not.toMatch(/earlier goal|more step/);
  });
});
