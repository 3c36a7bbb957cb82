// The escalation card's "Close with no note" (adviser round seven). Round five made an urgent
// escalation's Resolve wait for a "What was done?" note, and the chat could still close one
// deliberately with "resolve 3 confirm"; the card had no such way. Now, under the box, "Close with
// no note" opens a question whose Yes closes it with none, and never waits for the box. Checked with
// Microsoft's own Adaptive Cards library.
import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';
import { describe, expect, it } from 'vitest';
import { ESCALATION_VERBS, escalationCard, RESOLVE_NOTE_INPUT, type CardState } from '../../src/cards/escalationCard.ts';
import { buildEscalationSummary, type EscalationSummaryInput } from '../../src/domain/escalationSummary.ts';
import { decisionFor } from '../../src/domain/escalationRules.ts';
import { cardTexts, validateAdaptiveCard } from '../support/adaptiveCards.ts';
import { bareSummaryInput } from '../support/bareEscalationSummary.ts';

const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;
type Card = Record<string, any>;

const now = new Date('2026-06-15T08:20:00Z');
const input = (trigger: 'crisis' | 'client-asked'): EscalationSummaryInput => ({
  ...bareSummaryInput('Tom Reid', decisionFor(trigger, 'Their message says they may not be safe.', now), now),
  number: 7,
});
const open: CardState = { escalationId: 'e1', status: 'delivered', response: null };
const card = (trigger: 'crisis' | 'client-asked', state: CardState = open) => escalationCard(buildEscalationSummary(input(trigger)), state) as Card;

/** The "Close with no note" choice: the ActionSet right under the box, and the card it opens. */
function closeWithoutNote(built: Card): { set: Card; asked: Card } | null {
  const box = built.body.findIndex((block: Card) => block.id === RESOLVE_NOTE_INPUT);
  const set = built.body[box + 1];
  if (set?.type !== 'ActionSet') return null;
  return { set, asked: set.actions[0].card };
}

describe('the escalation card\'s "Close with no note"', () => {
  it('sits under the box of an urgent one, and asks before anything closes', () => {
    const urgent = card('crisis');
    expect(validateAdaptiveCard(urgent).errors).toEqual([]);
    const choice = closeWithoutNote(urgent)!;
    expect(choice.set.actions).toHaveLength(1);
    expect(choice.set.actions[0]).toMatchObject({ type: 'Action.ShowCard', title: 'Close with no note' });
    expect(cardTexts(choice.asked)).toEqual(['Close #7 with no note of what was done? It will say that no note was given.']);
    expect(choice.asked.actions).toEqual([
      { type: 'Action.Execute', title: 'Yes, close it with no note', verb: ESCALATION_VERBS.resolveWithoutNote, data: { escalationId: 'e1' }, associatedInputs: 'none' },
    ]);
  });

  it('is sent by the host with the box empty, where Resolve is held', () => {
    const parsed = new AC.AdaptiveCard();
    parsed.parse(card('crisis'), new AC.SerializationContext(AC.Versions.v1_5));
    const all: AdaptiveCards.Action[] = [];
    const walk = (container: AdaptiveCards.CardElementContainer) => {
      for (const action of container.getAllActions()) {
        all.push(action);
        if (action instanceof AC.ShowCardAction) walk(action.card);
      }
    };
    walk(parsed);
    const held = all.filter((action) => action instanceof AC.SubmitActionBase && action.validateInputs().length > 0).map((action) => action.title);
    expect(held).toEqual(['Resolve']);
    expect(all.map((action) => action.title)).toContain('Yes, close it with no note');
  });

  it('is not on one that is not urgent: Resolve closes it with one click already', () => {
    expect(closeWithoutNote(card('client-asked'))).toBeNull();
    expect(JSON.stringify(card('client-asked'))).not.toContain(ESCALATION_VERBS.resolveWithoutNote);
  });

  it('says under "Closed by" that no note was given, and offers the choice no more', () => {
    const closed = card('crisis', { escalationId: 'e1', status: 'resolved', response: { kind: 'resolved', by: 'Ann Patel', at: now, noNote: true } });
    expect(validateAdaptiveCard(closed).errors).toEqual([]);
    expect(cardTexts(closed).slice(-2)).toEqual([expect.stringMatching(/^Closed by Ann Patel \(/), 'No note was given of what was done.']);
    expect(JSON.stringify(closed)).not.toContain(ESCALATION_VERBS.resolveWithoutNote);
  });
});
