// What an adviser is told when a client with an open escalation says more, and the notes the
// escalation keeps about what the bot did (read on the adviser's card).
import { formatDueDate } from '../../domain/dates.ts';
import type { EscalationReason } from '../../domain/escalationTriggers.ts';
import { headlines } from './escalationSummary.ts';

type When = { at: Date; timeZone: string };

function time({ at, timeZone }: When): string {
  return formatDueDate(at, timeZone, { now: at });
}

/** `urgent`: only an urgent escalation is called one (a routine request had been "an urgent matter"). */
export function escalationUpdateText(update: { clientName: string | null; words: string; urgent: boolean; number: number | null } & When): string {
  const who = update.clientName ?? 'Your client';
  const what = update.urgent ? 'an urgent matter' : update.number === null ? 'an open escalation' : `escalation #${update.number}`;
  return `Update on ${what}: ${who} wrote again (${time(update)}). They said: "${update.words}"`;
}

/**
 * A client who had stopped replying wrote again, so "Not replying to messages" was closed: the
 * adviser is told, with their words (play-testing: "sorry been ill, havent done anything" had
 * left it open, and the adviser untold).
 */
export function repliedAndClosedText(update: { clientName: string | null; number: number | null; words: string | null; added?: readonly string[] } & When): string {
  const who = update.clientName ?? 'Your client';
  const which = `${update.number ? `#${update.number} ` : ''}"${headlines['outreach-unanswered']}"`;
  const said = update.words ? ` They said: "${update.words}"` : '';
  // A missed review added to the card closes with it (December): said, so it is not lost.
  const added = update.added?.length ? `\nIt also said: ${update.added.join(' ')} That is closed with it, so follow it up with them.` : '';
  return `${who} replied (${time(update)}), so ${which} is closed.${said}${added}`;
}

/**
 * A stall fact of another kind, added to the client's open stall card rather than raised as a card
 * of its own (December: "Not replying" and "Review missed" cards side by side for one client).
 */
export function stallFactAddedText(update: { clientName: string | null; number: number | null; reason: EscalationReason; added: string }): string {
  const who = update.clientName ?? 'Your client';
  const which = `${update.number ? `#${update.number} ` : ''}"${headlines[update.reason]}"`;
  return `Added to ${which} for ${who}: ${update.added} No new escalation was raised for this.`;
}

/** An open stall card taken into a more urgent one for the same client: the card's answer line and its note. */
export const joinedIntoMoreUrgent = (number: number | null) => `the coach, joined into ${number ? `#${number}` : 'a more urgent escalation'}`;
export const joinedIntoNote = (number: number | null) =>
  `This was joined into ${number ? `escalation #${number}` : 'a more urgent escalation'} for the same client, which is more urgent. What it said is on that one.`;

/** Who closed it, as the card's answer line says ("Closed by the coach, because they replied (...)"). */
export const closedBecauseTheyReplied = 'the coach, because they replied';

export const botDidNotes = {
  contactsShown: 'Showed the crisis phone numbers.',
  contactsShownAgain: 'Showed the crisis phone numbers again.',
  remindersPaused: 'Paused all reminders.',
  adviserAskedAgain: 'The client asked again to talk to their adviser.',
  noCalls: 'The client asked not to be phoned. Reach them in this chat unless they say a call is safe.',
  closedTheyReplied: 'The client wrote again, so the coach closed this.',
  correctionHeard: 'The client said they did not mean it that way. The bot thanked them and offered to carry on. This escalation stays open.',
};

export const windowEndedNotes = {
  clientChose: 'The client chose to carry on with coaching.',
  quiet: (hours: number): string => `No word from them for ${hours} hours, so the safety window closed.`,
  cancelled: 'The client typed "cancel", so the safety window closed.',
};
