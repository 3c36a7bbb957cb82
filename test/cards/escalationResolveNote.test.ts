// The escalation card's "What was done?" box (adviser round five): the card's Resolve button closed
// an urgent (crisis) escalation at once, with no word of what was done, while the chat asked for
// it. The box is on the card; for an urgent one the host will not send Resolve without it, and the
// other buttons never wait for it. Checked with Microsoft's own Adaptive Cards library.
import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';
import { describe, expect, it } from 'vitest';
import { askForResolveNote, escalationCard, RESOLVE_NOTE_INPUT, type CardState } from '../../src/cards/escalationCard.ts';
import { buildEscalationSummary } from '../../src/domain/escalationSummary.ts';
import { decisionFor } from '../../src/domain/escalationRules.ts';
import { cardTexts, validateAdaptiveCard } from '../support/adaptiveCards.ts';
import { bareSummaryInput } from '../support/bareEscalationSummary.ts';

const AC = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;
type Card = Record<string, any>;

const now = new Date('2026-06-15T08:20:00Z'); // Monday 15 June, 9:20am in London
const input = (trigger: 'crisis' | 'client-asked') => bareSummaryInput('Tom Reid', decisionFor(trigger, 'Their message says they may not be safe.', now), now);
const open: CardState = { escalationId: 'e1', status: 'delivered', response: null };
const urgentCard = escalationCard(buildEscalationSummary(input('crisis')), open) as Card;
const soonCard = escalationCard(buildEscalationSummary(input('client-asked')), open) as Card;

/** The card as a host reads it, with what the adviser typed in the box ("" for nothing). */
function hostWith(card: Card, value: string) {
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, new AC.SerializationContext(AC.Versions.v1_5));
  const box = parsed.getElementById(RESOLVE_NOTE_INPUT) as AdaptiveCards.TextInput;
  Object.defineProperty(box, 'value', { get: () => value || undefined });
  const buttons = Array.from({ length: parsed.getActionCount() }, (_, at) => parsed.getActionAt(at)!);
  /** The buttons the host would not send, as it checks each button's inputs before it sends. */
  const held = () => buttons.filter((button) => button instanceof AC.SubmitActionBase && button.validateInputs().length > 0).map((button) => button.title);
  return { box, held };
}

function executes(card: Card): Card[] {
  return (card.actions as Card[]).filter((action) => action.type === 'Action.Execute');
}

describe("the escalation card's What was done? box", () => {
  it('is a valid card, urgent or not', () => {
    expect(urgentCard.body[0].text).toBe('URGENT: Tom Reid');
    expect(validateAdaptiveCard(urgentCard).errors).toEqual([]);
    expect(validateAdaptiveCard(soonCard).errors).toEqual([]);
  });

  it('needs a note for an urgent one: the host will not send Resolve with the box empty, and says why', () => {
    expect(hostWith(urgentCard, '').held()).toEqual(['Resolve']);
    expect(hostWith(urgentCard, 'spoke to Tom, safe, GP tomorrow').held()).toEqual([]);
    const { box } = hostWith(urgentCard, '');
    expect(box.isRequired).toBe(true);
    expect(box.errorMessage).toBe('Say what was done before you close an urgent escalation, or choose "Close with no note". Nothing was closed yet.');
    expect(box.label).toBe('What was done? Needed to close an urgent escalation');
  });

  it('leaves the note to the adviser for one that is not urgent: Resolve still closes it with one click', () => {
    expect(soonCard.body[0].text).toMatch(/^Soon: Tom Reid$/);
    expect(hostWith(soonCard, '').held()).toEqual([]);
    expect(hostWith(soonCard, '').box.isRequired).toBe(false);
    expect(hostWith(soonCard, '').box.label).toBe('What was done? You can leave this empty');
  });

  it('sends the box only with Resolve: Acknowledge, I\'ll contact them today and View plan never wait for it', () => {
    expect(Object.fromEntries(executes(urgentCard).map((action) => [action.title, action.associatedInputs]))).toEqual({
      Acknowledge: 'none',
      "I'll contact them today": 'none',
      Resolve: 'auto',
      'View plan': 'none',
    });
  });

  it('shows the note under "Closed by" once closed, and no box', () => {
    const closed = escalationCard(buildEscalationSummary(input('crisis')), {
      escalationId: 'e1',
      status: 'resolved',
      response: { kind: 'resolved', by: 'Ann Patel', at: now, note: 'spoke to Tom, safe, GP tomorrow' },
    }) as Card;
    expect(validateAdaptiveCard(closed).errors).toEqual([]);
    const texts = cardTexts(closed);
    expect(texts.at(-2)).toMatch(/^Closed by Ann Patel \(/);
    expect(texts.at(-1)).toBe('What was done: "spoke to Tom, safe, GP tomorrow"');
    expect(JSON.stringify(closed)).not.toContain(RESOLVE_NOTE_INPUT);
  });

  it('asks again under the box when Resolve came with no note', () => {
    const asked = askForResolveNote(urgentCard as never) as Card;
    expect(validateAdaptiveCard(asked).errors).toEqual([]);
    const box = asked.body.findIndex((block: Card) => block.id === RESOLVE_NOTE_INPUT);
    expect(box).toBeGreaterThan(0);
    expect(asked.body[box + 1]).toMatchObject({ text: 'Say what was done before you close an urgent escalation, or choose "Close with no note". Nothing was closed yet.', color: 'Attention' });
  });
});
