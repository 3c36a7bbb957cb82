// The escalation summary as an Adaptive Card (1.5) for Teams, with Action.Execute buttons that
// come back to the bot as adaptiveCard/action invokes. Every piece of client or adviser text is
// escaped: a client who types "**urgent**" sees those characters, not bold.
import { MOST_CLOSING_NOTE_CHARACTERS } from '../domain/closingNote.ts';
import { formatDueDate } from '../domain/dates.ts';
import { escapeCardText } from '../messages/escapeText.ts';
import * as say from '../messages/en/escalationCard.ts';
import {
  barrierList, clientNameOf, coachDidLine, contactByWords, headlines, markerWords, nextStepFor, noneRecorded, noneYet, phoneWishLines, reachLines, urgencyWords,
  type SummaryForAdviser,
} from '../messages/en/escalationSummary.ts';

export const ESCALATION_VERBS = {
  acknowledge: 'escalation.acknowledge',
  contactToday: 'escalation.contactToday',
  resolve: 'escalation.resolve',
  /** Round seven: an urgent one closed by choice with no note, after the card asked "Close #3 with no note ...?". */
  resolveWithoutNote: 'escalation.resolveWithoutNote',
  viewPlan: 'escalation.viewPlan',
  showSummary: 'escalation.show',
} as const;
export type EscalationVerb = (typeof ESCALATION_VERBS)[keyof typeof ESCALATION_VERBS];

/** The id of the "What was done?" box; Resolve sends what is in it with the escalation id. */
export const RESOLVE_NOTE_INPUT = 'resolveNote';

export type CardState = {
  escalationId: string;
  status: string;
  /** `note`: what was done, when it was closed with words (card, chat or local inbox). */
  response: { kind: 'acknowledged' | 'will-contact-today' | 'resolved'; by: string; at: Date; note?: string; noNote?: true } | null;
};

export type AdaptiveCard = { type: 'AdaptiveCard'; $schema: string; version: '1.5'; body: object[]; actions?: object[] };

const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
// Colours that keep WCAG AA contrast on a white card in the default, Web Chat and Teams host
// configs: "Warning" is a light orange (2.2:1 in the default config), so "Soon" stays dark.
export const URGENCY_COLOUR = { urgent: 'Attention', soon: 'Default', routine: 'Default' } as const;

const text = (value: string, extra: object = {}): object => ({ type: 'TextBlock', text: escapeCardText(value), wrap: true, ...extra });
const fact = (title: string, value: string): object => ({ title: escapeCardText(title), value: escapeCardText(value) });

export function escalationCard(summary: SummaryForAdviser, state: CardState): AdaptiveCard {
  const date = (value: Date): string => formatDueDate(value, summary.timeZone, { now: summary.writtenAt });
  const { plan } = summary;
  const words = say.escalationCardWords;
  const body: object[] = [
    text(say.cardTitle(urgencyWords[summary.urgency], summary.number, clientNameOf(summary)), { size: 'Large', weight: 'Bolder', color: URGENCY_COLOUR[summary.urgency] }),
    text(headlines[summary.reason], { weight: 'Bolder', spacing: 'None' }),
    {
      type: 'FactSet',
      facts: [
        fact(words.contactBy, contactByWords(summary.contactBy, summary.writtenAt, date)),
        ...reachLines(summary).map((line) => fact(words.howToReach, line)),
        fact(words.nextStep, nextStepFor(summary)),
        ...(summary.phoneWish ? [fact(words.phone, phoneWishLines[summary.phoneWish])] : []),
        fact(words.lastContact, summary.lastContactAt ? date(summary.lastContactAt) : noneRecorded),
      ],
    },
  ];
  if (summary.coachDid.length > 0) {
    body.push(text(words.coachDid, { weight: 'Bolder', spacing: 'Medium' }));
    for (const did of summary.coachDid) body.push(text(coachDidLine(did, date, summary.name.given, summary.clientTold ?? null), { spacing: 'Small' }));
  }
  if (summary.riskWords.length > 0) {
    body.push(text(words.theySaid, { weight: 'Bolder', spacing: 'Medium' }));
    for (const message of summary.riskWords) body.push(text(say.saidAt(date(message.sentAt), message.text), { spacing: 'Small' }));
  }
  body.push(text(say.whyNowLine(summary.detail), { spacing: 'Medium' }));
  if (summary.recentWords.length > 0) {
    body.push(text(words.wroteRecently, { weight: 'Bolder', spacing: 'Medium' }));
    for (const message of summary.recentWords) body.push(text(say.saidAt(date(message.sentAt), message.text), { isSubtle: true, spacing: 'Small' }));
  }
  body.push({
    type: 'FactSet',
    spacing: 'Medium',
    facts: [
      fact(words.goals, plan.goals.length > 0 ? say.goalList(plan.goals) : noneYet),
      fact(words.actions, say.actionCounts(plan.itemsDone, plan.itemsOpen, plan.overdueItems.length)),
      ...plan.overdueItems.map((item) => fact(words.overdue, say.overdueItem(item.text, date(item.dueDate)))),
      ...plan.adviserLateItems.map((item) => fact(words.yourActionLate, say.overdueItem(item.text, date(item.dueDate)))),
      fact(words.lastReview, plan.lastReviewDate ? date(plan.lastReviewDate) : noneYet),
      fact(words.barriers, barrierList(summary.barriers, summary.barrierNotes)),
      fact(words.locus, say.locusOnCard(summary.locusOfControl)),
      fact(words.marker, markerWords(summary.supportMarker)),
    ],
  });
  body.push(...responseBlock(state, summary.timeZone));
  if (state.status !== 'resolved') body.push(...resolveNoteInput(summary.urgency === 'urgent', state.escalationId, summary.number));
  const openChat = summary.chatLink ? [{ type: 'Action.OpenUrl', title: words.openChat, url: summary.chatLink }] : [];
  return { type: 'AdaptiveCard', $schema: SCHEMA, version: '1.5', body, actions: [...openChat, ...actionsFor(state)] };
}

function responseBlock(state: CardState, timeZone: string): object[] {
  const words = say.escalationCardWords;
  if (!state.response) return [text(state.status === 'resolved' ? words.closed : words.notAcknowledged, { isSubtle: true, spacing: 'Medium' })];
  const line = say.responseLine({ kind: state.response.kind, by: state.response.by, when: formatDueDate(state.response.at, timeZone) });
  const said = state.response.note ? say.whatWasDone(state.response.note) : state.response.noNote ? say.noNoteGiven : null;
  const done = said ? [text(said, { spacing: 'Small' })] : [];
  return [text(line, { weight: 'Bolder', color: 'Good', spacing: 'Medium' }), ...done];
}

/**
 * Round five: an urgent one closes only with what was done, as in the chat; the host asks before it
 * sends. Round seven: under the box, "Close with no note" opens a question whose Yes closes it with
 * none (the chat's "resolve 3 confirm"); it never waits for the box. An ActionSet of its own, so the
 * card's buttons stay within what Teams shows.
 */
function resolveNoteInput(urgent: boolean, escalationId: string, number: number | null): object[] {
  const words = say.escalationCardWords;
  const box = {
    type: 'Input.Text',
    id: RESOLVE_NOTE_INPUT,
    label: urgent ? words.resolveNoteUrgent : words.resolveNoteOptional,
    placeholder: words.resolveNoteExample,
    isMultiline: true,
    maxLength: MOST_CLOSING_NOTE_CHARACTERS,
    spacing: 'Medium',
    ...(urgent ? { isRequired: true, errorMessage: words.resolveNoteMissing } : {}),
  };
  if (!urgent) return [box];
  const yes = { type: 'Action.Execute', title: words.closeWithoutNoteYes, verb: ESCALATION_VERBS.resolveWithoutNote, data: { escalationId }, associatedInputs: 'none' };
  const ask = { type: 'AdaptiveCard', body: [text(say.closeWithoutNoteAsk(number))], actions: [yes] };
  return [box, { type: 'ActionSet', spacing: 'Small', actions: [{ type: 'Action.ShowCard', title: words.closeWithoutNote, card: ask }] }];
}

/** The card again, saying right under the box that a note is needed: Resolve came with none, and nothing was closed. */
export function askForResolveNote(card: AdaptiveCard): AdaptiveCard {
  const warning = text(say.escalationCardWords.resolveNoteMissing, { weight: 'Bolder', color: 'Attention', spacing: 'Small' });
  const box = card.body.findIndex((block) => (block as { id?: string }).id === RESOLVE_NOTE_INPUT);
  const at = box < 0 ? card.body.length : box + 1;
  return { ...card, body: [...card.body.slice(0, at), warning, ...card.body.slice(at)] };
}

function actionsFor(state: CardState): object[] {
  const data = { escalationId: state.escalationId };
  // Only Resolve sends (and waits for) the note; the other buttons never wait for the box.
  const execute = (title: string, verb: EscalationVerb): object => ({
    type: 'Action.Execute', title, verb, data, associatedInputs: verb === ESCALATION_VERBS.resolve ? 'auto' : 'none',
  });
  const open = state.status === 'open' || state.status === 'delivered';
  const closed = state.status === 'resolved';
  const words = say.escalationCardWords;
  return [
    ...(open ? [execute(words.acknowledge, ESCALATION_VERBS.acknowledge)] : []),
    ...(state.response?.kind !== 'will-contact-today' && !closed ? [execute(words.contactToday, ESCALATION_VERBS.contactToday)] : []),
    ...(closed ? [] : [execute(words.resolve, ESCALATION_VERBS.resolve)]),
    execute(words.viewPlan, ESCALATION_VERBS.viewPlan),
  ];
}

export type PlanCardItem = { text: string; owner: string; dueAt: Date | null; status: string };

/** The client's plan, shown in place of the summary when an adviser taps "View plan". */
export function planCard(input: { escalationId: string; clientName: string; goals: string[]; items: PlanCardItem[]; timeZone: string }): AdaptiveCard {
  const body: object[] = [text(say.planTitle(input.clientName), { size: 'Large', weight: 'Bolder' })];
  body.push(text(say.planGoals(input.goals)));
  if (input.items.length === 0) body.push(text(say.escalationCardWords.noActions, { isSubtle: true }));
  for (const item of input.items) {
    body.push(text(say.planItemLine({ ...item, due: item.dueAt ? formatDueDate(item.dueAt, input.timeZone) : null })));
  }
  return {
    type: 'AdaptiveCard',
    $schema: SCHEMA,
    version: '1.5',
    body,
    actions: [{ type: 'Action.Execute', title: say.escalationCardWords.backToSummary, verb: ESCALATION_VERBS.showSummary, data: { escalationId: input.escalationId } }],
  };
}

/** A card that just says something, e.g. "Sorry, only an adviser set up here can do that." */
export function noticeCard(message: string): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: SCHEMA, version: '1.5', body: [text(message)] };
}
