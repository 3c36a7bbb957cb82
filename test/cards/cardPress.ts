// Presses a button the way each channel sends it, for the button corpus (adviserCardButtons.test.ts).
// Teams: Action.Execute is an adaptiveCard/action invoke answered with a card; Action.Submit is a
// message whose value is the data with the inputs. Web Chat 4.18: Action.Execute sends nothing (it
// logs "received unknown action from Adaptive Cards"); Action.Submit with object data is a message
// with the data in value and no text, with string data its words. A suggested action sends its words.
import type { ChatUser } from '../support/botUnderTest.ts';
import type { BotUnderTest } from '../support/botUnderTest.ts';
import { cardTexts } from '../support/adaptiveCards.ts';

type Card = Record<string, any>;
export type Channel = 'teams' | 'webchat';
/** What the adviser sees after a press: the texts and every card's text, one string. */
export type Seen = string;

export function actionTitled(card: Card, title: string): Card | undefined {
  let found: Card | undefined;
  const walk = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const record = node as Card;
    if (typeof record.type === 'string' && record.type.startsWith('Action.') && record.title === title) found = record;
    else Object.values(record).forEach(walk);
  };
  walk(card);
  return found;
}

const shown = (activities: Card[]): Seen =>
  activities
    .filter((activity) => activity.type === 'message')
    .flatMap((activity) => [activity.text ?? '', ...(activity.attachments ?? []).flatMap((a: Card) => cardTexts(a.content)), ...(activity.suggestedActions?.actions ?? []).map((a: Card) => `[${a.title}]`)])
    .filter(Boolean)
    .join('\n');

let answerCard: Card | undefined;
/** The card Teams last got back in answer to an invoke (shown in place of the one pressed). */
export const lastAnswerCard = (): Card | undefined => answerCard;

/** The last card sent to this chat. */
export function lastCard(user: ChatUser): Card | undefined {
  return user.replies().flatMap((activity) => activity.attachments ?? []).at(-1)?.content;
}

export async function pressOnCard(bot: BotUnderTest, user: ChatUser, channel: Channel, card: Card | undefined, title: string, inputs: Record<string, string> = {}): Promise<Seen> {
  const action = card && actionTitled(card, title);
  if (!action) return `(no button "${title}" on the card)`;
  const data = { ...(typeof action.data === 'object' ? action.data : {}), ...(action.associatedInputs === 'none' ? {} : inputs) };
  if (action.type === 'Action.Execute') {
    if (channel === 'webchat') return '(nothing sent: Web Chat does not send Action.Execute)';
    const response = await bot.post(user.activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', id: title, verb: action.verb, data }, trigger: 'manual' } }));
    const body = await response.json();
    answerCard = body.value;
    return cardTexts(body.value).join('\n');
  }
  if (action.type === 'Action.Submit') {
    const before = user.replies().length;
    if (typeof action.data === 'string') await user.say(action.data);
    else {
      const response = await bot.post(user.activity({ type: 'message', value: data, ...(channel === 'webchat' ? { channelData: { postBack: true } } : {}) }));
      if (response.status >= 300) return `(the bot answered ${response.status})`;
    }
    return shown(user.replies().slice(before)) || '(no answer)';
  }
  return `(a ${action.type} button: not pressed)`;
}

/** A suggested action (imBack): its words, as both channels send them. */
export async function pressSuggested(user: ChatUser, title: string): Promise<Seen> {
  const last = user.replies().filter((activity) => activity.suggestedActions?.actions?.length).at(-1);
  const action = (last?.suggestedActions?.actions ?? []).find((candidate: Card) => candidate.title === title);
  if (!action) return `(no suggested button "${title}")`;
  const before = user.replies().length;
  await user.say(String(action.value));
  return shown(user.replies().slice(before)) || '(no answer)';
}

/** The suggested action at this place under the last message that had any. */
export async function pressSuggestedAt(user: ChatUser, index: number): Promise<Seen> {
  const last = user.replies().filter((activity) => activity.suggestedActions?.actions?.length).at(-1);
  const action = last?.suggestedActions?.actions?.[index];
  return action ? pressSuggested(user, action.title) : `(no suggested button ${index + 1})`;
}
