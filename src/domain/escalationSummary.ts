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
import { wordsTheyWrote, type ClientMessage } from './clientWords.ts';

export type { ClientMessage };
export type SummaryActionItem = { text: string; dueDate: Date | null; done: boolean };

/** How the adviser can reach a client who may have given no name. */
export type ClientReach = {
  /** The channel they talk to the coach on: "msteams", "webchat", "directline", "emulator"... */
  channel: string;
  /** The name Teams (or the channel) gives them, which they did not choose to tell the coach. */
  channelName: string | null;
  /** Opens a chat with them in Teams; null off Teams or without their Teams id. */
  chatLink: string | null;
};

/** What the coach itself did when it raised this (a crisis: contacts shown, reminders paused). */
export type CoachActions = { contactsShownAt: Date | null; remindersPausedAt: Date | null };

export type EscalationSummaryInput = {
  clientDisplayName: string;
  /** The number advisers type ("ack 12"); null for escalations raised before numbering. */
  number?: number | null;
  reach?: ClientReach;
  coachActions?: CoachActions;
  /** When the escalation was raised: risk messages from then on are all shown. */
  raisedAt?: Date;
  decision: EscalationDecision;
  goals: string[];
  actionItems: SummaryActionItem[];
  lastReviewDate: Date | null;
  /** The client's own messages, oldest first, with the risk level each was read at. */
  recentMessages: ClientMessage[];
  /** The words on the coach's buttons (see tapKey): a message that is one of them was a tap. */
  buttonWords?: ReadonlySet<string>;
  barriers: BarrierId[];
  locusOfControl: LocusBand | null;
  supportMarker: SupportMarker | null;
  lastContactAt: Date | null;
  /** Their latest job, current or ended (IPS follow-along). */
  job?: { employer: string | null; startsOn: Date; endedAt: Date | null; endNote: string | null } | null;
  now: Date;
  /** The adviser's zone for dates; "Europe/London" when not given. */
  timeZone?: string;
};

export type EscalationSummary = {
  number: number | null;
  clientName: string;
  /** How to reach them, most direct first ("Teams: Megan Jones"). */
  reachBy: string[];
  chatLink: string | null;
  /** What the coach did already, with times, in the adviser's words. */
  coachDid: string[];
  /** Every message read as a risk since the escalation was raised (crisis and concern). */
  riskWords: ClientMessage[];
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
  /** Other recent things they wrote (taps and one-word answers left out). */
  recentWords: ClientMessage[];
  job: EscalationSummaryInput['job'];
  barriers: string[];
  locusOfControl: LocusBand | 'unknown';
  supportMarker: SupportMarker | 'unknown';
  lastContactAt: Date | null;
  writtenAt: Date;
  timeZone: string;
};

export const NO_NAME = 'A client who gave no name';
export const MAX_RECENT_MESSAGES = 3;
export const MAX_RISK_MESSAGES = 10;
export const MAX_MESSAGE_LINES = 3;
export const MAX_MESSAGE_CHARACTERS = 200;

/** The reason in a few words, for the card and for lists (never the code, e.g. "client-asked"). */
export const HEADLINES: Record<EscalationReason, string> = {
  crisis: 'Possible risk to safety',
  concern: 'Signs they are struggling',
  'client-asked': 'Asked for you',
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

export const URGENCY_WORDS: Record<EscalationUrgency, string> = { urgent: 'URGENT', soon: 'Soon', routine: 'Routine' };

const CHANNEL_WORDS: Record<string, string> = { msteams: 'Teams', webchat: 'web chat', directline: 'web chat', emulator: 'the Bot Framework Emulator' };
const RISK_LEVELS = ['crisis', 'concern'];
const WINDOW_LEAD_MS = 5 * 60_000;

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
  const date = (value: Date): string => formatDueDate(value, timeZone, { now: input.now });
  const written = wordsTheyWrote(input.recentMessages, input.buttonWords);
  // The message that raised it is recorded a moment before the escalation row.
  const windowStart = input.raisedAt ? input.raisedAt.getTime() - WINDOW_LEAD_MS : Infinity;
  const inWindow = (message: ClientMessage): boolean => message.sentAt.getTime() >= windowStart && RISK_LEVELS.includes(message.riskLevel ?? '');
  const riskWords = written.filter(inWindow).slice(-MAX_RISK_MESSAGES).map(trimmed);
  return {
    number: input.number ?? null,
    clientName: clientName(input.clientDisplayName, input.reach),
    reachBy: reachLines(input.clientDisplayName, input.reach),
    chatLink: input.reach?.chatLink ?? null,
    coachDid: coachDidLines(input.decision.reason, input.coachActions, date),
    riskWords,
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
    recentWords: written
      .filter((message) => !inWindow(message))
      .slice(-MAX_RECENT_MESSAGES)
      .map(trimmed)
      .filter((message) => message.text.length > 0),
    barriers: input.barriers.map((id) => barrierById(id).name),
    locusOfControl: input.locusOfControl ?? 'unknown',
    supportMarker: input.supportMarker ?? 'unknown',
    lastContactAt: input.lastContactAt,
    job: input.job ?? null,
    writtenAt: input.now,
    timeZone,
  };
}

function trimmed(message: ClientMessage): ClientMessage {
  return { ...message, text: trimMessage(message.text) };
}

function clientName(displayName: string, reach: ClientReach | undefined): string {
  if (displayName.trim()) return displayName.trim();
  if (reach?.channelName) return `${reach.channelName} (no name given)`;
  return NO_NAME;
}

function reachLines(displayName: string, reach: ClientReach | undefined): string[] {
  if (!reach) return [];
  if (reach.channel === 'msteams') {
    const who = reach.channelName || displayName.trim() || 'their Teams account';
    return [`Teams: ${who}${reach.chatLink ? ' (use "Open chat in Teams")' : ''}`];
  }
  return [`Only through the coach, in ${CHANNEL_WORDS[reach.channel] ?? reach.channel}: no phone or email is held.`];
}

function coachDidLines(reason: EscalationReason, actions: CoachActions | undefined, date: (value: Date) => string): string[] {
  if (!actions) return [];
  const lines: string[] = [];
  if (actions.contactsShownAt && (reason === 'crisis' || reason === 'concern')) lines.push(`Showed them the crisis numbers (${date(actions.contactsShownAt)}).`);
  if (actions.remindersPausedAt) lines.push(`Paused their reminders (${date(actions.remindersPausedAt)}). Type "resume <client>" to restart them.`);
  if (reason === 'crisis') lines.push('Told them their adviser has been told and will try to reach them.');
  return lines;
}

/** Plain text, most important first, one short line per fact. */
export function renderSummaryText(summary: EscalationSummary): string {
  const date = (value: Date): string => formatDueDate(value, summary.timeZone, { now: summary.writtenAt });
  const { plan } = summary;
  const number = summary.number ? ` #${summary.number}` : '';
  const lines = [
    `${URGENCY_WORDS[summary.urgency]}${number}: ${summary.clientName}. ${summary.headline}.`,
    `Why now: ${summary.detail}`,
    `Contact by: ${contactByWords(summary.contactBy, summary.writtenAt, date)}`,
    ...summary.reachBy.map((line) => `How to reach them: ${line}`),
    ...(summary.chatLink ? [`Chat link: ${summary.chatLink}`] : []),
    `Next step: ${summary.suggestedNextStep}`,
    '',
  ];
  if (summary.coachDid.length > 0) lines.push('What the coach did:', ...summary.coachDid.map((line) => `- ${line}`), '');
  if (summary.riskWords.length > 0) {
    lines.push('What they said:');
    for (const message of summary.riskWords) lines.push(`- ${date(message.sentAt)}: "${message.text}"`);
    lines.push('');
  }
  if (summary.recentWords.length > 0) {
    lines.push('What they wrote recently:');
    for (const message of summary.recentWords) lines.push(`- ${date(message.sentAt)}: "${message.text}"`);
    lines.push('');
  }

  lines.push(
    `Plan: ${count(plan.goals.length, 'goal')}; ${plan.itemsDone} done, ${plan.itemsOpen} open, ${plan.overdueItems.length} overdue.`,
  );
  if (plan.goals.length > 0) lines.push(`Goals: ${plan.goals.join('; ')}`);
  for (const item of plan.overdueItems) lines.push(`- Overdue: "${item.text}" (due ${date(item.dueDate)})`);
  lines.push(`Last review: ${plan.lastReviewDate ? date(plan.lastReviewDate) : 'none yet'}`);
  lines.push(`Barriers: ${summary.barriers.length > 0 ? summary.barriers.join(', ') : 'none recorded'}`);
  lines.push(`Locus of control: ${LOCUS_WORDS[summary.locusOfControl]}`);
  lines.push(`Support marker: ${summary.supportMarker === 'unknown' ? 'not set' : summary.supportMarker}`);
  lines.push(`Last contact: ${summary.lastContactAt ? date(summary.lastContactAt) : 'none recorded'}`);
  if (summary.job) lines.push(`Work: ${jobWords(summary.job, date)}`);
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

function jobWords(job: NonNullable<EscalationSummary['job']>, date: (value: Date) => string): string {
  const where = job.employer ? ` at ${job.employer}` : '';
  if (!job.endedAt) return `in work${where}, started ${date(job.startsOn)}`;
  return `job${where} from ${date(job.startsOn)} ended ${date(job.endedAt)}${job.endNote ? `: "${trimMessage(job.endNote)}"` : ''}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
