// The local adviser inbox page (local mode only), where escalations can be seen without Teams.
import { noNoteGiven } from './escalationCard.ts';
export const inboxWords = {
  title: 'Adviser inbox',
  intro: 'Escalations not yet closed. A crisis where danger may be now comes first, then other crises, then concerns, then the rest, oldest first within each. Local mode only.',
  nothingOpen: 'No open escalations.',
  acknowledge: 'Acknowledge',
  resolve: 'Resolve',
  /** The box beside Resolve (round five: the button closed a crisis with no word of what was done). */
  resolveNoteUrgent: 'What was done? Needed to close an urgent escalation',
  resolveNoteOptional: 'What was done? You can leave this empty',
  resolveNoteExample: 'e.g. spoke to them, safe, GP tomorrow',
};

/** Resolve on an urgent one came with no note: the page again, with this beside it. */
export const inboxNoteNeeded = (number: number | null): string =>
  `${number ? `#${number} was not closed` : 'It was not closed'}. Say what was done before you close an urgent escalation, or choose "Close with no note".`;

/** At the top of the page once one has closed, with its note when there is one, or that none was given by choice (round seven). */
export const inboxClosed = (heading: string, note: string | null, noNote = false): string =>
  `Closed: ${heading}.${note ? ` What was done: "${note}"` : noNote ? ` ${noNoteGiven}` : ''}`;

export const inboxResponse = (kind: 'acknowledged' | 'will-contact-today' | 'resolved', by: string): string =>
  kind === 'will-contact-today' ? `${by} will contact them today` : `Acknowledged by ${by}`;

export const inboxRaised = (date: string, acknowledged: boolean): string => `Raised ${date}, ${acknowledged ? 'acknowledged' : 'not acknowledged yet'}.`;
