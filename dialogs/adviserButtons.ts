// Buttons under an answer to an adviser, each sending the words that do it (imBack), for an adviser
// who only taps (round ten). An answer with no buttons stays plain text.
import { ActionTypes, type Activity } from 'botbuilder';

export type AdviserButton = { title: string; value: string };

export function withButtons(text: string, buttons: readonly AdviserButton[]): string | Partial<Activity> {
  if (buttons.length === 0) return text;
  return { type: 'message', text, suggestedActions: { to: [], actions: buttons.map(({ title, value }) => ({ type: ActionTypes.ImBack, title, value })) } };
}

/** Buttons whose words are their titles ("Caseload"). */
export const titledButtons = (titles: readonly string[]): AdviserButton[] => titles.map((title) => ({ title, value: title }));

type ClientMatch = { number: number; name: string; channelName: string | null };

/**
 * Round eleven: a name that fits several clients ("msg tom: see you thurs" with two Toms). One button
 * for each, sending the whole command with their caseload number, so the words typed are not lost.
 */
export function clientChoiceButtons(command: string, matches: readonly ClientMatch[], rest = ''): AdviserButton[] {
  return matches.slice(0, 4).map((match) => ({
    title: match.channelName && match.channelName.toLowerCase() !== match.name.toLowerCase() ? match.channelName : `${match.name} (${match.number})`,
    value: `${command} ${match.number}${rest}`,
  }));
}
