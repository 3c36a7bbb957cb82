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
