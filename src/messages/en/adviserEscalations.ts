// What an adviser reads about escalations in chat: each one by its own number (which never
// changes), how urgent, who, and why in words ("Asked for you"), never a code ("client-asked").
// Sent as markdown message text, so client names are escaped and lines are list items.
import { escapeMarkdown, markdownList } from '../escapeText.ts';
import { formatDueDate } from '../../domain/dates.ts';
import type { EscalationReason, EscalationUrgency } from '../../domain/escalationRules.ts';
import { headlines, noName, phoneWishLines, urgencyWords, type PhoneWish } from './escalationSummary.ts';
import { noNoteGiven } from './escalationCard.ts';
import { clientsThing } from './adviserPlan.ts';

export const escalationClosedAlreadyReply = 'That escalation is closed already. Type "escalations" to see the open ones.';
export const escalationNotFoundReply = 'I could not find that escalation. Type "escalations" to see the numbers.';
/** "ack" or "resolve" typed with nothing after it. */
export const escalationWhichOne = (verb: 'ack' | 'resolve'): string =>
  `Which escalation? Type "${verb}" and its # number, like "${verb} 12", or the client's name. Type "escalations" to see them.`;
/** "resolve tom" when nothing is open for a client of that name. */
export const noEscalationForName = (typed: string): string =>
  `I could not find an escalation for "${escapeMarkdown(typed)}" that is not closed. Type "escalations" to see the numbers.`;
/** "resolve sam" when Sam has more than one: which, by number. Nothing was changed. */
export function severalEscalationsForName(typed: string, verb: 'ack' | 'resolve', lines: readonly string[], firstNumber: number): string {
  return [
    `More than one escalation matches "${escapeMarkdown(typed)}". Nothing was changed yet:`,
    ...markdownList(lines),
    `Type "${verb}" and the # number you mean, like "${verb} ${firstNumber}".`,
  ].join('\n').trim();
}
/**
 * "resolve gary rang him, booked for thurs" when more than one is not closed for Gary (play-test 13:
 * it said "I could not find that escalation" and the note was lost). `who`: the client's name, or
 * null when the name fits more than one client. The note is said back; nothing is closed yet.
 */
export function severalEscalationsWithNote(who: string | null, typed: string, lines: readonly string[], note: string, firstNumber: number): string {
  return [
    who ? `${who} has ${lines.length} escalations not closed. Nothing was closed yet.` : `More than one escalation matches "${escapeMarkdown(typed)}". Nothing was closed yet.`,
    ...markdownList(lines),
    `Your note: "${note}"`,
    `Which one is it for? Tap it, or type: resolve ${firstNumber} ${note}`,
  ].join('\n').trim();
}
/** A button under that list: closes one with the note. */
export const closeWithNoteButton = (number: number, reason: string): string => `Close #${number}: ${headlines[reason as EscalationReason] ?? reason}`;
export const noEscalationsReply = 'No escalations waiting. Nothing is open.';

/** What a line needs of an escalation row and its client. */
export type EscalationRow = {
  number: number | null;
  urgency: string;
  reason: string;
  status: string;
  createdAt: Date;
  acknowledgedBy: string | null;
  client: { id: string; displayName: string | null };
  /** In the list: a crisis with danger now is said so, and what they asked about phone calls (as the card says it). */
  tier?: string;
  phoneWish?: PhoneWish | null;
};

const isOpen = (row: EscalationRow): boolean => row.status === 'open' || row.status === 'delivered';

/** "#12 URGENT Sam Jones: Possible risk to safety (raised Wednesday 4 March at 10am)". */
export function escalationLine(row: EscalationRow, timeZone: string, now: Date, names: ReadonlyMap<string, string> = new Map()): string {
  const number = row.number ? `#${row.number} ` : '';
  const urgency = urgencyWords[row.urgency as EscalationUrgency] ?? row.urgency;
  const why = headlines[row.reason as EscalationReason] ?? row.reason;
  const name = escapeMarkdown(row.client.displayName?.trim() || names.get(row.client.id) || noName);
  const raised = `raised ${formatDueDate(row.createdAt, timeZone, { now })}`;
  const seen = row.status === 'acknowledged' && row.acknowledgedBy ? `; acknowledged by ${escapeMarkdown(row.acknowledgedBy)}` : '';
  return `${number}${urgency} ${name}: ${why} (${raised}${seen})`;
}

/** Where to read what the coach did and how to reach them: the escalation's summary, by its number. */
export const seeWhatTheCoachDid = (number: number): string => `Type "show me escalation ${number}" for what the coach did and how to reach them.`;
/** `number`: said with where to read on (round three: acknowledging a crisis said nothing of what to do next). */
export const acknowledgedReply = (line: string, number: number | null = null): string =>
  number ? `Acknowledged: ${line}\n${seeWhatTheCoachDid(number)}` : `Acknowledged: ${line}`;
/**
 * Above a client's plan (or "no plan yet") when they have urgent escalations not closed: each line,
 * most urgent first, and where to read more. Round three: "tom" for a client in crisis showed "no plan
 * yet" and an example to agree a first goal, with no word of the crisis.
 */
export function openEscalationsAbovePlan(lines: readonly string[], firstNumber: number | null): string {
  const heading = lines.length === 1 ? 'Urgent, not closed yet:' : 'Urgent, not closed yet, most urgent first:';
  return [heading, ...markdownList(lines), ...(firstNumber ? [seeWhatTheCoachDid(firstNumber)] : [])].join('\n').trim();
}
/** `note`: what the adviser said was done, kept on the escalation and said back; `noNote`: an urgent one closed by choice with none (round seven). */
export const closedReply = (line: string, note: string | null = null, noNote = false): string =>
  note ? `Closed: ${line}\nWhat was done: "${note}"` : noNote ? `Closed: ${line}\n${noNoteGiven}` : `Closed: ${line}`;
/**
 * "resolve tom" on an urgent escalation with no note: asked once, nothing closed. Round four: a
 * crisis where danger may be now was closed at once, with no word of what was done.
 */
export const resolveUrgentAsk = (name: string, number: number | string): string =>
  [
    `Close ${clientsThing(name, 'urgent escalation')}? Say what was done, e.g. resolve ${number} spoke to ${name.endsWith(')') ? 'them' : name}, safe, GP tomorrow`,
    `Nothing was closed yet. To close it with no note, type: resolve ${number} confirm`,
  ].join('\n');

/** Said on the caseload line too, so the two views agree. */
export const dangerMayBeNow = 'Danger may be now.';
/** Why a crisis is listed first: the means or a time said, or "not safe". */
export const dangerNowLine = `${dangerMayBeNow} They spoke of the means or a time, or said they are not safe.`;

/** One entry of the list: its line, then danger now and the phone line the card shows, when there are. */
function listEntry(row: EscalationRow, timeZone: string, now: Date, names: ReadonlyMap<string, string>): string {
  const extra = [row.tier === 'danger-now' ? dangerNowLine : '', row.phoneWish ? `Phone: ${phoneWishLines[row.phoneWish]}` : ''].filter(Boolean);
  const line = escalationLine(row, timeZone, now, names);
  return extra.length > 0 ? `${line}. ${extra.join(' ')}` : line;
}

/**
 * New ones (not acknowledged yet) first, then those acknowledged but still open, each most in need
 * first (src/domain/escalationOrder.ts). With none new, the heading says so and how many are still
 * open (it had said "No open escalations." above a list of open ones).
 */
export function escalationsReply(rows: readonly EscalationRow[], timeZone: string, now: Date, names: ReadonlyMap<string, string> = new Map()): string {
  if (rows.length === 0) return noEscalationsReply;
  const fresh = rows.filter(isOpen);
  const acknowledged = rows.filter((row) => !isOpen(row));
  const lines = (list: readonly EscalationRow[]): string[] => markdownList(list.map((row) => listEntry(row, timeZone, now, names)));
  const seen = `${acknowledged.length} acknowledged, still open`;
  const parts = [
    fresh.length > 0 ? ['New escalations, not acknowledged yet, most urgent first:', ...lines(fresh)] : [`No new escalations. ${seen}:`],
    acknowledged.length > 0 && fresh.length > 0 ? [`${seen}:`] : [],
    acknowledged.length > 0 ? lines(acknowledged) : [],
    [typeWhat(fresh.length > 0 ? fresh : acknowledged, fresh.length > 0)],
  ];
  return parts.flat().join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Round ten, an adviser who only taps buttons: under the list, open the first one listed (the most
 * urgent new one), and acknowledge it when it is new. Each button sends the words that do it.
 */
export function escalationsButtons(rows: readonly EscalationRow[]): { title: string; value: string }[] {
  const fresh = rows.filter(isOpen);
  const first = (fresh.length > 0 ? fresh : rows).find((row) => row.number);
  if (!first?.number) return [];
  const open = { title: `Open #${first.number}`, value: `show me escalation ${first.number}` };
  return isOpen(first) ? [open, { title: `Ack #${first.number}`, value: `ack ${first.number}` }] : [open];
}

/**
 * The last line of the list, with the first listed escalation's own number (round four: it said
 * "ack 12" whether or not there was a #12). With no number to show, the words alone.
 */
function typeWhat(rows: readonly EscalationRow[], fresh: boolean): string {
  const number = rows.find((row) => row.number)?.number;
  if (!number) return fresh ? 'Type "ack" or "resolve" with the # number.' : 'Type "resolve" with the # number to close one.';
  return fresh ? `Type "ack ${number}" or "resolve ${number}" with the # number.` : `Type "resolve ${number}" with the # number to close one.`;
}
