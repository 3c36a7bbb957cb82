// What an adviser is told when a client with an open escalation says more, and the notes the
// escalation keeps about what the bot did (read on the adviser's card).
import { formatDueDate } from '../../domain/dates.ts';

type When = { at: Date; timeZone: string };

function time({ at, timeZone }: When): string {
  return formatDueDate(at, timeZone, { now: at });
}

export function escalationUpdateText(update: { clientName: string | null; words: string } & When): string {
  const who = update.clientName ?? 'Your client';
  return `Update on an urgent matter: ${who} wrote again (${time(update)}). They said: "${update.words}"`;
}

export const botDidNotes = {
  contactsShown: 'Showed the crisis phone numbers.',
  contactsShownAgain: 'Showed the crisis phone numbers again.',
  remindersPaused: 'Paused all reminders.',
  adviserAskedAgain: 'The client asked again to talk to their adviser.',
  noCalls: 'The client asked not to be phoned. Reach them in this chat unless they say a call is safe.',
  correctionHeard: 'The client said they did not mean it that way. The bot thanked them and offered to carry on. This escalation stays open.',
};

export const windowEndedNotes = {
  clientChose: 'The client chose to carry on with coaching.',
  quiet: (hours: number): string => `No word from them for ${hours} hours, so the safety window closed.`,
  cancelled: 'The client typed "cancel", so the safety window closed.',
};
