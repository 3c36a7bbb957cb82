// The "My plan" card: valid Adaptive Card 1.5 (checked with Microsoft's adaptivecards library),
// items grouped by owner, late items flagged, and whatever anyone typed shown as text only.
import { describe, expect, it } from 'vitest';
import { buildPlanCard, GOALS_SHOWN, STEPS_SHOWN } from '../../src/cards/planCard.ts';
import { earlierGoals, moreSteps, planCardWords as PLAN_CARD_WORDS } from '../../src/messages/en/planCard.ts';
import type { PlanItem, PlanVersion } from '../../src/db/plans.ts';
import { cardTexts, validateAdaptiveCard } from '../support/adaptiveCards.ts';
import { renderWebChatMarkdown, tagsIn, visibleText } from '../support/renderers.ts';

const NOW = new Date('2026-06-15T09:00:00Z'); // Monday 15 June, 10am in London
const context = { now: NOW, timeZone: 'Europe/London' };
const day = (iso: string) => new Date(`${iso}T00:00:00+01:00`);

function item(fields: Partial<PlanItem> & Pick<PlanItem, 'text' | 'owner'>): PlanItem {
  return {
    id: fields.text,
    lineageId: `lineage-${fields.text}`,
    goalLineageId: null,
    position: 0,
    dueAt: null,
    status: 'open',
    createdBy: fields.owner,
    createdAt: NOW,
    completedAt: null,
    ...fields,
  };
}

function plan(fields: Partial<PlanVersion> = {}): PlanVersion {
  return {
    id: 'plan-1',
    clientId: 'client-1',
    version: 2,
    status: 'agreed',
    situation: '',
    jobGoals: [{ title: 'Cleaner', reason: null, route: null }],
    route: '',
    backupPlan: '',
    nextReviewAt: day('2026-06-22'),
    clientAgreedAt: new Date('2026-06-08T09:00:00Z'),
    adviserAgreedAt: null,
    createdBy: 'client',
    createdAt: NOW,
    goals: [{ id: 'g', lineageId: 'g', position: 0, text: 'Apply for 2 cleaning jobs', jobGoal: 'Cleaner', confidence: 8, dueAt: day('2026-06-19') }],
    items: [
      item({ text: 'Apply for 1 cleaning job', owner: 'client', dueAt: day('2026-06-12') }),
      item({ text: 'Update my CV', owner: 'client', dueAt: day('2026-06-15') }),
      item({ text: 'Old idea', owner: 'client', status: 'dropped' }),
      item({ text: 'Call the agency about evening shifts', owner: 'adviser', dueAt: day('2026-06-17') }),
      item({ text: 'Send the list of agencies', owner: 'adviser', status: 'done', dueAt: day('2026-06-10') }),
    ],
    ...fields,
  };
}

describe('the plan card', () => {
  it('is an Adaptive Card 1.5 that parses and validates with no errors', () => {
    const { card } = buildPlanCard(plan(), context);
    expect(card.version).toBe('1.5');
    expect(card.type).toBe('AdaptiveCard');
    const { errors, roundTrip } = validateAdaptiveCard(card);
    expect(errors).toEqual([]);
    // Everything we wrote is understood: the library gives the same card back.
    expect(roundTrip).toEqual(card);
  });

  it('reports what is wrong with a broken card (so the check above means something)', () => {
    const { card } = buildPlanCard(plan(), context);
    const broken = { ...card, version: '1.6', body: [...(card.body as object[]), { type: 'Carousel3D' }, { type: 'TextBlock', text: 'x', size: 'Enormous' }] };
    const { errors } = validateAdaptiveCard(broken);
    expect(errors.join('\n')).toMatch(/Unknown element type "Carousel3D"/);
    expect(errors.join('\n')).toMatch(/Enormous/);
    expect(errors.join('\n')).toMatch(/not 1\.5/);
  });

  it('flags a partly done step as late like an open one, and a step reported not done as not late', () => {
    const items = [
      item({ text: 'Half of my CV', owner: 'client', status: 'partly-done', dueAt: day('2026-06-12') }),
      item({ text: 'Ring the agency', owner: 'client', status: 'not-done', dueAt: day('2026-06-12') }),
    ];
    const { fallbackText } = buildPlanCard(plan({ items }), context);
    expect(fallbackText).toContain('- Half of my CV (Late: it was due Friday 12 June)');
    expect(fallbackText).not.toMatch(/Ring the agency \(Late/);
  });

  it('groups items by owner, flags late ones, and shows the next review date', () => {
    const { card, fallbackText } = buildPlanCard(plan(), context);
    const texts = cardTexts(card);
    const mine = texts.indexOf(PLAN_CARD_WORDS.clientItems);
    const adviser = texts.indexOf(PLAN_CARD_WORDS.adviserItems);
    expect(mine).toBeGreaterThan(-1);
    expect(adviser).toBeGreaterThan(mine);
    expect(texts.slice(mine, adviser).join('\n')).toMatch(/•\nApply for 1 cleaning job\nLate: it was due Friday 12 June\n•\nUpdate my CV\nTo do\. By Monday 15 June/);
    expect(texts.slice(adviser).join('\n')).toMatch(/•\nSend the list of agencies\nDone\. By Wednesday 10 June\n•\nCall the agency about evening shifts\nTo do\. By Wednesday 17 June/);
    expect(texts.join('\n')).not.toContain('Old idea');
    expect(JSON.stringify(card)).toContain('"color":"Attention"');
    expect(fallbackText).toContain('We will look at your plan again on Monday 22 June.');
    expect(fallbackText).toContain('- Apply for 1 cleaning job (Late: it was due Friday 12 June)');
    expect(fallbackText).toContain('Version 2. You agreed to it on Monday 8 June at 10am.');
    expect(card.fallbackText).toBe(fallbackText);
  });

  it('says a changed plan is waiting for agreement, and when there is nothing for the adviser yet', () => {
    const { fallbackText } = buildPlanCard(plan({ status: 'draft', clientAgreedAt: null, items: [] }), context);
    expect(fallbackText).toContain(PLAN_CARD_WORDS.draft);
    expect(fallbackText).toContain(`${PLAN_CARD_WORDS.adviserItems}:\n${PLAN_CARD_WORDS.noItems}`);
  });

  it('puts each item\'s status under its text, beside the bullet, not under the bullet', () => {
    const { card } = buildPlanCard(plan(), context);
    const rows = (card.body as Array<Record<string, any>>).filter((block) => block.type === 'ColumnSet');
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const [bullet, content] = row.columns;
      expect(cardTexts(bullet)).toEqual(['•']);
      expect(cardTexts(content)).toHaveLength(2); // the item, then its status, in one column
    }
  });

  it('does not repeat a goal\'s date when the goal already says it', () => {
    const goals = [
      { id: 'g1', lineageId: 'g1', position: 0, text: 'Apply for 2 cleaning jobs by Friday 19 June', jobGoal: null, confidence: 8, dueAt: day('2026-06-19') },
      { id: 'g2', lineageId: 'g2', position: 1, text: 'Visit the library', jobGoal: null, confidence: 8, dueAt: day('2026-06-26') },
    ];
    const { card, fallbackText } = buildPlanCard(plan({ goals }), context);
    const texts = cardTexts(card);
    expect(texts).toContain('Apply for 2 cleaning jobs by Friday 19 June');
    expect(texts).toContain('Visit the library (by Friday 26 June)');
    expect(fallbackText).not.toMatch(/19 June \(by/);
  });

  it('shows hostile text as text: no markdown, no template functions, no markup, long text kept whole', () => {
    const long = 'I will apply for jobs '.repeat(200).trim();
    const situation = '**Urgent** [click me](http://evil.example) <script>alert(1)</script>';
    const itemText = '</script><img src=x onerror=alert(1)> # heading _it_';
    const hostile = plan({
      situation,
      goals: [{ id: 'g', lineageId: 'g', position: 0, text: 'Call {{DATE(2026-06-20T00:00:00Z, SHORT)}} now', jobGoal: null, confidence: null, dueAt: null }],
      items: [item({ text: itemText, owner: 'client' }), item({ text: long, owner: 'adviser' })],
    });
    const { card, fallbackText } = buildPlanCard(hostile, context);
    expect(validateAdaptiveCard(card).errors).toEqual([]);
    const texts = cardTexts(card);
    expect(texts.join('\n')).not.toContain('{{');
    // Rendered as Web Chat renders card text, each reads exactly as typed, with no markup.
    for (const typed of [situation, itemText, 'Call {{DATE(2026-06-20T00:00:00Z, SHORT)}} now', long]) {
      const shown = texts.map((text) => renderWebChatMarkdown(text)).find((html) => visibleText(html) === typed);
      expect(shown, typed).toBeDefined();
      expect(tagsIn(shown!).filter((tag) => tag !== 'a')).toEqual(['p']);
    }
    // Plain text is left as typed: no backslashes for a reader to trip over.
    expect(fallbackText).toContain(situation);
    expect(fallbackText).toContain(`- ${itemText} (To do)`);
    expect(fallbackText).not.toContain('\\');
  });

  it('keeps a long plan short enough for Teams: the latest goals, the steps still to do first, the rest counted', () => {
    const goals = Array.from({ length: 40 }, (_, i) => ({ id: `g${i}`, lineageId: `g${i}`, position: i, text: `Goal number ${i + 1}`, jobGoal: null, confidence: 7, dueAt: null }));
    const steps = Array.from({ length: 40 }, (_, i) =>
      item({ text: `Step number ${i + 1}`, owner: 'client', position: i, status: i < 30 ? 'done' : 'open', dueAt: day(`2026-06-${String(10 + (i % 20)).padStart(2, '0')}`) }),
    );
    const { card, fallbackText } = buildPlanCard(plan({ goals, items: steps }), context);
    const texts = cardTexts(card).join('\n');
    // Teams refuses a message over about 28 KB; the whole card, fallback text included, stays well under.
    expect(JSON.stringify(card).length).toBeLessThan(14_000);
    expect(texts).toContain(earlierGoals(40 - GOALS_SHOWN));
    expect(texts).toContain('Goal number 40');
    expect(texts).not.toMatch(/Goal number 32\b/);
    expect(texts).toContain(moreSteps(40 - STEPS_SHOWN));
    // All ten steps still to do are shown, and none of the thirty done.
    for (let i = 31; i <= 40; i++) expect(texts).toContain(`Step number ${i}\n`);
    expect(texts).not.toMatch(/Step number (?:[1-9]|[12]\d|30)\n/);
    expect(fallbackText).toContain(moreSteps(40 - STEPS_SHOWN));
    expect(validateAdaptiveCard(card).errors).toEqual([]);
  });

  it('lists every goal and step of a plan within those limits', () => {
    const goals = Array.from({ length: GOALS_SHOWN }, (_, i) => ({ id: `g${i}`, lineageId: `g${i}`, position: i, text: `Goal number ${i + 1}`, jobGoal: null, confidence: 7, dueAt: null }));
    const steps = Array.from({ length: STEPS_SHOWN }, (_, i) => item({ text: `Step number ${i + 1}`, owner: 'client', position: i, status: i % 2 ? 'done' : 'open' }));
    const texts = cardTexts(buildPlanCard(plan({ goals, items: steps }), context).card).join('\n');
    for (let i = 1; i <= GOALS_SHOWN; i++) expect(texts).toContain(`Goal number ${i}`);
    for (let i = 1; i <= STEPS_SHOWN; i++) expect(texts).toContain(`Step number ${i}\n`);
    expect(texts).not.toMatch(/earlier goal|more step/);
  });
});
