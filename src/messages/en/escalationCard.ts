// The words on the adviser's escalation card in Teams: headings, fact titles, buttons and what
// the card says once someone has answered it. The facts themselves are worded in
// escalationSummary.ts; client text is added by the card builder, escaped.
import type { LocusBand } from '../../domain/locusOfControl.ts';
import type { ItemStatus } from '../../domain/plan.ts';
import { statusWords } from './planCard.ts';

export const escalationCardWords = {
  contactBy: 'Contact by',
  howToReach: 'How to reach them',
  nextStep: 'Next step',
  /** What they asked about phone calls in the safety window. */
  phone: 'Phone',
  lastContact: 'Last contact',
  coachDid: 'What the coach did',
  theySaid: 'What they said',
  wroteRecently: 'What they wrote recently',
  goals: 'Goals',
  actions: 'Actions',
  overdue: 'Overdue',
  /** The adviser's own action past its day: not the client's. */
  yourActionLate: 'Your action is late',
  lastReview: 'Last review',
  barriers: 'Barriers',
  locus: 'Locus of control',
  marker: 'Support marker',
  openChat: 'Open chat in Teams',
  closed: 'Closed.',
  notAcknowledged: 'Not acknowledged yet.',
  acknowledge: 'Acknowledge',
  contactToday: "I'll contact them today",
  resolve: 'Resolve',
  /** The box above Resolve (round five: the button closed a crisis with no word of what was done). */
  resolveNoteUrgent: 'What was done? Needed to close an urgent escalation',
  resolveNoteOptional: 'What was done? You can leave this empty',
  resolveNoteExample: 'e.g. spoke to them, safe, GP tomorrow',
  /** Shown by the host under an empty box, and on the card when Resolve came with none: nothing was closed. */
  resolveNoteMissing: 'Say what was done before you close an urgent escalation, or choose "Close with no note". Nothing was closed yet.',
  /** Round seven: the deliberate way to close an urgent one with no note, as "resolve 3 confirm" in chat; it opens a question first. */
  closeWithoutNote: 'Close with no note',
  closeWithoutNoteYes: 'Yes, close it with no note',
  viewPlan: 'View plan',
  backToSummary: 'Back to summary',
  noGoals: 'No goals yet.',
  noActions: 'No actions yet.',
  /** Said on the card when the client's data is gone (erased). */
  clientGone: 'This client is no longer on record.',
};

/** "URGENT #12: Sam Jones". */
export const cardTitle = (urgency: string, number: number | null, clientName: string): string => `${urgency}${number ? ` #${number}` : ''}: ${clientName}`;
export const whyNowLine = (detail: string): string => `Why now: ${detail}`;
export const saidAt = (date: string, words: string): string => `${date}: "${words}"`;
export const actionCounts = (done: number, open: number, overdue: number): string => `${done} done, ${open} open, ${overdue} overdue`;
export const overdueItem = (text: string, due: string): string => `${text} (due ${due})`;
export const goalList = (goals: readonly string[]): string => goals.join('; ');
export const locusOnCard = (band: LocusBand | 'unknown'): string => (band === 'unknown' ? 'not known yet' : band);

export type CardResponse = { kind: 'acknowledged' | 'will-contact-today' | 'resolved'; by: string; when: string };
export function responseLine(response: CardResponse): string {
  if (response.kind === 'will-contact-today') return `${response.by} will contact them today (said ${response.when}).`;
  if (response.kind === 'acknowledged') return `Acknowledged by ${response.by} (${response.when}).`;
  return `Closed by ${response.by} (${response.when}).`;
}

/** Under "Closed by ...": the note the adviser closed it with, as the chat says it back. */
export const whatWasDone = (note: string): string => `What was done: "${note}"`;
/** Under "Closed by ..." (and in chat and the inbox) when an urgent one was closed by choice with no note. */
export const noNoteGiven = 'No note was given of what was done.';
/** The question "Close with no note" opens on the card (and the inbox), before anything closes. */
export const closeWithoutNoteAsk = (number: number | null): string =>
  `Close ${number ? `#${number}` : 'this urgent escalation'} with no note of what was done? It will say that no note was given.`;

/** The first line of the chat message a second time round, when nobody has acknowledged it. */
export const notYetAcknowledged = (firstLine: string): string => `Not yet acknowledged. ${firstLine}`;

// ---- The client's plan, shown in place of the summary ------------------------------------------

export const planTitle = (clientName: string): string => `Plan: ${clientName}`;
export const planGoals = (goals: readonly string[]): string => (goals.length > 0 ? `Goals: ${goals.join('; ')}` : escalationCardWords.noGoals);
export function planItemLine(item: { text: string; owner: string; status: string; due: string | null }): string {
  const whose = item.owner === 'adviser' ? 'adviser' : 'client';
  const status = statusWords[item.status as ItemStatus] ?? item.status;
  return `${item.status === 'done' ? '✓' : '•'} ${item.text} (${whose}${item.due ? `, due ${item.due}` : ''}, ${status.toLowerCase()})`;
}
