// The adviser plan card's "Add action" form (adviser play-test, play6/c item 13): a day before
// today, or no day, had been saved as an undated action with no reminder. The card now asks for a
// day from today on: the host checks the date before it sends and shows why, and asks again. The
// other buttons do not wait for the form. Checked with Microsoft's own Adaptive Cards library.
import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';
import { describe, expect, it } from 'vitest';
import { adviserPlanCard, ADD_DUE_INPUT } from '../../src/cards/adviserPlanCard.ts';
import type { PlanVersion } from '../../src/db/plans.ts';
import { validateAdaptiveCard } from '../support/adaptiveCards.ts';

const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;
type Card = Record<string, any>;

const now = new Date('2026-06-15T11:20:00Z'); // Monday 15 June, 12:20pm in London
const plan = {
  version: 2,
  clientAgreedAt: now,
  adviserAgreedAt: null,
  goals: [{ text: 'Find childcare so I can work' }],
  items: [
    { lineageId: 'a1', text: 'Call the nursery', owner: 'adviser', status: 'open', dueAt: new Date('2026-06-18T23:00:00Z') },
    { lineageId: 'c1', text: 'Visit the nursery', owner: 'client', status: 'open', dueAt: new Date('2026-06-19T23:00:00Z') },
  ],
} as unknown as PlanVersion;

const card = adviserPlanCard({ clientId: 'client-1', clientName: 'Priya', plan, timeZone: 'Europe/London', now }) as Card;

/** The date input as a host reads it, with the day the adviser picked ("" for none). */
function dateInputWith(value: string): { isValid(): boolean; errorMessage?: string } {
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, new AC.SerializationContext(AC.Versions.v1_5));
  const input = parsed.getElementById(ADD_DUE_INPUT) as AdaptiveCards.DateInput;
  Object.defineProperty(input, 'value', { get: () => value || undefined });
  return input;
}

describe("the adviser plan card's add form", () => {
  it('is a valid card', () => {
    expect(validateAdaptiveCard(card).errors).toEqual([]);
  });

  it('refuses a day before today, and no day, with a message saying what to choose', () => {
    expect(dateInputWith('2026-06-01').isValid()).toBe(false);
    expect(dateInputWith('2026-06-14').isValid()).toBe(false);
    expect(dateInputWith('').isValid()).toBe(false);
    expect(dateInputWith('2026-06-15').isValid()).toBe(true);
    expect(dateInputWith('2026-06-22').isValid()).toBe(true);
    expect(dateInputWith('').errorMessage).toBe('Choose the day you will do it by: today or a later day.');
  });

  it('checks the form only for Add action: Done, A week later and Agree plan do not wait for a day', () => {
    const executes: Card[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object') return;
      if ((node as Card).type === 'Action.Execute') executes.push(node as Card);
      Object.values(node).forEach(walk);
    };
    walk(card);
    expect(Object.fromEntries(executes.map((action) => [action.title, action.associatedInputs]))).toEqual({
      Done: 'none',
      'A week later': 'none',
      'Add action': 'auto',
      'Agree plan': 'none',
    });
  });
});
