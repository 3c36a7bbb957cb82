// The escalation summary as an Adaptive Card (1.5) for Teams, with Action.Execute buttons that
// come back to the bot as adaptiveCard/action invokes. Every piece of client or adviser text is
// escaped: a client who types "**urgent**" sees those characters, not bold.
import type { EscalationSummary } from '../domain/escalationSummary.ts';
import { formatDueDate } from '../domain/dates.ts';
import { escapeCardText } from './escapeText.ts';
import { STATUS_WORDS } from './planCard.ts';
import type { ItemStatus } from '../domain/plan.ts';

export const ESCALATION_VERBS = {
  acknowledge: 'escalation.acknowledge',
  contactToday: 'escalation.contactToday',
  resolve: 'escalation.resolve',
  viewPlan: 'escalation.viewPlan',
  showSummary: 'escalation.show',
} as const;
export type EscalationVerb = (typeof ESCALATION_VERBS)[keyof typeof ESCALATION_VERBS];

export type CardState = {
  escalationId: string;
  status: string;
  response: { kind: 'acknowledged' | 'will-contact-today' | 'resolved'; by: string; at: Date } | null;
};

export type AdaptiveCard = { type: 'AdaptiveCard'; $schema: string; version: '1.5'; body: object[]; actions?: object[] };

const SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
// Colours that keep WCAG AA contrast on a white card in the default, Web Chat and Teams host
// configs: "Warning" is a light orange (2.2:1 in the default config), so "Soon" stays dark.
export const URGENCY_COLOUR = { urgent: 'Attention', soon: 'Default', routine: 'Default' } as const;
const URGENCY_WORD = { urgent: 'URGENT', soon: 'Soon', routine: 'Routine' } as const;

const text = (value: string, extra: object = {}): object => ({ type: 'TextBlock', text: escapeCardText(value), wrap: true, ...extra });
const fact = (title: string, value: string): object => ({ title: escapeCardText(title), value: escapeCardText(value) });

export function escalationCard(summary: EscalationSummary, state: CardState): AdaptiveCard {
  const date = (value: Date): string => formatDueDate(value, summary.timeZone, { now: summary.writtenAt });
  const { plan } = summary;
  const number = summary.number ? ` #${summary.number}` : '';
  const body: object[] = [
    text(`${URGENCY_WORD[summary.urgency]}${number}: ${summary.clientName}`, { size: 'Large', weight: 'Bolder', color: URGENCY_COLOUR[summary.urgency] }),
    text(summary.headline, { weight: 'Bolder', spacing: 'None' }),
    {
      type: 'FactSet',
      facts: [
        fact('Contact by', summary.contactBy ? (summary.contactBy <= summary.writtenAt ? 'now' : date(summary.contactBy)) : 'no set time'),
        ...summary.reachBy.map((line) => fact('How to reach them', line)),
        fact('Next step', summary.suggestedNextStep),
        fact('Last contact', summary.lastContactAt ? date(summary.lastContactAt) : 'none recorded'),
      ],
    },
  ];
  if (summary.coachDid.length > 0) {
    body.push(text('What the coach did', { weight: 'Bolder', spacing: 'Medium' }));
    for (const line of summary.coachDid) body.push(text(line, { spacing: 'Small' }));
  }
  if (summary.riskWords.length > 0) {
    body.push(text('What they said', { weight: 'Bolder', spacing: 'Medium' }));
    for (const message of summary.riskWords) body.push(text(`${date(message.sentAt)}: "${message.text}"`, { spacing: 'Small' }));
  }
  body.push(text(`Why now: ${summary.detail}`, { spacing: 'Medium' }));
  if (summary.recentWords.length > 0) {
    body.push(text('What they wrote recently', { weight: 'Bolder', spacing: 'Medium' }));
    for (const message of summary.recentWords) body.push(text(`${date(message.sentAt)}: "${message.text}"`, { isSubtle: true, spacing: 'Small' }));
  }
  body.push({
    type: 'FactSet',
    spacing: 'Medium',
    facts: [
      fact('Goals', plan.goals.length > 0 ? plan.goals.join('; ') : 'none yet'),
      fact('Actions', `${plan.itemsDone} done, ${plan.itemsOpen} open, ${plan.overdueItems.length} overdue`),
      ...plan.overdueItems.map((item) => fact('Overdue', `${item.text} (due ${date(item.dueDate)})`)),
      fact('Last review', plan.lastReviewDate ? date(plan.lastReviewDate) : 'none yet'),
      fact('Barriers', summary.barriers.length > 0 ? summary.barriers.join(', ') : 'none recorded'),
      fact('Locus of control', summary.locusOfControl === 'unknown' ? 'not known yet' : summary.locusOfControl),
      fact('Support marker', summary.supportMarker === 'unknown' ? 'not set' : summary.supportMarker),
    ],
  });
  body.push(responseBlock(state, summary.timeZone));
  const openChat = summary.chatLink ? [{ type: 'Action.OpenUrl', title: 'Open chat in Teams', url: summary.chatLink }] : [];
  return { type: 'AdaptiveCard', $schema: SCHEMA, version: '1.5', body, actions: [...openChat, ...actionsFor(state)] };
}

function responseBlock(state: CardState, timeZone: string): object {
  if (!state.response) return text(state.status === 'resolved' ? 'Closed.' : 'Not acknowledged yet.', { isSubtle: true, spacing: 'Medium' });
  const when = formatDueDate(state.response.at, timeZone);
  const words = {
    'will-contact-today': `${state.response.by} will contact them today (said ${when}).`,
    acknowledged: `Acknowledged by ${state.response.by} (${when}).`,
    resolved: `Closed by ${state.response.by} (${when}).`,
  }[state.response.kind];
  return text(words, { weight: 'Bolder', color: 'Good', spacing: 'Medium' });
}

function actionsFor(state: CardState): object[] {
  const data = { escalationId: state.escalationId };
  const execute = (title: string, verb: EscalationVerb): object => ({ type: 'Action.Execute', title, verb, data });
  const open = state.status === 'open' || state.status === 'delivered';
  const closed = state.status === 'resolved';
  return [
    ...(open ? [execute('Acknowledge', ESCALATION_VERBS.acknowledge)] : []),
    ...(state.response?.kind !== 'will-contact-today' && !closed ? [execute("I'll contact them today", ESCALATION_VERBS.contactToday)] : []),
    ...(closed ? [] : [execute('Resolve', ESCALATION_VERBS.resolve)]),
    execute('View plan', ESCALATION_VERBS.viewPlan),
  ];
}

export type PlanCardItem = { text: string; owner: string; dueAt: Date | null; status: string };

/** The client's plan, shown in place of the summary when an adviser taps "View plan". */
export function planCard(input: { escalationId: string; clientName: string; goals: string[]; items: PlanCardItem[]; timeZone: string }): AdaptiveCard {
  const body: object[] = [text(`Plan: ${input.clientName}`, { size: 'Large', weight: 'Bolder' })];
  body.push(text(input.goals.length > 0 ? `Goals: ${input.goals.join('; ')}` : 'No goals yet.'));
  if (input.items.length === 0) body.push(text('No actions yet.', { isSubtle: true }));
  for (const item of input.items) {
    const due = item.dueAt ? `, due ${formatDueDate(item.dueAt, input.timeZone)}` : '';
    const whose = item.owner === 'adviser' ? 'adviser' : 'client';
    const status = STATUS_WORDS[item.status as ItemStatus] ?? item.status;
    body.push(text(`${item.status === 'done' ? '✓' : '•'} ${item.text} (${whose}${due}, ${status.toLowerCase()})`));
  }
  return {
    type: 'AdaptiveCard',
    $schema: SCHEMA,
    version: '1.5',
    body,
    actions: [{ type: 'Action.Execute', title: 'Back to summary', verb: ESCALATION_VERBS.showSummary, data: { escalationId: input.escalationId } }],
  };
}

/** A card that just says something, e.g. "Only registered advisers can do that." */
export function noticeCard(message: string): AdaptiveCard {
  return { type: 'AdaptiveCard', $schema: SCHEMA, version: '1.5', body: [text(message)] };
}
