// The facts the adviser needs when the coach hands a client over, enough to act on in under a
// minute: who, why now, how urgent; the client's own words, the plan, the barriers and how they
// see their chances. The words for them are in src/messages (escalationSummary, escalationCard).
// Client text is kept as typed (trimmed); whoever renders it into a card or HTML escapes it.
import type { SafetyKind } from './safetyKind.ts';
import { calendarDayIn } from './dates.ts';
import { compareDays } from './datePhrases.ts';
import type { BarrierId } from './barriers.ts';
import type { LocusBand } from './locusOfControl.ts';
import type { SupportMarker } from './supportMarker.ts';
import type { EscalationDecision, EscalationReason, EscalationUrgency } from './escalationRules.ts';
import { wordsTheyWrote, type ClientMessage } from './clientWords.ts';

export type { ClientMessage };
/** One step of the plan; `owner` "adviser" is the adviser's own action, never counted as the client's. */
export type SummaryActionItem = { text: string; dueDate: Date | null; done: boolean; owner?: 'client' | 'adviser' };

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
export type CoachDid = { kind: 'showed-numbers'; at: Date } | { kind: 'paused-reminders'; at: Date } | { kind: 'told-client' };

export type EscalationSummaryInput = {
  clientDisplayName: string;
  /** The number advisers type ("ack 12"); null for escalations raised before numbering. */
  number?: number | null;
  reach?: ClientReach;
  coachActions?: CoachActions;
  /** When the escalation was raised: risk messages from then on are all shown. */
  raisedAt?: Date;
  /** Raised when nobody was at work (outside adviser hours): the next step cannot say "today". */
  raisedOutOfHours?: boolean;
  decision: EscalationDecision;
  /** A crisis's kinds of risk, the leading one first; empty for other reasons. */
  safetyKinds?: readonly SafetyKind[];
  goals: string[];
  actionItems: SummaryActionItem[];
  lastReviewDate: Date | null;
  /** The client's own messages, oldest first, with the risk level each was read at. */
  recentMessages: ClientMessage[];
  /** The words on the coach's buttons (see tapKey): a message that is one of them was a tap. */
  buttonWords?: ReadonlySet<string>;
  barriers: BarrierId[];
  barrierNotes?: Partial<Record<BarrierId, string>>;
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
  /** The name they gave the coach, and the one their channel gives them (Teams does). */
  name: { given: string | null; channel: string | null };
  reach: ClientReach | null;
  chatLink: string | null;
  /** What the coach did already, with times. */
  coachDid: CoachDid[];
  /** Every message read as a risk since the escalation was raised (crisis and concern). */
  riskWords: ClientMessage[];
  reason: EscalationReason;
  /** The facts behind it, from the escalation decision. */
  detail: string;
  /** A crisis's kinds of risk (abuse or control changes how to reach them). */
  safetyKinds: SafetyKind[];
  urgency: EscalationUrgency;
  contactBy: Date | null;
  /** Raised when nobody was at work. */
  raisedOutOfHours: boolean;
  plan: {
    goals: string[];
    /** The client's own steps: done, still open, and past their day. */
    itemsDone: number;
    itemsOpen: number;
    overdueItems: { text: string; dueDate: Date }[];
    /** The adviser's own actions past their day: theirs, shown apart from the client's. */
    adviserLateItems: { text: string; dueDate: Date }[];
    lastReviewDate: Date | null;
  };
  /** Other recent things they wrote (taps and one-word answers left out). */
  recentWords: ClientMessage[];
  job: EscalationSummaryInput['job'];
  barriers: BarrierId[];
  /** The client's own words beside a barrier, where they said more than yes. */
  barrierNotes: Partial<Record<BarrierId, string>>;
  locusOfControl: LocusBand | 'unknown';
  supportMarker: SupportMarker | 'unknown';
  lastContactAt: Date | null;
  writtenAt: Date;
  timeZone: string;
};

export const MAX_RECENT_MESSAGES = 3;
export const MAX_RISK_MESSAGES = 10;
export const MAX_MESSAGE_LINES = 3;
export const MAX_MESSAGE_CHARACTERS = 200;

const RISK_LEVELS = ['crisis', 'concern'];
const WINDOW_LEAD_MS = 5 * 60_000;

export function buildEscalationSummary(input: EscalationSummaryInput): EscalationSummary {
  const timeZone = input.timeZone ?? 'Europe/London';
  const clientItems = input.actionItems.filter((item) => item.owner !== 'adviser');
  const open = clientItems.filter((item) => !item.done);
  const late = (items: readonly SummaryActionItem[]): { text: string; dueDate: Date }[] =>
    items.flatMap((item) => (!item.done && item.dueDate && isPastDueDay(item.dueDate, input.now, timeZone) ? [{ text: item.text, dueDate: item.dueDate }] : []));
  const overdueItems = late(open);
  const adviserLateItems = late(input.actionItems.filter((item) => item.owner === 'adviser'));
  const written = wordsTheyWrote(input.recentMessages, input.buttonWords);
  // The message that raised it is recorded a moment before the escalation row.
  const windowStart = input.raisedAt ? input.raisedAt.getTime() - WINDOW_LEAD_MS : Infinity;
  const inWindow = (message: ClientMessage): boolean => message.sentAt.getTime() >= windowStart && RISK_LEVELS.includes(message.riskLevel ?? '');
  const riskWords = written.filter(inWindow).slice(-MAX_RISK_MESSAGES).map(trimmed);
  return {
    number: input.number ?? null,
    name: { given: input.clientDisplayName.trim() || null, channel: input.reach?.channelName ?? null },
    reach: input.reach ?? null,
    chatLink: input.reach?.chatLink ?? null,
    coachDid: coachDid(input.decision.reason, input.coachActions),
    riskWords,
    reason: input.decision.reason,
    detail: input.decision.detail,
    safetyKinds: [...(input.safetyKinds ?? [])],
    urgency: input.decision.urgency,
    contactBy: input.decision.contactBy,
    raisedOutOfHours: input.raisedOutOfHours ?? false,
    plan: {
      goals: input.goals,
      itemsDone: clientItems.length - open.length,
      itemsOpen: open.length,
      overdueItems,
      adviserLateItems,
      lastReviewDate: input.lastReviewDate,
    },
    recentWords: written
      .filter((message) => !inWindow(message))
      .slice(-MAX_RECENT_MESSAGES)
      .map(trimmed)
      .filter((message) => message.text.length > 0),
    barriers: [...input.barriers],
    barrierNotes: { ...input.barrierNotes },
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

function coachDid(reason: EscalationReason, actions: CoachActions | undefined): CoachDid[] {
  if (!actions) return [];
  const did: CoachDid[] = [];
  if (actions.contactsShownAt && (reason === 'crisis' || reason === 'concern')) did.push({ kind: 'showed-numbers', at: actions.contactsShownAt });
  if (actions.remindersPausedAt) did.push({ kind: 'paused-reminders', at: actions.remindersPausedAt });
  if (reason === 'crisis') did.push({ kind: 'told-client' });
  return did;
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
