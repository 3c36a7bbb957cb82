// What the adviser reads when the coach hands a client over: enough to act on in under a minute.
// Who, why now, how urgent and what to do first; then the client's own words, the plan, the
// barriers and how they see their chances. Client text is kept as typed (trimmed); whoever
// renders it into a card or HTML escapes it.
import { calendarDayIn, formatDueDate } from './dates.ts';
import { compareDays } from './datePhrases.ts';
import { barrierById, type BarrierId } from './barriers.ts';
import type { LocusBand } from './locusOfControl.ts';
import type { SupportMarker } from './supportMarker.ts';
import type { EscalationDecision, EscalationReason, EscalationUrgency } from './escalationRules.ts';

export type SummaryActionItem = { text: string; dueDate: Date | null; done: boolean };
export type ClientMessage = { text: string; sentAt: Date };

export type EscalationSummaryInput = {
  clientDisplayName: string;
  decision: EscalationDecision;
  goals: string[];
  actionItems: SummaryActionItem[];
  lastReviewDate: Date | null;
  /** The client's own messages, oldest first; only the last few are kept. */
  recentMessages: ClientMessage[];
  barriers: BarrierId[];
  locusOfControl: LocusBand | null;
  supportMarker: SupportMarker | null;
  lastContactAt: Date | null;
  now: Date;
  /** The adviser's zone for dates; "Europe/London" when not given. */
  timeZone?: string;
};

export type EscalationSummary = {
  clientName: string;
  reason: EscalationReason;
  /** The reason in a few words, e.g. "Lost their job". */
  headline: string;
  /** The facts behind it, from the escalation decision. */
  detail: string;
  urgency: EscalationUrgency;
  contactBy: Date | null;
  suggestedNextStep: string;
  plan: {
    goals: string[];
    itemsDone: number;
    itemsOpen: number;
    overdueItems: { text: string; dueDate: Date }[];
    lastReviewDate: Date | null;
  };
  recentWords: ClientMessage[];
  barriers: string[];
  locusOfControl: LocusBand | 'unknown';
  supportMarker: SupportMarker | 'unknown';
  lastContactAt: Date | null;
  writtenAt: Date;
  timeZone: string;
};

export const MAX_RECENT_MESSAGES = 3;
export const MAX_MESSAGE_LINES = 3;
export const MAX_MESSAGE_CHARACTERS = 200;

const HEADLINES: Record<EscalationReason, string> = {
  crisis: 'Possible risk to safety',
  concern: 'Signs they are struggling',
  'client-asked': 'Asked for their adviser',
  'item-overdue-unanswered': 'Actions well overdue, reminders not answered',
  'missed-review': 'Review missed',
  'outreach-unanswered': 'Not replying to messages',
  'job-loss': 'Lost their job',
  'specialist-barrier': 'Needs specialist advice',
  'falling-confidence': 'Confidence falling',
  'cannot-reach-client': 'Messages cannot reach them',
};

const NEXT_STEPS: Record<EscalationReason, string> = {
  crisis: 'Call them today. Check they are safe and know the crisis numbers.',
  concern: 'Get in touch by tomorrow. Ask how they are and who they have for support.',
  'client-asked': 'Get in touch: they asked to speak to you.',
  'item-overdue-unanswered': 'Ask what got in the way. Agree a smaller step or a new date.',
  'missed-review': 'Offer a new review time that suits them.',
  'outreach-unanswered': 'Try another way to reach them: a call, a text or a letter. Missed contact never ends the service.',
  'job-loss': 'Contact within 3 days and offer help with the next job.',
  'specialist-barrier': 'Arrange the specialist advice they need, then agree the next step with them.',
  'falling-confidence': 'Check in warmly. Ask what has changed and agree one small, near step.',
  'cannot-reach-client': 'Check their contact details and reach them another way.',
};

const URGENCY_WORDS: Record<EscalationUrgency, string> = { urgent: 'URGENT', soon: 'Soon', routine: 'Routine' };

const LOCUS_WORDS: Record<LocusBand | 'unknown', string> = {
  internal: 'internal (feels in charge of what happens)',
  mixed: 'mixed',
  external: 'external (feels outcomes lie with others or luck; small steps and warm check-ins help)',
  unknown: 'not known yet',
};

export function buildEscalationSummary(input: EscalationSummaryInput): EscalationSummary {
  const timeZone = input.timeZone ?? 'Europe/London';
  const open = input.actionItems.filter((item) => !item.done);
  const overdueItems = open.flatMap((item) =>
    item.dueDate && isPastDueDay(item.dueDate, input.now, timeZone) ? [{ text: item.text, dueDate: item.dueDate }] : [],
  );
  return {
    clientName: input.clientDisplayName.trim() || 'Client',
    reason: input.decision.reason,
    headline: HEADLINES[input.decision.reason],
    detail: input.decision.detail,
    urgency: input.decision.urgency,
    contactBy: input.decision.contactBy,
    suggestedNextStep: NEXT_STEPS[input.decision.reason],
    plan: {
      goals: input.goals,
      itemsDone: input.actionItems.length - open.length,
      itemsOpen: open.length,
      overdueItems,
      lastReviewDate: input.lastReviewDate,
    },
    recentWords: input.recentMessages
      .slice(-MAX_RECENT_MESSAGES)
      .map((message) => ({ text: trimMessage(message.text), sentAt: message.sentAt }))
      .filter((message) => message.text.length > 0),
    barriers: input.barriers.map((id) => barrierById(id).name),
    locusOfControl: input.locusOfControl ?? 'unknown',
    supportMarker: input.supportMarker ?? 'unknown',
    lastContactAt: input.lastContactAt,
    writtenAt: input.now,
    timeZone,
  };
}

/** Plain text, most important first, one short line per fact. */
export function renderSummaryText(summary: EscalationSummary): string {
  const date = (value: Date): string => formatDueDate(value, summary.timeZone, { now: summary.writtenAt });
  const { plan } = summary;
  const lines = [
    `${URGENCY_WORDS[summary.urgency]}: ${summary.clientName}. ${summary.headline}.`,
    `Why now: ${summary.detail}`,
    `Contact by: ${contactByWords(summary.contactBy, summary.writtenAt, date)}`,
    `Next step: ${summary.suggestedNextStep}`,
    '',
  ];

  if (summary.recentWords.length > 0) {
    lines.push('What they said recently:');
    for (const message of summary.recentWords) lines.push(`- ${date(message.sentAt)}: "${message.text}"`);
    lines.push('');
  }

  lines.push(
    `Plan: ${count(plan.goals.length, 'job goal')}; ${plan.itemsDone} done, ${plan.itemsOpen} open, ${plan.overdueItems.length} overdue.`,
  );
  if (plan.goals.length > 0) lines.push(`Goals: ${plan.goals.join('; ')}`);
  for (const item of plan.overdueItems) lines.push(`- Overdue: "${item.text}" (due ${date(item.dueDate)})`);
  lines.push(`Last review: ${plan.lastReviewDate ? date(plan.lastReviewDate) : 'none yet'}`);
  lines.push(`Barriers: ${summary.barriers.length > 0 ? summary.barriers.join(', ') : 'none recorded'}`);
  lines.push(`Locus of control: ${LOCUS_WORDS[summary.locusOfControl]}`);
  lines.push(`Support marker: ${summary.supportMarker === 'unknown' ? 'not set' : summary.supportMarker}`);
  lines.push(`Last contact: ${summary.lastContactAt ? date(summary.lastContactAt) : 'none recorded'}`);
  return lines.join('\n');
}

/** Up to three lines of what they wrote, joined, cut at a word near 200 characters. */
export function trimMessage(text: string): string {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
  const kept = lines.slice(0, MAX_MESSAGE_LINES).join(' / ');
  const cutLines = lines.length > MAX_MESSAGE_LINES;
  if (kept.length <= MAX_MESSAGE_CHARACTERS) return cutLines ? `${kept} …` : kept;
  const cut = kept.slice(0, MAX_MESSAGE_CHARACTERS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > MAX_MESSAGE_CHARACTERS / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()} …`;
}

function isPastDueDay(dueDate: Date, now: Date, timeZone: string): boolean {
  return compareDays(calendarDayIn(dueDate, timeZone), calendarDayIn(now, timeZone)) < 0;
}

function contactByWords(contactBy: Date | null, now: Date, date: (value: Date) => string): string {
  if (!contactBy) return 'no set time';
  return contactBy.getTime() <= now.getTime() ? 'now' : date(contactBy);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
